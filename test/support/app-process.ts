import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Redis from 'ioredis';

const MAIN = { api: resolve(__dirname, '../../dist/apps/api/src/main.js'), worker: resolve(__dirname, '../../dist/apps/worker/src/main.js') };

/** A child process the test can kill the way an operating system or a power cut would. */
class ChildUnderTest {
  private readonly child: ChildProcess;
  readonly exited: Promise<NodeJS.Signals | number | null>;
  output = '';

  constructor(command: string, args: string[], env: Record<string, string>) {
    this.child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolveExit) => this.child.once('exit', (code, signal) => resolveExit(signal ?? code)));
  }

  /** SIGKILL: no shutdown hooks, no lock release, as after a power cut. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<NodeJS.Signals | number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

/**
 * The compiled api or worker as its own process, with the test stack's environment (set in
 * process.env by startTestStack) plus `env`. `npm test` builds the server first.
 */
export class AppProcess extends ChildUnderTest {
  constructor(app: keyof typeof MAIN, env: Record<string, string> = {}) {
    if (!existsSync(MAIN[app])) throw new Error(`${MAIN[app]} is missing: run npm run build:server first`);
    super(process.execPath, [MAIN[app]], env);
  }

  /** Resolves when the api answers its health check. */
  async healthy(baseUrl: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ok = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`api at ${baseUrl} did not become healthy:\n${this.output}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/** A private Redis server on its own port, so a test can stop and restart it without touching anyone else's. */
export class RedisServerProcess extends ChildUnderTest {
  constructor(readonly port: number) {
    super('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async ready(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      const pong = await client.connect().then(() => client.ping(), () => null);
      client.disconnect();
      if (pong === 'PONG') return;
      if (Date.now() > deadline) throw new Error(`redis-server on ${this.port} did not start:\n${this.output}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}
