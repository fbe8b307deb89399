import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ScheduleInstance, ScheduleResult, validateInstance } from './schedule-instance';
import type { SearchProgress, SearchTuning } from './search';
import { InvalidInstanceError, solve, SolveOptions, solveWithProof } from './solve';

/**
 * Portfolio over worker threads: the same instance solved with different seeds (and, on the
 * second worker, different annealing knobs and the exact phase), one per core, keeping the
 * best result. Kept out of index.ts so that the library entry stays free of threads; platform
 * code imports it from `parallel.ts`. Selection is deterministic (ties go to the lowest seed).
 */
export interface ParallelOptions extends Omit<SolveOptions, 'onProgress'> {
  workers?: number;
  /**
   * Best progress over the workers (most meetings placed, then fewest breaks), about twice a
   * second per worker, then once with phase 'done' for the chosen result.
   */
  onProgress?: (p: SearchProgress) => void;
}

interface Job {
  instance: ScheduleInstance;
  options: SolveOptions;
}

type WorkerMessage = { type: 'progress'; progress: SearchProgress } | { type: 'result'; result: ScheduleResult; optimal: boolean };

/**
 * Time a worker needs to start (the instance is copied to it) and to hand its result back, taken
 * off its budget: measured about 100 ms on the JAIR events and 1.15 s for 80,000 meetings.
 */
const WORKER_OVERHEAD_MS = 250;
const WORKER_OVERHEAD_MS_PER_MEETING = 0.02;

/**
 * Knobs of the workers after the first, and of the first late in its run: the annealing ends in
 * different places from run to run, so a second, differently tuned search pays off more than a
 * second seed of the same one.
 * A heavier weight on idle slots and a stronger guided-search penalty suit the events whose
 * optimum is the forced lower bound, which are exactly those where this worker's exact phase
 * gives up and it anneals: in 5.5 s single-thread runs forum-14 reached it 10 times in 24 with
 * these knobs, 1 in 12 with idleWeight 0.3 (ticf-14crafa 9/12 against 6/12). Raising the penalties
 * every 500 moves instead of 2,000 (a shorter memory) did as well or better in every paired
 * comparison of 5.5 s single-thread runs, two at once: forum-14 78/110 against 71/110,
 * ticf-14crafa 39/40 against 35/40, tic-14crafc 16/20 against 15/20. Random insertions of
 * placed meetings (ejecting whoever is in the way) were a fifth of the moves and time and were
 * kept once in 800 tries; Kempe swaps in their place (kempeShare 1; unplaced meetings still get
 * insertions): forum-14 86/100 against 73/100 in the same comparison, ticf-14crafa 19/20 either
 * way, tic-14crafc 17/20 against 16/20.
 */
const DIVERSE_TUNING: SearchTuning = { idleWeight: 0.5, penaltyStep: 0.2, penaltyEvery: 500, kempeShare: 1 };

/**
 * The first worker anneals with the default knobs for this share of its budget, then goes on
 * with DIVERSE_TUNING from its best schedule. The default knobs find what tic-13crafc needs
 * within a few seconds (4 breaks in 7 of 8 single-thread runs of 3 s) and are nearly useless on
 * forum-14 (its optimum in 1 of 8 runs of 20 s), where the diverse knobs do best (5 of 8 runs
 * of 9.3 s with the switch at 0.3). Portfolio hits on forum-14, ten runs per seed set: 10 of 20
 * with the switch at 0.4 against 8 of 20 without it (seeds 501, 601), 10 of 20 at 0.3 against
 * 5 of 20 (seeds 41, 501): a gain, if a noisy one. tic-13crafc kept 20 of 20 at 0.4; at 0.3 it
 * was lost 3 times in 14 runs, at 0.2 once in 10.
 */
const FIRST_WORKER_DEFAULT_SHARE = 0.4;

/**
 * The second worker anneals just long enough for a complete schedule and hands the rest to the
 * exact phase (CaDiCaL), unless exactShare is set for all: on the tight events whose optimum lies
 * above the lower bound the annealing can never prove, and rarely reaches, what the SAT solver
 * proves in seconds, and it there needs every second it can get; where it cannot settle the lower
 * bound quickly, that worker goes back to annealing, which loses nothing by the early switch.
 */
const PORTFOLIO_EXACT_SHARE = 0.97;

export async function solveParallel(instance: ScheduleInstance, options: ParallelOptions = {}): Promise<ScheduleResult> {
  // Checked here so that a bad instance fails the same way with or without worker threads.
  const check = validateInstance(instance);
  if (!check.ok) throw new InvalidInstanceError(check.errors);
  const workers = Math.max(1, options.workers ?? 2);
  const { workers: _w, onProgress, ...rest } = options;
  const seed = options.seed ?? 1;
  // Loaded from TypeScript source (ts-jest, ts-node), a worker thread could not load this file.
  if (workers === 1 || __filename.endsWith('.ts')) return solve(instance, { ...rest, onProgress });
  const started = performance.now();
  const limit = options.timeLimitMs ?? instance.settings?.timeLimitMs ?? 10_000;
  const budget = Math.max(100, limit - WORKER_OVERHEAD_MS - instance.meetings.length * WORKER_OVERHEAD_MS_PER_MEETING);
  const merger = new ProgressMerger(workers);
  const forward = onProgress
    ? (i: number, p: SearchProgress) => {
        const best = merger.update(i, p);
        if (best) onProgress({ ...best, elapsedMs: Math.round(performance.now() - started) });
      }
    : undefined;
  const pool: Worker[] = [];
  // A result proven optimal (every meeting placed, no fewer breaks possible) cannot be beaten: stop the other workers.
  const stopOthers = () => pool.forEach((w) => void w.terminate());
  // Shared memory: the exact worker posts what it refutes, and an annealing worker stuck above it joins in.
  const refutedBoard = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
  const runs = Array.from({ length: workers }, (_, i) => {
    const tuning = i === 0 || rest.tuning ? rest.tuning : DIVERSE_TUNING;
    const exactShare = rest.exactShare ?? (i === 1 ? PORTFOLIO_EXACT_SHARE : 0);
    const later = i === 0 && !rest.tuning ? { laterTuning: DIVERSE_TUNING, laterShare: FIRST_WORKER_DEFAULT_SHARE } : {};
    const job: Job = { instance, options: { ...rest, seed: seed + i, timeLimitMs: budget, tuning, exactShare, refutedBoard, ...later } };
    return runInWorker(job, pool, stopOthers, forward && ((p) => forward(i, p)));
  });
  const results = (await Promise.all(runs)).filter((r): r is ScheduleResult => r !== null);
  const best = results.reduce((a, b) => (better(b, a) ? b : a));
  const solveMs = Math.round(performance.now() - started);
  onProgress?.({
    phase: 'done',
    elapsedMs: solveMs,
    scheduled: best.metrics.scheduled,
    breaks: best.metrics.breaks,
    iterations: merger.iterations(),
  });
  return { ...best, metrics: { ...best.metrics, solveMs } };
}

/** Lexicographic objective read back from a result: weight, spread, breaks, spread size. */
export function better(a: ScheduleResult, b: ScheduleResult): boolean {
  const ka = [-a.metrics.weightScheduled, a.metrics.breaks, a.metrics.maxBreaks - a.metrics.minBreaks];
  const kb = [-b.metrics.weightScheduled, b.metrics.breaks, b.metrics.maxBreaks - b.metrics.minBreaks];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i];
  return false;
}

/**
 * Best-so-far over the workers' progress reports: most meetings placed, then fewest breaks.
 * Each worker reports its current state, which may be worse than what it found before, so
 * the best is kept per worker.
 */
export class ProgressMerger {
  private readonly best: (SearchProgress | null)[];
  private readonly iters: number[];

  constructor(workers: number) {
    this.best = new Array<SearchProgress | null>(workers).fill(null);
    this.iters = new Array<number>(workers).fill(0);
  }

  /** Records a report of worker i; returns the best over all workers, iterations summed. */
  update(i: number, p: SearchProgress): SearchProgress | null {
    this.iters[i] = p.iterations ?? this.iters[i];
    const mine = this.best[i];
    if (!mine || progressBetter(p, mine)) this.best[i] = p;
    let top: SearchProgress | null = null;
    for (const b of this.best) if (b && (!top || progressBetter(b, top))) top = b;
    return top && { ...top, iterations: this.iterations() };
  }

  iterations(): number {
    return this.iters.reduce((a, b) => a + b, 0);
  }
}

function progressBetter(a: SearchProgress, b: SearchProgress): boolean {
  return a.scheduled !== b.scheduled ? a.scheduled > b.scheduled : a.breaks < b.breaks;
}

/** Resolves with the worker's result, or null when it was stopped because another was proven optimal. */
function runInWorker(
  job: Job,
  pool: Worker[],
  stopOthers: () => void,
  onProgress?: (p: SearchProgress) => void,
): Promise<ScheduleResult | null> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { ...job, progress: !!onProgress } });
    pool.push(w);
    let done = false;
    w.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'progress') {
        if (!done) onProgress?.(msg.progress);
        return;
      }
      done = true;
      resolve(msg.result);
      if (msg.optimal) stopOthers();
    });
    w.once('error', reject);
    w.once('exit', () => !done && resolve(null));
  });
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.instance) {
  const job = workerData as Job & { progress: boolean };
  const port = parentPort;
  const onProgress = job.progress
    ? (progress: SearchProgress) => {
        // The final report comes from the main thread, for the chosen result.
        if (progress.phase !== 'done') port.postMessage({ type: 'progress', progress } satisfies WorkerMessage);
      }
    : undefined;
  const { result, optimal } = solveWithProof(job.instance, { ...job.options, onProgress });
  port.postMessage({ type: 'result', result, optimal } satisfies WorkerMessage);
}
