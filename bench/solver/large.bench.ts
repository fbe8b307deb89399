import { checkResult, solve } from '../../libs/scheduler/src';
import { generateEvent } from './generator';

/** Large generated events: time, peak memory and placed weight against the certified bound. */
const SIZES = [
  { name: 'medium', participants: 3000, meetings: 12000, timeLimitMs: 10_000 },
  { name: 'large', participants: 15000, meetings: 80000, timeLimitMs: 120_000 },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const only = arg('only');
  const seed = Number(arg('seed') ?? '1');
  for (const size of SIZES) {
    if (only && size.name !== only) continue;
    const limit = Number(arg('time-limit-ms') ?? size.timeLimitMs);
    const t0 = performance.now();
    const inst = generateEvent({
      participants: size.participants,
      meetings: size.meetings,
      seed,
    });
    const genMs = performance.now() - t0;
    const res = solve(inst, {
      seed,
      timeLimitMs: limit,
      onProgress: (p) => process.stderr.write(`  [${size.name}] ${p.phase} ${p.elapsedMs} ms: ${p.scheduled} placed, ${p.breaks} breaks\n`),
    });
    const violations = checkResult(inst, res);
    const m = res.metrics;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${size.name}: ${size.participants} participants, ${size.meetings} meetings, ${inst.slots.length} slots, ${inst.tables.length} tables | ` +
        `generate ${(genMs / 1000).toFixed(1)} s, solve ${(m.solveMs / 1000).toFixed(1)} s (limit ${limit / 1000} s), peak RSS ${rssMb.toFixed(0)} MB | ` +
        `placed ${m.scheduled}/${m.meetings}, weight ${m.weightScheduled}/${m.weightUpperBound} = ${((100 * m.weightScheduled) / m.weightUpperBound).toFixed(2)}% of bound | ` +
        `breaks ${m.breaks} (max ${m.maxBreaks}, min ${m.minBreaks}) | violations ${violations.length}${violations.length ? ': ' + violations[0].message : ''}`,
    );
  }
}

main();
