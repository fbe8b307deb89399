import { ConsoleLogger, INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createServer, AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runMigrations } from '@clustermeet/database';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { SmtpMailbox } from './smtp-mailbox';

export const ADMIN_DATABASE_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestStack {
  baseUrl: string;
  databaseUrl: string;
  queuePrefix: string;
  mailbox: SmtpMailbox;
  api: INestApplication;
  worker?: INestApplicationContext;
  stop(): Promise<void>;
}

export interface TestStackOptions {
  /** Start the worker (email queue) too; default true. */
  worker?: boolean;
  env?: Record<string, string>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export async function createScratchDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `clustermeet_test_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = ADMIN_DATABASE_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    name,
    url,
    drop: async () => {
      const client = new Client({ connectionString: ADMIN_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The api (serving dist/web when built) and the worker, in this process, on a scratch database,
 * a private Redis key prefix and a real SMTP server. Config is read from process.env when the
 * apps are created, so the stack sets the environment first. One stack at a time per test file.
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const database = await createScratchDatabase();
  const mailbox = new SmtpMailbox();
  const smtpPort = await mailbox.start();
  const port = await freePort();
  const queuePrefix = `cmtest_${randomBytes(4).toString('hex')}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PUBLIC_URL: baseUrl,
    WEB_DIST: resolve(__dirname, '../../dist/web'),
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    ...options.env,
  });
  const logger = new ConsoleLogger('test', { logLevels: ['error', 'fatal'] });
  const api = await NestFactory.create<NestExpressApplication>(AppModule, { logger });
  await runMigrations(api.get(DataSource));
  configureApp(api, process.env.WEB_DIST);
  await api.listen(port, '127.0.0.1');
  const worker = options.worker === false ? undefined : await NestFactory.createApplicationContext(WorkerModule, { logger });
  await worker?.init();
  return {
    baseUrl,
    databaseUrl: database.url,
    queuePrefix,
    mailbox,
    api,
    worker,
    async stop() {
      await worker?.close();
      await api.close();
      await mailbox.stop();
      await database.drop();
      await deleteRedisKeys(queuePrefix);
    },
  };
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}
