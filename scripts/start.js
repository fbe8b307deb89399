#!/usr/bin/env node
/*
 * `npm start`: builds when needed, checks Postgres and Redis, starts a local mail catcher (maildev)
 * unless SMTP_URL points elsewhere, seeds the demo event, then runs the api and the worker.
 */
const { spawn, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const net = require('node:net');

const env = { ...process.env };
env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/clustermeet';
env.REDIS_URL ??= 'redis://127.0.0.1:6379';
env.PORT ??= '3000';
env.PUBLIC_URL ??= `http://localhost:${env.PORT}`;
const children = [];

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

async function ensureDatabase() {
  const { Client } = require('pg');
  const url = new URL(env.DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      console.log(`Created database ${name}`);
    }
  } catch {
    // preflight below explains what is wrong
  } finally {
    await client.end().catch(() => undefined);
  }
}

function run(name, args) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  children.push(child);
  child.on('exit', (code) => {
    console.log(`${name} exited (${code ?? 'signal'}); stopping the rest`);
    shutdown(code ?? 1);
  });
}

function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}

async function main() {
  if (!existsSync('dist/apps/api/src/main.js') || !existsSync('dist/web/index.html')) step('npm', ['run', 'build']);
  await ensureDatabase();
  const { preflight } = require('../dist/libs/domain/src/common/preflight.js');
  const problems = await preflight(env.DATABASE_URL, env.REDIS_URL);
  if (problems.length > 0) {
    console.error(`Clustermeet cannot start:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  if (!env.SMTP_URL) {
    env.SMTP_URL = 'smtp://127.0.0.1:1025';
    if (await portInUse(1025)) {
      console.log('A mail server is already listening on 127.0.0.1:1025; using it.');
    } else {
      const maildev = spawn(process.execPath, [require('node:path').join(__dirname, '../node_modules/maildev/dist/bin/maildev.js'), '--smtp', '1025', '--web', '1080', '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'], { stdio: 'ignore' });
      children.push(maildev);
      console.log('Mail catcher: emails (sign-in links) appear at http://localhost:1080');
    }
  }
  step(process.execPath, ['dist/libs/database/src/cli/seed.js']);
  run('api', ['dist/apps/api/src/main.js']);
  run('worker', ['dist/apps/worker/src/main.js']);
  console.log(`\nClustermeet: ${env.PUBLIC_URL}  ·  API docs: ${env.PUBLIC_URL}/api/docs\n`);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
main().catch((error) => {
  console.error(error);
  shutdown(1);
});
