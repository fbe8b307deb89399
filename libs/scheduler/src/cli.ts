import { readFileSync, writeFileSync } from 'node:fs';
import { checkResult } from './check-result';
import { ScheduleInstance } from './schedule-instance';
import { InvalidInstanceError } from './solve';
import { solveParallel } from './solve-parallel';

/** `node dist/libs/scheduler/src/cli.js --input IN.json --output OUT.json [--time-limit-ms N] [--seed N]` */
interface CliArgs {
  input: string;
  output: string;
  timeLimitMs?: number;
  seed?: number;
  workers: number;
  progress: boolean;
}

const USAGE = 'usage: solve --input IN.json --output OUT.json [--time-limit-ms N] [--seed N] [--workers N] [--progress]';

function parseArgs(argv: string[]): CliArgs {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const input = get('input');
  const output = get('output');
  if (!input || !output) throw new Error(USAGE);
  const num = (name: string) => {
    const v = get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} needs a non-negative number`);
    return n;
  };
  return {
    input,
    output,
    timeLimitMs: num('time-limit-ms'),
    seed: num('seed'),
    workers: num('workers') ?? 1,
    progress: argv.includes('--progress'),
  };
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const instance = JSON.parse(readFileSync(args.input, 'utf8')) as ScheduleInstance;
  try {
    const result = await solveParallel(instance, {
      seed: args.seed,
      timeLimitMs: args.timeLimitMs,
      workers: args.workers,
      onProgress: !args.progress
        ? undefined
        : (p) => process.stderr.write(`  ${p.phase} ${p.elapsedMs} ms: ${p.scheduled} placed, ${p.breaks} breaks\n`),
    });
    writeFileSync(args.output, JSON.stringify(result, null, 2) + '\n');
    const m = result.metrics;
    const violations = checkResult(instance, result).filter((v) => v.rule !== 'require-all');
    const ratio = m.weightUpperBound > 0 ? ((100 * m.weightScheduled) / m.weightUpperBound).toFixed(1) : '100.0';
    process.stderr.write(
      `solved ${m.scheduled}/${m.meetings} meetings, weight ${m.weightScheduled}/${m.weightUpperBound} (${ratio}% of bound), ` +
        `${m.breaks} breaks (max ${m.maxBreaks}, min ${m.minBreaks}), ${m.solveMs} ms` +
        (violations.length ? `, ${violations.length} VIOLATIONS (first: ${violations[0].message})` : '') +
        '\n',
    );
    return violations.length ? 1 : 0;
  } catch (e) {
    if (e instanceof InvalidInstanceError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

void main().then((code) => (process.exitCode = code));
