import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/**
 * Runs CaDiCaL (Armin Biere's SAT solver, compiled to WebAssembly by the cadical-wasm package)
 * synchronously, so the solver keeps its plain call style. CaDiCaL runs on a worker thread of its
 * own: the package is an ES module, which neither this CommonJS library nor ts-jest can load
 * in-process, and a thread can be stopped at a deadline that moves while the search runs.
 * The calling thread sleeps on an Atomics word meanwhile, so it takes no CPU.
 *
 * The thread solves a ladder of steps on one solver, so that what it learns on one step stays
 * for the next: each step solves under its assumptions; when they are refuted the next step
 * follows, and the first step with a model ends the run.
 */
export interface SatLadder {
  clauses: Int32Array;
  /** Per step, the literals assumed for that step only. */
  assumptions: Int32Array[];
  /** Variables whose values a model reports, in this order. */
  report: Int32Array;
  /** CaDiCaL options, fixed at the solver's creation. */
  options: Record<string, number>;
  /** Conflicts allowed per step (reproducible runs); unlimited when absent. */
  conflictsPerStep?: number;
}

export interface SatRun {
  /** Deadline on the `now` clock, asked again after every step (so it may move). */
  deadline: () => number;
  now: () => number;
  onRefuted?: (step: number) => void;
  /** A model of `step`: the values of the `report` variables, 1 for true. */
  onModel?: (step: number, values: Uint8Array) => void;
}

export interface SatOutcome {
  /** The last step settled (refuted, or with a model): -1 when none was. */
  settled: number;
  /** True when the thread stopped at the deadline. */
  stopped: boolean;
  /** Set when the solver could not run (the package missing or failing to load). */
  error?: string;
}

type SatMessage = { refuted: number } | { model: number; values: Uint8Array } | { done: true } | { error: string };

// Plain CommonJS, evaluated as the thread's script: dynamic import() stays native there.
const THREAD_SOURCE = `
const { workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { port, signal, file, ladder } = workerData;
const flag = new Int32Array(signal);
const send = (msg) => { port.postMessage(msg); Atomics.add(flag, 0, 1); Atomics.notify(flag, 0); };
import(pathToFileURL(file).href)
  .then(async ({ Cadical }) => {
    const solver = await Cadical.create({ quiet: true, ...ladder.options });
    const c = ladder.clauses;
    for (let i = 0, start = 0; i < c.length; i++) if (c[i] === 0) { solver.addClause(c.subarray(start, i)); start = i + 1; }
    for (let step = 0; step < ladder.assumptions.length; step++) {
      const res = solver.solve({ assumptions: Array.from(ladder.assumptions[step]), conflicts: ladder.conflictsPerStep });
      if (res === 'satisfiable') {
        const values = new Uint8Array(ladder.report.length);
        ladder.report.forEach((v, i) => { values[i] = solver.value(v) ? 1 : 0; });
        send({ model: step, values });
        break;
      }
      if (res !== 'unsatisfiable') break;
      send({ refuted: step });
    }
    send({ done: true });
  })
  .catch((e) => send({ error: String(e && e.stack || e) }));
`;

let modulePath: string | undefined;

/** The package's entry file: its exports name no CommonJS entry, so require.resolve cannot. */
function cadicalModule(): string {
  if (modulePath) return modulePath;
  for (const dir of require.resolve.paths('cadical-wasm') ?? []) {
    const file = join(dir, 'cadical-wasm', 'dist', 'index.js');
    if (existsSync(file)) return (modulePath = file);
  }
  throw new Error('the cadical-wasm package is not installed');
}

/** Solves the ladder's steps in order; returns when a step has a model, all are refuted, or the deadline passes. */
export function runSatLadder(ladder: SatLadder, run: SatRun): SatOutcome {
  let file: string;
  try {
    file = cadicalModule();
  } catch (e) {
    return { settled: -1, stopped: false, error: String(e) };
  }
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const thread = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { port: port2, signal, file, ladder },
    transferList: [port2],
  });
  const out: SatOutcome = { settled: -1, stopped: false };
  const finish = (): SatOutcome => {
    void thread.terminate();
    port1.close();
    return out;
  };
  let seen = 0;
  for (;;) {
    const left = run.deadline() - run.now();
    if (left <= 0) {
      out.stopped = true;
      return finish();
    }
    Atomics.wait(flag, 0, seen, left);
    seen = Atomics.load(flag, 0);
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const msg = m.message as SatMessage;
      if ('refuted' in msg) {
        out.settled = msg.refuted;
        run.onRefuted?.(msg.refuted);
      } else if ('model' in msg) {
        out.settled = msg.model;
        run.onModel?.(msg.model, msg.values);
      } else if ('error' in msg) {
        out.error = msg.error;
        return finish();
      } else return finish();
    }
  }
}
