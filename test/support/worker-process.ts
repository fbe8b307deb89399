import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const WORKER_MAIN = resolve(__dirname, '../../dist/apps/worker/src/main.js');

/**
 * The compiled worker as its own process, with the test stack's environment, so a test can kill it
 * like an operating system would. `npm test` builds the server first.
 */
export class WorkerProcess {
  private readonly child: ChildProcess;
  readonly exited: Promise<NodeJS.Signals | number | null>;
  output = '';

  constructor(env: Record<string, string> = {}) {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run npm run build:server first`);
    this.child = spawn(process.execPath, [WORKER_MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolveExit) => this.child.once('exit', (code, signal) => resolveExit(signal ?? code)));
  }

  /** No shutdown hooks, no lock release: the job is left active, as after a power cut. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<NodeJS.Signals | number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}
