import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@clustermeet/database';
import { startTestStack, createScratchDatabase } from '../support/test-stack';

const ROOT = resolve(__dirname, '../..');
const API_MAIN = resolve(ROOT, 'dist/apps/api/src/main.js');
const WORKER_MAIN = resolve(ROOT, 'dist/apps/worker/src/main.js');

function start(main: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [main], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });
}

describe('start-up', () => {
  beforeAll(() => {
    if (!existsSync(API_MAIN)) throw new Error('Build first: npm run build:server');
  });

  it.each([
    ['api', API_MAIN],
    ['worker', WORKER_MAIN],
  ])('the %s explains a missing Postgres and Redis in one message naming the compose file', (_name, main) => {
    const result = start(main, { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/clustermeet', REDIS_URL: 'redis://127.0.0.1:1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PostgreSQL is not reachable at DATABASE_URL=postgres://postgres@127.0.0.1:1/clustermeet');
    expect(result.stderr).toContain('Redis is not reachable at REDIS_URL=redis://127.0.0.1:1');
    expect(result.stderr).toContain('docker compose -f docker/compose.yml up -d postgres redis mail');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names each bad configuration variable', () => {
    const result = start(API_MAIN, { PORT: 'abc', PUBLIC_URL: 'not a url', NODE_ENV: 'production' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration (environment variables):');
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('PUBLIC_URL must be an http(s) URL');
    expect(result.stderr).toContain('JWT_SECRET: set a secret of your own in production');
  });

  it('applies each migration once when several processes start together', async () => {
    const database = await createScratchDatabase();
    const sources = await Promise.all([1, 2, 3].map(() => new DataSource(dataSourceOptions(database.url)).initialize()));
    try {
      const applied = await Promise.all(sources.map((source) => runMigrations(source)));
      expect(applied.flat()).toHaveLength(sources[0].migrations.length);
      const [{ count }] = await sources[0].query('SELECT count(*)::int AS count FROM migrations');
      expect(count).toBe(sources[0].migrations.length);
    } finally {
      await Promise.all(sources.map((source) => source.destroy()));
      await database.drop();
    }
  });

  it('has migrations that match the entities (no schema change left without a migration)', async () => {
    const database = await createScratchDatabase();
    const source = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await runMigrations(source);
      const pending = await source.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await source.destroy();
      await database.drop();
    }
  });

  it('documents every API route in the OpenAPI spec, and rate-limits sign-in attempts', async () => {
    const stack = await startTestStack({ worker: false, env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const spec = (await request(stack.baseUrl).get('/api/docs-json').expect(200)).body as { paths: Record<string, object> };
      const express = stack.api.getHttpAdapter().getInstance() as { router?: { stack: { route?: { path: string } }[] }; _router?: { stack: { route?: { path: string } }[] } };
      const layers = (express.router ?? express._router)!.stack.filter((layer) => layer.route).map((layer) => layer.route!.path);
      const documented = new Set(Object.keys(spec.paths).map((path) => path.replace(/\{(\w+)\}/g, ':$1')));
      expect(layers.filter((path) => path.startsWith('/api/')).length).toBeGreaterThan(20);
      const missing = layers.filter((path) => path.startsWith('/api/') && !path.startsWith('/api/docs') && !documented.has(path));
      expect(missing).toEqual([]);
      expect(documented.size).toBeGreaterThan(20);
      const attempt = () => request(stack.baseUrl).post('/api/auth/login').send({ email: 'guess@x.example', password: 'guess' });
      expect([(await attempt()).status, (await attempt()).status, (await attempt()).status]).toEqual([401, 401, 401]);
      expect((await attempt()).status).toBe(429);
      await request(stack.baseUrl).get('/api/health').expect(200);
    } finally {
      await stack.stop();
    }
  });
});
