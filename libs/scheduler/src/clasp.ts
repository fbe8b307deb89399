import { dirname, join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/**
 * Runs clingo/clasp (Potassco's ASP grounder and solver, compiled to WebAssembly by the
 * clingo-wasm package) synchronously, so the solver keeps its plain call style. clingo runs
 * on a worker thread of its own: the package is an ES module, which neither this CommonJS
 * library nor ts-jest can load in-process, and a thread can be stopped at the deadline even
 * while clasp is deep in a search (it has no time limit of its own under WebAssembly).
 * The calling thread sleeps on an Atomics word meanwhile, so it takes no CPU.
 */
export interface ClaspRun {
  /** Deadline on the `now` clock, asked again after every printed line (so it may move). */
  deadline: () => number;
  now: () => number;
  /** Each line the program prints (Lua `print` in `#script`), as it is printed. */
  onLine?: (line: string) => void;
}

export interface ClaspOutcome {
  /** clingo's exit code (10 SAT, 20 UNSAT, 30 optimum…); null when stopped at the deadline. */
  status: number | null;
  /** Set when clingo could not run: a broken program (clingo aborts) or a failed load. */
  error?: string;
}

type ClaspMessage = { line: string } | { status: number } | { error: string };

// Plain CommonJS, evaluated as the thread's script: dynamic import() stays native there.
const THREAD_SOURCE = `
const { workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { port, signal, file, program, args } = workerData;
const flag = new Int32Array(signal);
const send = (msg) => { port.postMessage(msg); Atomics.add(flag, 0, 1); Atomics.notify(flag, 0); };
import(pathToFileURL(file).href)
  .then(async ({ default: factory }) => {
    const errors = [];
    const clingo = await factory({ print: (line) => send({ line }), printErr: (line) => errors.push(line) });
    try {
      send({ status: clingo.ccall('run', 'number', ['string', 'string'], [program, args]) });
    } catch (e) {
      send({ error: errors.filter((l) => l.trim()).join('\\n') || String(e) });
    }
  })
  .catch((e) => send({ error: String(e) }));
`;

let modulePath: string | undefined;

function clingoModule(): string {
  modulePath ??= join(dirname(require.resolve('clingo-wasm/package.json')), 'dist', 'clingo.js');
  return modulePath;
}

/** Runs `program` with clingo's command-line `args`; returns when clingo ends or the deadline passes. */
export function runClasp(program: string, args: string[], run: ClaspRun): ClaspOutcome {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const thread = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { port: port2, signal, file: clingoModule(), program, args: args.join(' ') },
    transferList: [port2],
  });
  const finish = (out: ClaspOutcome): ClaspOutcome => {
    void thread.terminate();
    port1.close();
    return out;
  };
  let seen = 0;
  for (;;) {
    const left = run.deadline() - run.now();
    if (left <= 0) return finish({ status: null });
    Atomics.wait(flag, 0, seen, left);
    seen = Atomics.load(flag, 0);
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const msg = m.message as ClaspMessage;
      if ('line' in msg) run.onLine?.(msg.line);
      else if ('status' in msg) return finish({ status: msg.status });
      else return finish({ status: null, error: msg.error });
    }
  }
}
