import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkResult } from '../../libs/scheduler/src';
import { solveParallel } from '../../libs/scheduler/src/solve-parallel';
import { dznToInstance } from './dzn-to-instance';

/** Published optimum number of breaks (JAIR 2022, Table 5). */
export const PUBLISHED_OPTIMUM: Record<string, number> = {
  'forum-13': 0,
  'forum-13crafb': 6,
  'forum-13crafc': 1,
  'forum-14': 2,
  'forumt-14': 5,
  'forumt-14crafc': 5,
  'forumt-14crafd': 4,
  'forumt-14crafe': 5,
  'tic-12': 0,
  'tic-12crafc': 0,
  'tic-13': 0,
  'tic-13crafb': 0,
  'tic-13crafc': 4,
  'tic-14crafa': 0,
  'tic-14crafc': 0,
  'tic-14crafd': 0,
  'ticf-13crafa': 0,
  'ticf-13crafb': 3,
  'ticf-13crafc': 1,
  'ticf-14crafa': 0,
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const dir = resolve(arg('dir', resolve(__dirname, '../../../../shared/benchmarks/b2b-jair')));
  const timeLimitMs = Number(arg('time-limit-ms', '10000'));
  const seed = Number(arg('seed', '1'));
  // Several seeds in a row: the portfolio's hits vary from run to run, so rates tell more than one run.
  const seeds = Number(arg('seeds', '1'));
  const only = arg('only', '');
  const workers = Number(arg('workers', '2'));
  // Share of every worker's budget for the exact phase (exact-breaks.ts); by default only the second worker's.
  const shareArg = arg('exact-share', '');
  const exactShare = shareArg === '' ? undefined : Number(shareArg);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.dzn') && only.split(',').some((o) => f.includes(o)))
    .sort();
  const hits = new Map<string, number[]>();
  for (let run = 0; run < seeds; run++) {
    const runSeed = seed + run * workers;
    let matched = 0;
    let allPlaced = 0;
    let valid = 0;
    console.log(`seed ${runSeed}`);
    console.log('instance         meetings placed breaks optimum match  seconds violations');
    for (const file of files) {
      const name = file.replace('.original.dzn', '');
      const inst = dznToInstance(readFileSync(join(dir, file), 'utf8'));
      const res = await solveParallel(inst, { seed: runSeed, timeLimitMs, workers, exactShare });
      const violations = checkResult(inst, res);
      const opt = PUBLISHED_OPTIMUM[name];
      const placedAll = res.metrics.scheduled === res.metrics.meetings;
      const match = placedAll && violations.length === 0 && res.metrics.breaks === opt;
      matched += match ? 1 : 0;
      allPlaced += placedAll ? 1 : 0;
      valid += violations.length === 0 ? 1 : 0;
      hits.set(name, [...(hits.get(name) ?? []), match ? 1 : 0]);
      console.log(
        [
          name.padEnd(16),
          String(res.metrics.meetings).padStart(8),
          String(res.metrics.scheduled).padStart(6),
          String(res.metrics.breaks).padStart(6),
          String(opt ?? '?').padStart(7),
          (match ? 'yes' : 'no').padStart(5),
          (res.metrics.solveMs / 1000).toFixed(2).padStart(8),
          ' ' + (violations.length === 0 ? '0' : `${violations.length}: ${violations[0].message}`),
        ].join(' '),
      );
    }
    console.log(
      `summary: ${matched}/${files.length} at published optimum, ${allPlaced}/${files.length} fully placed, ${valid}/${files.length} valid (limit ${timeLimitMs} ms, seeds ${runSeed}..${runSeed + workers - 1} on ${workers} worker threads${exactShare !== undefined ? `, exact share ${exactShare} on all` : ''})`,
    );
  }
  if (seeds > 1) {
    console.log(`hit rate over ${seeds} runs:`);
    for (const [name, h] of hits) console.log(`  ${name.padEnd(16)} ${h.reduce((a, b) => a + b, 0)}/${h.length}`);
  }
}

void main();
