/*
 * Matchmaking API under load: 5,000 validated participants and 25,000 meeting requests in a scratch
 * database, the built api as its own process, autocannon as the clients. Prints p50/p95/p99 latency
 * and throughput for directory search, recommendations and request creation (200 clients).
 *
 *   npm run build:server && npm run bench:api
 */
import { JwtService } from '@nestjs/jwt';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { defaultTaxonomies } from '../../libs/contracts/src';
import { dataSourceOptions, refreshSearchDocuments, runMigrations } from '../../libs/database/src';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 5000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 25000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** BENCH_ONLY=search,create runs just those; BENCH_API_NODE_OPTIONS passes flags to the api (e.g. --cpu-prof). */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const PORT = 3917;
const SECRET = 'bench-secret-bench-secret-bench-secret-1234';
const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'clustermeet_bench';
const DB_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`);

/** Domain words that many profiles share… */
const DOMAIN_WORDS = [
  'offshore', 'wind', 'cable', 'inspection', 'robot', 'drone', 'hydrogen', 'electrolyser', 'battery', 'storage', 'sensor', 'monitoring', 'software',
  'platform', 'logistics', 'port', 'vessel', 'maintenance', 'blade', 'repair', 'coating', 'steel', 'foundation', 'survey', 'data', 'analytics',
  'food', 'protein', 'packaging', 'automation', 'water', 'filtration', 'recycling', 'composite', 'design', 'medical', 'device', 'diagnostics',
];
/** …and a long tail of rarer terms (about 1,700), so a search matches some profiles, not all. */
const SYLLABLES = ['ka', 'mo', 'ri', 'ten', 'sor', 'vik', 'lun', 'dra', 'pel', 'ost', 'ner', 'bal'];
const RARE_WORDS = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => `${a}${b}${c}`)));
const TITLES = ['partner', 'distribution', 'supplier', 'service', 'technology', 'investment', 'research project', 'pilot customer'];
const COUNTRIES = ['DK', 'DE', 'SE', 'NO', 'PL', 'NL', 'FI', 'UK'];
const SECTORS = defaultTaxonomies().sectors.map((term) => term.key);
const CATEGORIES = defaultTaxonomies().categories.map((term) => term.key);

/** mulberry32: a seeded generator in 32-bit integer arithmetic, so runs repeat exactly. */
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
/** One word in four from the shared domain words, the rest from the long tail. */
const word = () => (random() < 0.25 ? pick(DOMAIN_WORDS) : pick(RARE_WORDS));
const phrase = (n: number) => Array.from({ length: n }, word).join(' ');

async function createDatabase(): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
}

async function seedData(dataSource: DataSource) {
  const [organisation] = await dataSource.query(`INSERT INTO organisation (name) VALUES ('Bench Cluster') RETURNING id`);
  const [event] = await dataSource.query(
    `INSERT INTO event (organisation_id, name, taxonomies) VALUES ($1, 'Bench Fair', $2) RETURNING id`,
    [organisation.id, JSON.stringify(defaultTaxonomies())],
  );
  const [type] = await dataSource.query(`INSERT INTO participant_type (event_id, name) VALUES ($1, 'Company') RETURNING id`, [event.id]);
  await dataSource.query(`UPDATE participant_type SET can_meet = ARRAY[id] WHERE id = $1`, [type.id]);
  const [session] = await dataSource.query(
    `INSERT INTO session (event_id, name, starts_at, ends_at, slot_minutes) VALUES ($1, 'Day', '2027-05-11T07:00:00Z', '2027-05-11T15:00:00Z', 25) RETURNING id`,
    [event.id],
  );
  await dataSource.query(
    `INSERT INTO slot (event_id, session_id, starts_at, ends_at)
     SELECT $1, $2, '2027-05-11T07:00:00Z'::timestamptz + n * interval '30 minutes', '2027-05-11T07:25:00Z'::timestamptz + n * interval '30 minutes'
     FROM generate_series(0, 15) n`,
    [event.id, session.id],
  );
  const ids: string[] = [];
  for (let start = 0; start < PARTICIPANTS; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, PARTICIPANTS - start) }, (_, offset) => {
      const n = start + offset;
      const id = randomUUID();
      ids.push(id);
      return [id, event.id, type.id, `p${n}@bench.example`, `First${n}`, `Last${n}`, `${word()} ${word()} ${n} ApS`, pick(COUNTRIES), phrase(25), `{${pick(SECTORS)},${pick(SECTORS)}}`, organisation.id];
    });
    await dataSource.query(
      `INSERT INTO participant (id, event_id, participant_type_id, email, first_name, last_name, organisation_name, organisation_type, organisation_country, organisation_size_band, description, sectors, status, recruited_by_organisation_id)
       SELECT r[1]::uuid, r[2]::uuid, r[3]::uuid, r[4], r[5], r[6], r[7], 'sme', r[8], 'under-50', r[9], r[10]::text[], 'validated', r[11]::uuid
       FROM jsonb_array_elements($1::jsonb) AS j, LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(j)) AS r) x`,
      [JSON.stringify(rows)],
    );
    const items = rows.flatMap(([id]) =>
      Array.from({ length: 3 }, (_, position) => [id, event.id, position === 2 ? 'seek' : 'offer', `${pick(TITLES)} ${phrase(3)}`, phrase(12), pick(CATEGORIES), position]),
    );
    await dataSource.query(
      `INSERT INTO marketplace_item (participant_id, event_id, kind, title, description, category, position)
       SELECT (j->>0)::uuid, (j->>1)::uuid, (j->>2)::item_kind, j->>3, j->>4, j->>5, (j->>6)::int FROM jsonb_array_elements($1::jsonb) AS j`,
      [JSON.stringify(items)],
    );
  }
  await refreshSearchDocuments(dataSource.manager, ids);
  const pairs = new Set<string>();
  const requests: [string, string][] = [];
  while (requests.length < REQUESTS) {
    const a = pick(ids);
    const b = pick(ids);
    const key = a < b ? `${a}${b}` : `${b}${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    requests.push([a, b]);
  }
  for (let start = 0; start < requests.length; start += 5000) {
    await dataSource.query(
      `INSERT INTO meeting_request (event_id, requester_id, recipient_id, status, expires_at)
       SELECT $1, (j->>0)::uuid, (j->>1)::uuid, (CASE WHEN random() < 0.5 THEN 'pending' ELSE 'accepted' END)::meeting_request_status, now() + interval '3 days'
       FROM jsonb_array_elements($2::jsonb) AS j`,
      [event.id, JSON.stringify(requests.slice(start, start + 5000))],
    );
  }
  // Vacuum and checkpoint now, so autovacuum and the checkpointer do not take the cores mid-run.
  await dataSource.query('VACUUM ANALYZE');
  await dataSource.query('CHECKPOINT');
  return { eventId: event.id as string, ids, pairs };
}

async function startApi(): Promise<() => Promise<void>> {
  const nodeOptions = (process.env.BENCH_API_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeOptions, resolve(__dirname, '../../apps/api/src/main.js')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(PORT), DATABASE_URL: DB_URL, JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '10000000', AUTH_RATE_LIMIT_PER_MINUTE: '100000', QUEUE_PREFIX: 'clustermeet_bench' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return () => new Promise((done) => child.once('exit', () => done()).kill('SIGTERM'));
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error('api did not start');
}

interface Measured {
  name: string;
  connections: number;
  rate?: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

type NextRequest = () => { path: string; method?: string; body?: string; token: string };

/**
 * `clients` people using the app at once: each waits a random think time (exponential, so together
 * they send about `rate` requests per second), sends one request, waits for the answer, and thinks
 * again. At most `clients` requests are in flight, as with real users; latency shows service time and
 * the queueing that load really causes, not the lock-step bursts of a paced load generator.
 */
async function arrivals(name: string, clients: number, rate: number, request: NextRequest, seconds = SECONDS): Promise<Measured> {
  await settle();
  const latencies: number[] = [];
  let non2xx = 0;
  const end = Date.now() + seconds * 1000;
  const meanThinkMs = (clients / rate) * 1000;
  const think = () => new Promise((done) => setTimeout(done, -Math.log(1 - random()) * meanThinkMs));
  const client = async () => {
    // A first think time too: exponential waits are memoryless, so the load is steady from the start.
    await think();
    while (Date.now() < end) {
      const next = request();
      const sent = performance.now();
      const response = await fetch(`http://127.0.0.1:${PORT}${next.path}`, { method: next.method ?? 'GET', body: next.body, headers: { authorization: `Bearer ${next.token}`, 'content-type': 'application/json' } });
      await response.arrayBuffer();
      latencies.push(performance.now() - sent);
      if (response.status >= 300) non2xx += 1;
      await think();
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  latencies.sort((a, b) => a - b);
  return { name, connections: clients, rate, requests: latencies.length, perSecond: Math.round(latencies.length / seconds), p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), non2xx };
}

/** A saturated run leaves requests queued in the api; the next run starts after they drain. */
async function settle(): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${PORT}/api/health`);
    if (performance.now() - started < 30) return;
    await new Promise((done) => setTimeout(done, 500));
  }
}

/** Closed loop without pause: every client fires again as soon as it is answered, which finds the throughput ceiling. */
async function measure(name: string, connections: number, request: NextRequest, seconds = SECONDS): Promise<Measured> {
  await settle();
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${PORT}`,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const next = request();
          return { ...req, path: next.path, method: (next.method ?? 'GET') as 'GET', body: next.body, headers: { authorization: `Bearer ${next.token}`, 'content-type': 'application/json' } };
        },
      },
    ],
  };
  // Events come only with the callback form; every response time is kept to compute p95 exactly.
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(options, (error, finished) => (error ? fail(error) : done(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    connections,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    non2xx: result.non2xx,
  };
}

const TARGET_P95_MS = 100;

/**
 * The highest request rate at which 200 concurrent clients still see p95 under the target: steps up
 * through `rates` and stops at the first step that misses it (or is not served in full). Both steps
 * are reported, the last one that met the target and the one that did not.
 */
async function capacity(name: string, request: NextRequest, rates: number[]): Promise<Measured[]> {
  let met: Measured | undefined;
  const verdict = (over?: Measured) =>
    verdicts.push(
      met
        ? `${name}: p95 < ${TARGET_P95_MS} ms with 200 concurrent clients up to ${met.rate} req/s (p95 ${Math.round(met.p95)} ms)${over ? `; at ${over.rate} req/s p95 is ${Math.round(over.p95)} ms` : ''}`
        : `${name}: p95 ${Math.round(over!.p95)} ms at ${over!.rate} req/s, over the ${TARGET_P95_MS} ms target already at the lowest rate`,
    );
  for (const rate of rates) {
    const step = await arrivals(`${name}, 200 clients at ${rate} req/s`, 200, rate, request);
    const meets = step.p95 < TARGET_P95_MS && step.perSecond >= rate * 0.9 && step.non2xx === 0;
    if (!meets) {
      verdict(step);
      return met ? [met, { ...step, name: `${step.name} (first rate over the target)` }] : [step];
    }
    met = step;
  }
  verdict();
  return met ? [met] : [];
}
const verdicts: string[] = [];

async function main() {
  const started = Date.now();
  await createDatabase();
  const dataSource = await new DataSource(dataSourceOptions(DB_URL)).initialize();
  await runMigrations(dataSource);
  const { eventId, ids, pairs } = await seedData(dataSource);
  await dataSource.destroy();
  console.log(`seeded ${PARTICIPANTS} participants, ${REQUESTS} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const jwt = new JwtService({ secret: SECRET });
  const tokens = await Promise.all(ids.slice(0, 1000).map((id) => jwt.signAsync({ sub: id, kind: 'participant', evt: eventId }, { expiresIn: 3600 })));
  const token = () => pick(tokens);
  const stop = await startApi();
  try {
    const search = () => ({ path: `/api/events/${eventId}/directory?q=${encodeURIComponent(`${word()} ${word()}`)}&country=${pick(COUNTRIES)}`, token: token() });
    const browse = () => ({ path: `/api/events/${eventId}/directory?sector=${pick(SECTORS)}&page=${1 + Math.floor(random() * 5)}`, token: token() });
    const recommendations = () => ({ path: '/api/me/recommendations', token: token() });
    const createRequest = () => {
      for (;;) {
        const from = Math.floor(random() * tokens.length);
        const to = pick(ids);
        const key = ids[from] < to ? `${ids[from]}${to}` : `${to}${ids[from]}`;
        if (ids[from] === to || pairs.has(key)) continue;
        pairs.add(key);
        return { path: `/api/events/${eventId}/meeting-requests`, method: 'POST', body: JSON.stringify({ recipientId: to }), token: tokens[from] };
      }
    };
    const health = () => ({ path: '/api/health', token: token() });
    const runs: Record<string, () => Promise<Measured | Measured[]>> = {
      floor: () => measure('health check (one Postgres + one Redis ping), saturated', 200, health),
      search: () => measure('directory search (q + filter), saturated', 200, search),
      'search-capacity': () => capacity('directory search', search, [50, 75, 100, 125, 150, 200, 250, 300]),
      'search-clients': () => arrivals('directory search, 200 clients, 50 req/s', 200, 50, search),
      'browse-clients': () => arrivals('directory browse, 200 clients, 50 req/s', 200, 50, browse),
      recommendations: () => measure('recommendations, saturated', 50, recommendations),
      'recommendations-clients': () => arrivals('recommendations, 200 clients, 10 req/s', 200, 10, recommendations),
      create: () => measure('create meeting request, 200 clients saturated', 200, createRequest),
      'create-capacity': () => capacity('create meeting request', createRequest, [25, 50, 75, 100, 125, 150, 200, 250]),
      'create-clients': () => arrivals('create meeting request, 200 clients, 30 req/s', 200, 30, createRequest),
    };
    // Unmeasured warm-up under full load: a fresh process pays for JIT compilation, and each of the
    // pool's database connections is opened (with its cold catalog caches) only when load first needs it.
    for (const warmUp of [search, recommendations, createRequest]) await measure('warm-up', 50, warmUp, 3);
    const results: Measured[] = [];
    for (const [key, run] of Object.entries(runs)) if (ONLY.length === 0 || ONLY.includes(key)) results.push(...[await run()].flat());
    console.log(`\nMatchmaking API, ${PARTICIPANTS} participants / ${REQUESTS} requests, ${SECONDS} s per run, ${process.platform} ${cpus().length} cores`);
    console.table(results.map((r) => ({ run: r.name, clients: r.connections, 'offered req/s': r.rate ?? 'max', requests: r.requests, 'req/s': r.perSecond, 'p50 ms': Math.round(r.p50), 'p95 ms': Math.round(r.p95), 'p99 ms': Math.round(r.p99), 'non-2xx': r.non2xx })));
    for (const line of verdicts) console.log(line);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
