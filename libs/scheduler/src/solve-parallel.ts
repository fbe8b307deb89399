import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScheduleInstance, ScheduleResult } from './schedule-instance';
import { solve, SolveOptions } from './solve';

/**
 * Portfolio over worker threads: the same instance solved with different seeds, one per core,
 * keeping the best result. Kept out of index.ts so that the library entry stays free of threads;
 * the CLI and the benches use it. Selection is deterministic (ties go to the lowest seed).
 */
export interface ParallelOptions extends Omit<SolveOptions, 'onProgress'> {
  workers?: number;
}

interface Job {
  instance: ScheduleInstance;
  options: SolveOptions;
}

/** Time a worker needs to start and hand its result back, taken off its budget. */
const WORKER_OVERHEAD_MS = 400;

export async function solveParallel(instance: ScheduleInstance, options: ParallelOptions = {}): Promise<ScheduleResult> {
  const workers = Math.max(1, options.workers ?? 2);
  const { workers: _w, ...rest } = options;
  const seed = options.seed ?? 1;
  if (workers === 1) return solve(instance, rest);
  const started = performance.now();
  const limit = options.timeLimitMs ?? instance.settings?.timeLimitMs ?? 10_000;
  const budget = Math.max(100, limit - WORKER_OVERHEAD_MS);
  const pool: Worker[] = [];
  // A perfect result (everything placed, no break) cannot be beaten: stop the other workers.
  const stopOthers = () => pool.forEach((w) => void w.terminate());
  const runs = Array.from({ length: workers }, (_, i) =>
    runInWorker({ instance, options: { ...rest, seed: seed + i, timeLimitMs: budget } }, pool, stopOthers),
  );
  const results = (await Promise.all(runs)).filter((r): r is ScheduleResult => r !== null);
  const best = results.reduce((a, b) => (better(b, a) ? b : a));
  return {
    ...best,
    metrics: {
      ...best.metrics,
      solveMs: Math.round(performance.now() - started),
    },
  };
}

/** Lexicographic objective read back from a result: weight, spread, breaks, spread size. */
export function better(a: ScheduleResult, b: ScheduleResult): boolean {
  const ka = [-a.metrics.weightScheduled, a.metrics.breaks, a.metrics.maxBreaks - a.metrics.minBreaks];
  const kb = [-b.metrics.weightScheduled, b.metrics.breaks, b.metrics.maxBreaks - b.metrics.minBreaks];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i];
  return false;
}

function isPerfect(r: ScheduleResult): boolean {
  return r.unscheduled.length === 0 && r.metrics.breaks === 0;
}

/** Resolves with the worker's result, or null when it was stopped because another was perfect. */
function runInWorker(job: Job, pool: Worker[], stopOthers: () => void): Promise<ScheduleResult | null> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: job });
    pool.push(w);
    let done = false;
    w.once('message', (r: ScheduleResult) => {
      done = true;
      resolve(r);
      if (isPerfect(r)) stopOthers();
    });
    w.once('error', reject);
    w.once('exit', () => !done && resolve(null));
  });
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.instance) {
  const job = workerData as Job;
  parentPort.postMessage(solve(job.instance, job.options));
}
