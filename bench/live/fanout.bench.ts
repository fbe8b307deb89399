/*
 * Live fan-out on the event day: 2,000 socket.io clients in one event that is happening now, the
 * built api as one and then two processes on a private redis-server, all driven from this script.
 * Prints, for one and two api instances, how long a helper's change takes to reach the two
 * participants it concerns and how long a broadcast takes to reach all 2,000; then kills Redis with
 * SIGKILL under 500 connected clients, makes changes while it is down, restarts it and checks that
 * every client is told to resync and catches up on exactly the changes that concern it.
 *
 *   npm run build:server && npm run bench:live
 */
import { JwtService } from '@nestjs/jwt';
import { Emitter } from '@socket.io/redis-emitter';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { defaultTaxonomies, DayChangePayload, liveChannelKey, LiveRoom, ServerToClientEvents } from '../../libs/contracts/src';
import { dataSourceOptions, runMigrations } from '../../libs/database/src';
import { cutIntoSlots } from '../../libs/domain/src/events/session.service';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 2000);
/** One meeting per table and slot is the rule, so every participant in a meeting needs participants / 2 places. */
const TABLES = Number(process.env.BENCH_TABLES ?? PARTICIPANTS / 2);
const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 200);
const ACTION_RATE = Number(process.env.BENCH_ACTION_RATE ?? 10);
const BROADCASTS = Number(process.env.BENCH_BROADCASTS ?? 20);
const RECOVERY_CLIENTS = Number(process.env.BENCH_RECOVERY_CLIENTS ?? 500);
const RECOVERY_CHANGES = Number(process.env.BENCH_RECOVERY_CHANGES ?? 5);
/** How long Redis stays down (at least; the changes are made meanwhile). */
const OUTAGE_SECONDS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 5);
const INSTANCES = (process.env.BENCH_INSTANCES ?? '1,2').split(',').filter(Boolean).map(Number);
const SLOT_MINUTES = 20;
const SECRET = 'bench-live-secret-bench-live-secret-1234';
const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'clustermeet_live_bench';
const DB_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${DB_NAME}`);
const QUEUE_PREFIX = `clustermeet_live_bench_${process.pid}`;
const ROOT = resolve(__dirname, '../../..');
const API_MAIN = resolve(__dirname, '../../apps/api/src/main.js');

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const now = () => performance.now();

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

/** Resolves when `done()` holds, or false after `timeoutMs`. */
async function waitFor(done: () => boolean, timeoutMs: number, stepMs = 5): Promise<boolean> {
  const deadline = now() + timeoutMs;
  while (!done()) {
    if (now() > deadline) return false;
    await sleep(stepMs);
  }
  return true;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Child processes: a private redis-server and the compiled api

class Child {
  private readonly child: ChildProcess;
  readonly exited: Promise<unknown>;
  private tail: string[] = [];

  constructor(
    readonly name: string,
    command: string,
    args: string[],
    env: Record<string, string> = {},
  ) {
    this.child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.tail.push(chunk.toString());
      if (this.tail.length > 40) this.tail = this.tail.slice(-20);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.exited = once(this.child, 'exit');
    children.add(this);
    void this.exited.then(() => children.delete(this));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  output(): string {
    return this.tail.join('').slice(-4000);
  }

  /** CPU seconds (user + system) used so far, from /proc. */
  cpuSeconds(): number {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return Number.NaN;
    }
  }

  async kill(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.running && this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Synchronous last resort on exit. */
  killNow(): void {
    if (this.running) this.child.kill('SIGKILL');
  }
}

const children = new Set<Child>();

async function startRedis(port: number): Promise<Child> {
  const redis = new Child(`redis-server :${port}`, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  const deadline = now() + 10_000;
  for (;;) {
    const client = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    const pong = await client.connect().then(() => client.ping(), () => null);
    client.disconnect();
    if (pong === 'PONG') return redis;
    if (now() > deadline || !redis.running) throw new Error(`redis-server on ${port} did not start:\n${redis.output()}`);
    await sleep(20);
  }
}

interface Api {
  child: Child;
  url: string;
}

async function startApis(count: number, redisUrl: string): Promise<Api[]> {
  const apis: Api[] = [];
  for (let index = 0; index < count; index += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = new Child(`api ${index + 1}`, process.execPath, [API_MAIN], {
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: DB_URL,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX,
      JWT_SECRET: SECRET,
      SMTP_URL: 'smtp://127.0.0.1:2525',
      RATE_LIMIT_PER_MINUTE: '10000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    });
    apis.push({ child, url });
  }
  for (const api of apis) {
    const deadline = now() + 60_000;
    for (;;) {
      const ok = await fetch(`${api.url}/api/health`).then((response) => response.ok, () => false);
      if (ok) break;
      if (now() > deadline || !api.child.running) throw new Error(`${api.child.name} did not become healthy:\n${api.child.output()}`);
      await sleep(100);
    }
  }
  return apis;
}

// ---------------------------------------------------------------------------------------------
// Data: one event happening now, 2,000 validated participants in meetings from the current slot on

interface Seeded {
  eventId: string;
  helperId: string;
  organisationId: string;
  participantIds: string[];
  currentSlotId: string;
  /** The current slot's meetings, in seeding order; each run of the bench uses a fresh range. */
  currentMeetings: Array<{ id: string; participantIds: [string, string] }>;
  slots: number;
  meetings: number;
}

async function createDatabase(): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
}

async function dropDatabase(): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.end();
}

/** Bulk insert of rows given as JSON arrays: one statement per chunk instead of one per row. */
async function insertRows(dataSource: DataSource, sql: string, rows: unknown[][], params: unknown[] = [], chunk = 2000): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await dataSource.query(sql, [...params, JSON.stringify(rows.slice(start, start + chunk))]);
  }
}

async function seedData(dataSource: DataSource): Promise<Seeded> {
  const [organisation] = await dataSource.query(`INSERT INTO organisation (name) VALUES ('Bench Cluster') RETURNING id`);
  const today = new Date().toISOString().slice(0, 10);
  const [event] = await dataSource.query(
    `INSERT INTO event (organisation_id, name, taxonomies, starts_on, ends_on) VALUES ($1, 'Live Bench Day', $2, $3, $3) RETURNING id`,
    [organisation.id, JSON.stringify(defaultTaxonomies()), today],
  );
  const [type] = await dataSource.query(`INSERT INTO participant_type (event_id, name) VALUES ($1, 'Company') RETURNING id`, [event.id]);
  await dataSource.query(`UPDATE participant_type SET can_meet = ARRAY[id] WHERE id = $1`, [type.id]);

  // Staff: an organiser and a helper at the information desk (signed in with tokens this script mints).
  const staff: Record<string, string> = {};
  for (const role of ['organiser', 'helper']) {
    const [user] = await dataSource.query(`INSERT INTO user_account (email, name, password_hash, organisation_id) VALUES ($1, $2, 'not-a-hash', $3) RETURNING id`, [
      `${role}@live-bench.example`,
      `Bench ${role}`,
      organisation.id,
    ]);
    await dataSource.query(`INSERT INTO event_member (event_id, user_id, role, organisation_id) VALUES ($1, $2, $3, $4)`, [event.id, user.id, role, organisation.id]);
    staff[role] = user.id;
  }

  // One session of 20-minute slots that started 30 minutes ago: slot 2 is on now, ten follow.
  const minute = 60_000;
  const startsAt = new Date(Math.floor((Date.now() - 30 * minute) / minute) * minute);
  const endsAt = new Date(startsAt.getTime() + 12 * SLOT_MINUTES * minute);
  const [session] = await dataSource.query(`INSERT INTO session (event_id, name, starts_at, ends_at, slot_minutes) VALUES ($1, 'Meetings', $2, $3, $4) RETURNING id`, [
    event.id,
    startsAt,
    endsAt,
    SLOT_MINUTES,
  ]);
  const times = cutIntoSlots(startsAt, endsAt, SLOT_MINUTES, 0);
  const slotIds = times.map(() => randomUUID());
  await insertRows(
    dataSource,
    `INSERT INTO slot (id, event_id, session_id, starts_at, ends_at) SELECT (j->>0)::uuid, $1, $2, (j->>1)::timestamptz, (j->>2)::timestamptz FROM jsonb_array_elements($3::jsonb) j`,
    times.map((slot, index) => [slotIds[index], slot.startsAt.toISOString(), slot.endsAt.toISOString()]),
    [event.id, session.id],
  );
  const current = times.findIndex((slot) => slot.startsAt.getTime() <= Date.now() && Date.now() < slot.endsAt.getTime());

  const tableIds = Array.from({ length: TABLES }, () => randomUUID());
  await insertRows(
    dataSource,
    `INSERT INTO event_table (id, event_id, kind, label, number, capacity) SELECT (j->>0)::uuid, $1, 'table', j->>1, (j->>2)::int, 2 FROM jsonb_array_elements($2::jsonb) j`,
    tableIds.map((id, index) => [id, `Table ${index + 1}`, index + 1]),
    [event.id],
  );

  const participantIds = Array.from({ length: PARTICIPANTS }, () => randomUUID());
  await insertRows(
    dataSource,
    `INSERT INTO participant (id, event_id, participant_type_id, email, first_name, last_name, organisation_name, organisation_type, organisation_country, organisation_size_band, status, recruited_by_organisation_id)
     SELECT (j->>0)::uuid, $1, $2, j->>1, j->>2, j->>3, j->>4, 'sme', 'DK', 'under-50', 'validated', $3 FROM jsonb_array_elements($4::jsonb) j`,
    participantIds.map((id, n) => [id, `p${n}@live-bench.example`, `First${n}`, `Last${n}`, `Company ${n} ApS`]),
    [event.id, type.id, organisation.id],
  );

  // Everyone meets someone new in every slot from the current one on (round-robin pairing), at a table.
  const meetingRows: string[][] = [];
  const currentMeetings: Seeded['currentMeetings'] = [];
  const others = participantIds.slice(1);
  for (let slot = current; slot < times.length; slot += 1) {
    const round = slot - current;
    const rotated = [participantIds[0], ...others.slice(round % others.length), ...others.slice(0, round % others.length)];
    for (let pair = 0; pair < rotated.length / 2; pair += 1) {
      const a = rotated[pair];
      const b = rotated[rotated.length - 1 - pair];
      const id = randomUUID();
      meetingRows.push([id, a, b, slotIds[slot], tableIds[pair % TABLES]]);
      if (slot === current) currentMeetings.push({ id, participantIds: [a, b] });
    }
  }
  await insertRows(
    dataSource,
    `INSERT INTO meeting (id, event_id, participant_ids, slot_id, table_id, status) SELECT (j->>0)::uuid, $1, ARRAY[(j->>1)::uuid, (j->>2)::uuid], (j->>3)::uuid, (j->>4)::uuid, 'scheduled' FROM jsonb_array_elements($2::jsonb) j`,
    meetingRows,
    [event.id],
  );
  await insertRows(
    dataSource,
    `INSERT INTO meeting_seat (meeting_id, participant_id, slot_id) SELECT (j->>0)::uuid, unnest(ARRAY[(j->>1)::uuid, (j->>2)::uuid]), (j->>3)::uuid FROM jsonb_array_elements($1::jsonb) j`,
    meetingRows,
  );
  await dataSource.query('ANALYZE');
  return {
    eventId: event.id,
    helperId: staff.helper,
    organisationId: organisation.id,
    participantIds,
    currentSlotId: slotIds[current],
    currentMeetings,
    slots: times.length - current,
    meetings: meetingRows.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Clients: socket.io-client as the browser uses it, one connection each

interface LiveClient {
  participantId: string;
  token: string;
  api: string;
  socket: Socket<ServerToClientEvents>;
  warm: boolean;
  /** The last change number this client has acted on, as the browser keeps it. */
  lastSeq: number;
}

/** `${meetingId}|${participantId}` → when that participant's client got `day:changed` for it, and its seq. */
const dayArrivals = new Map<string, { seq: number; at: number }>();
/** Broadcast number → how many clients got it, and when the last one did. */
const broadcastArrivals = new Map<number, { count: number; last: number }>();

function connectClient(participantId: string, token: string, api: string, timeoutMs = 60_000): Promise<LiveClient> {
  const socket: Socket<ServerToClientEvents> = io(api, { auth: { token }, transports: ['websocket'], forceNew: true });
  const client: LiveClient = { participantId, token, api, socket, warm: false, lastSeq: 0 };
  socket.on('day:changed', (change: DayChangePayload) => {
    const at = now();
    for (const meetingId of change.meetingIds) dayArrivals.set(`${meetingId}|${participantId}`, { seq: change.seq, at });
    client.lastSeq = Math.max(client.lastSeq, change.seq);
  });
  socket.on('schedule:published', ({ versionId, number }) => {
    if (versionId.startsWith('warm-up')) {
      client.warm = true;
      return;
    }
    const entry = broadcastArrivals.get(number);
    if (!entry) return;
    entry.count += 1;
    entry.last = now();
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`socket of ${participantId} did not connect to ${api}`)), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      done(client);
    });
  });
}

/** Connects everyone, `parallel` handshakes at a time, client i to api i mod n. */
async function connectAll(people: Array<{ participantId: string; token: string }>, apis: Api[], parallel = 100): Promise<{ clients: LiveClient[]; seconds: number }> {
  const started = now();
  const clients: LiveClient[] = new Array(people.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < people.length) {
        const index = next++;
        clients[index] = await connectClient(people[index].participantId, people[index].token, apis[index % apis.length].url);
      }
    }),
  );
  return { clients, seconds: (now() - started) / 1000 };
}

/**
 * A socket counts as connected before the gateway has checked its token and put it in its rooms
 * (that happens in handleConnection, after the handshake): warm-up broadcasts until every client
 * got one, so the measured pushes find everyone in their rooms.
 */
async function untilAllJoined(clients: LiveClient[], emitter: Emitter<ServerToClientEvents>, eventId: string): Promise<number> {
  const started = now();
  for (let attempt = 0; attempt < 60; attempt += 1) {
    emitter.to(LiveRoom.eventParticipants(eventId)).emit('schedule:published', { eventId, versionId: `warm-up-${attempt}`, number: -1 });
    if (await waitFor(() => clients.every((client) => client.warm), 250, 5)) return (now() - started) / 1000;
  }
  throw new Error(`${clients.filter((client) => !client.warm).length} clients never joined their rooms`);
}

function closeAll(clients: LiveClient[]): void {
  for (const client of clients) client.socket.disconnect();
}

// ---------------------------------------------------------------------------------------------
// Measurements

interface Load {
  benchCpu: number;
  apiCpu: number[];
  loopP99: number;
  loopMax: number;
}

/** CPU used by this script and each api over a measured window, in % of one core; event-loop delay of this script. */
function startLoad(apis: Api[]): () => Load {
  const started = now();
  const cpu = process.cpuUsage();
  const apiCpu = apis.map((api) => api.child.cpuSeconds());
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  return () => {
    loop.disable();
    const seconds = (now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return {
      benchCpu: (100 * (used.user + used.system)) / 1e6 / seconds,
      apiCpu: apis.map((api, index) => (100 * (api.child.cpuSeconds() - apiCpu[index])) / seconds),
      loopP99: loop.percentile(99) / 1e6,
      loopMax: loop.max / 1e6,
    };
  };
}

interface ActionFigures {
  actions: number;
  failed: number;
  deliveries: number;
  missing: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  httpP50: number;
  httpP99: number;
  load: Load;
}

/**
 * A helper at the desk marks a no-show on a meeting of the current slot, `ACTION_RATE` times a second
 * (open loop: each action goes out on time whether or not the previous one was answered), through
 * the api instances in turn. Latency: request sent → `day:changed` with that change's seq at each of
 * the meeting's two participants.
 */
async function helperActions(seeded: Seeded, apis: Api[], helperToken: string, meetings: Seeded['currentMeetings']): Promise<ActionFigures> {
  const stopLoad = startLoad(apis);
  const started = now();
  const sent: Array<Promise<{ meeting: (typeof meetings)[number]; sent: number; httpMs: number; status: number; seq: number | null }>> = [];
  for (let index = 0; index < meetings.length; index += 1) {
    await sleep(Math.max(0, started + (index * 1000) / ACTION_RATE - now()));
    const meeting = meetings[index];
    const at = now();
    sent.push(
      fetch(`${apis[index % apis.length].url}/api/events/${seeded.eventId}/day/meetings/${meeting.id}/no-show`, {
        method: 'POST',
        headers: { authorization: `Bearer ${helperToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ participantId: meeting.participantIds[0] }),
      }).then(async (response) => {
        const httpMs = now() - at;
        const body = (await response.json()) as { changedSeq?: number };
        return { meeting, sent: at, httpMs, status: response.status, seq: response.status === 200 ? (body.changedSeq ?? null) : null };
      }),
    );
  }
  const results = await Promise.all(sent);
  const arrived = (result: (typeof results)[number], participantId: string) => {
    const arrival = dayArrivals.get(`${result.meeting.id}|${participantId}`);
    return arrival && arrival.seq === result.seq ? arrival : undefined;
  };
  const ok = results.filter((result) => result.seq !== null);
  await waitFor(() => ok.every((result) => result.meeting.participantIds.every((participantId) => arrived(result, participantId))), 5000, 20);
  const load = stopLoad();
  const latencies: number[] = [];
  let missing = 0;
  for (const result of ok) {
    for (const participantId of result.meeting.participantIds) {
      const arrival = arrived(result, participantId);
      if (arrival) latencies.push(arrival.at - result.sent);
      else missing += 1;
    }
  }
  latencies.sort((a, b) => a - b);
  const http = results.map((result) => result.httpMs).sort((a, b) => a - b);
  return {
    actions: results.length,
    failed: results.length - ok.length,
    deliveries: latencies.length,
    missing,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    httpP50: percentile(http, 0.5),
    httpP99: percentile(http, 0.99),
    load,
  };
}

interface BroadcastFigures {
  broadcasts: number;
  incomplete: number;
  p50: number;
  max: number;
  load: Load;
}

let broadcastNumber = 0;

/** `schedule:published` to every participant of the event through the Redis emitter, as the platform sends it; time until the last client has it. */
async function broadcasts(seeded: Seeded, apis: Api[], clients: LiveClient[], emitter: Emitter<ServerToClientEvents>): Promise<BroadcastFigures> {
  const stopLoad = startLoad(apis);
  const toLast: number[] = [];
  let incomplete = 0;
  for (let index = 0; index < BROADCASTS; index += 1) {
    const number = ++broadcastNumber;
    const entry = { count: 0, last: 0 };
    broadcastArrivals.set(number, entry);
    const sent = now();
    emitter.to(LiveRoom.eventParticipants(seeded.eventId)).emit('schedule:published', { eventId: seeded.eventId, versionId: `bench-${number}`, number });
    if (await waitFor(() => entry.count >= clients.length, 10_000, 1)) toLast.push(entry.last - sent);
    else incomplete += 1;
    await sleep(500);
  }
  const load = stopLoad();
  toLast.sort((a, b) => a - b);
  return { broadcasts: BROADCASTS, incomplete, p50: percentile(toLast, 0.5), max: toLast.at(-1) ?? Number.NaN, load };
}

interface FanOutFigures {
  instances: number;
  clients: number;
  connectSeconds: number;
  joinSeconds: number;
  actions: ActionFigures;
  broadcast: BroadcastFigures;
}

async function fanOut(seeded: Seeded, instances: number, redisUrl: string, tokens: Map<string, string>, helperToken: string, meetings: Seeded['currentMeetings']): Promise<FanOutFigures> {
  const apis = await startApis(instances, redisUrl);
  const publisher = new Redis(redisUrl);
  const emitter = new Emitter<ServerToClientEvents>(publisher, { key: liveChannelKey(QUEUE_PREFIX) });
  let clients: LiveClient[] = [];
  try {
    const people = seeded.participantIds.map((participantId) => ({ participantId, token: tokens.get(participantId)! }));
    const connected = await connectAll(people, apis);
    clients = connected.clients;
    const joinSeconds = await untilAllJoined(clients, emitter, seeded.eventId);
    console.log(`  ${instances} api instance(s): ${clients.length} clients connected in ${connected.seconds.toFixed(1)} s, all in their rooms ${joinSeconds.toFixed(1)} s later; helper actions…`);
    const actions = await helperActions(seeded, apis, helperToken, meetings);
    console.log(`  helper actions: p99 ${actions.p99.toFixed(0)} ms; broadcasts…`);
    const broadcast = await broadcasts(seeded, apis, clients, emitter);
    return { instances, clients: clients.length, connectSeconds: connected.seconds, joinSeconds, actions, broadcast };
  } finally {
    closeAll(clients);
    publisher.disconnect();
    await Promise.all(apis.map((api) => api.child.kill('SIGTERM')));
  }
}

interface RecoveryFigures {
  clients: number;
  outageSeconds: number;
  changesWhileDown: number;
  changesAccepted: number;
  changeHttpMaxMs: number;
  resynced: number;
  caughtUp: number;
  complete: number;
  lateChangePushes: number;
  toFirstResync: number;
  toLastResync: number;
  toLastCatchUp: number;
  catchUpP50: number;
  requestP50: number;
  requestMax: number;
  failedRequests: number;
}

/**
 * 500 clients on two api instances; Redis is killed (SIGKILL), the helper makes changes while it is
 * down (they must succeed: the change log is in Postgres), Redis comes back on the same port. Every
 * client must get `live:resync`, ask GET /api/me/changes?after=<its last seq> with its own token, and
 * find there exactly the changes made meanwhile that concern it.
 */
async function recovery(seeded: Seeded, redisPort: number, redis: { current: Child }, tokens: Map<string, string>, helperToken: string, meetings: Seeded['currentMeetings']): Promise<RecoveryFigures> {
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const apis = await startApis(2, redisUrl);
  const publisher = new Redis(redisUrl);
  publisher.on('error', () => undefined);
  const emitter = new Emitter<ServerToClientEvents>(publisher, { key: liveChannelKey(QUEUE_PREFIX) });
  let clients: LiveClient[] = [];
  try {
    // The participants of the chosen meetings, the two of each meeting on different instances.
    const people = meetings.flatMap((meeting) => meeting.participantIds).map((participantId) => ({ participantId, token: tokens.get(participantId)! }));
    clients = (await connectAll(people, apis)).clients;
    await untilAllJoined(clients, emitter, seeded.eventId);
    publisher.disconnect();

    const helperHeaders = { authorization: `Bearer ${helperToken}`, 'content-type': 'application/json' };
    const { lastSeq } = (await (await fetch(`${apis[0].url}/api/events/${seeded.eventId}/changes?after=0&limit=1`, { headers: helperHeaders })).json()) as { lastSeq: number };
    // What each page shows reflects everything up to lastSeq (as after loading the agenda).
    for (const client of clients) client.lastSeq = Math.max(client.lastSeq, lastSeq);

    type Progress = { resyncAt?: number; doneAt?: number; seqs?: number[]; inFlight?: boolean; requestMs?: number };
    const progress = new Map<LiveClient, Progress>();
    let failedRequests = 0;
    for (const client of clients) {
      const state: Progress = {};
      progress.set(client, state);
      client.socket.on('live:resync', () => {
        state.resyncAt ??= now();
        if (state.inFlight || state.doneAt) return;
        state.inFlight = true;
        void (async () => {
          for (let attempt = 0; attempt < 10 && !state.doneAt; attempt += 1) {
            try {
              const sent = now();
              const response = await fetch(`${client.api}/api/me/changes?after=${client.lastSeq}`, { headers: { authorization: `Bearer ${client.token}` } });
              if (!response.ok) throw new Error(`HTTP ${response.status}`);
              const page = (await response.json()) as { lastSeq: number; changes: Array<{ seq: number }> };
              state.seqs = page.changes.map((change) => change.seq);
              client.lastSeq = page.lastSeq;
              state.doneAt = now();
              state.requestMs = state.doneAt - sent;
            } catch {
              failedRequests += 1;
              await sleep(200);
            }
          }
          state.inFlight = false;
        })();
      });
    }

    const killedAt = now();
    await redis.current.kill('SIGKILL');
    // Let both apis notice the lost connection before the changes are made.
    await sleep(1000);
    const expected = new Map<string, number[]>();
    let accepted = 0;
    let changeHttpMaxMs = 0;
    const madeSeqs = new Set<number>();
    for (let index = 0; index < RECOVERY_CHANGES; index += 1) {
      const meeting = meetings[index];
      const sent = now();
      const response = await fetch(`${apis[index % apis.length].url}/api/events/${seeded.eventId}/day/meetings/${meeting.id}/no-show`, {
        method: 'POST',
        headers: helperHeaders,
        body: JSON.stringify({ participantId: meeting.participantIds[1] }),
      });
      const body = (await response.json()) as { changedSeq?: number; message?: unknown };
      changeHttpMaxMs = Math.max(changeHttpMaxMs, now() - sent);
      if (response.status !== 200 || typeof body.changedSeq !== 'number') {
        console.log(`  change while Redis is down failed: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
        continue;
      }
      accepted += 1;
      madeSeqs.add(body.changedSeq);
      for (const participantId of meeting.participantIds) expected.set(participantId, [...(expected.get(participantId) ?? []), body.changedSeq]);
    }
    const pushedBefore = countPushes(clients, madeSeqs);
    await sleep(Math.max(0, killedAt + OUTAGE_SECONDS * 1000 - now()));

    const restartedAt = now();
    redis.current = await startRedis(redisPort);
    await waitFor(() => clients.every((client) => progress.get(client)!.doneAt !== undefined), 30_000, 10);
    // Pushes of the changes made while Redis was down that arrived anyway (queued by a client library).
    const lateChangePushes = countPushes(clients, madeSeqs) - pushedBefore;

    let complete = 0;
    for (const client of clients) {
      const state = progress.get(client)!;
      const want = (expected.get(client.participantId) ?? []).sort((a, b) => a - b).join(',');
      const got = (state.seqs ?? []).filter((seq) => seq > lastSeq).sort((a, b) => a - b).join(',');
      if (state.doneAt !== undefined && want === got) complete += 1;
    }
    const states = [...progress.values()];
    const resyncs = states.filter((state) => state.resyncAt !== undefined).map((state) => state.resyncAt! - restartedAt);
    const done = states.filter((state) => state.doneAt !== undefined).map((state) => state.doneAt! - restartedAt).sort((a, b) => a - b);
    const requestMs = states.filter((state) => state.requestMs !== undefined).map((state) => state.requestMs!).sort((a, b) => a - b);
    return {
      clients: clients.length,
      outageSeconds: (restartedAt - killedAt) / 1000,
      changesWhileDown: RECOVERY_CHANGES,
      changesAccepted: accepted,
      changeHttpMaxMs,
      resynced: resyncs.length,
      caughtUp: done.length,
      complete,
      lateChangePushes,
      toFirstResync: resyncs.length > 0 ? Math.min(...resyncs) : Number.NaN,
      toLastResync: resyncs.length > 0 ? Math.max(...resyncs) : Number.NaN,
      toLastCatchUp: done.at(-1) ?? Number.NaN,
      catchUpP50: percentile(done, 0.5),
      requestP50: percentile(requestMs, 0.5),
      requestMax: requestMs.at(-1) ?? Number.NaN,
      failedRequests,
    };
  } finally {
    closeAll(clients);
    publisher.disconnect();
    await Promise.all(apis.map((api) => api.child.kill('SIGTERM')));
  }
}

/** How many (client, change) pushes of `seqs` the clients have received so far. */
function countPushes(clients: LiveClient[], seqs: Set<number>): number {
  const ids = new Set(clients.map((client) => client.participantId));
  let count = 0;
  for (const [key, arrival] of dayArrivals) if (seqs.has(arrival.seq) && ids.has(key.split('|')[1])) count += 1;
  return count;
}

// ---------------------------------------------------------------------------------------------

const ms = (value: number) => (Number.isFinite(value) ? Math.round(value) : '–');
const pct = (value: number) => (Number.isFinite(value) ? `${Math.round(value)}%` : '–');

async function main() {
  const needed = INSTANCES.length * ACTIONS + RECOVERY_CLIENTS / 2;
  if (needed > PARTICIPANTS / 2) throw new Error(`${needed} current-slot meetings needed, ${PARTICIPANTS / 2} seeded: lower BENCH_ACTIONS or BENCH_RECOVERY_CLIENTS`);
  const started = now();
  await createDatabase();
  const dataSource = await new DataSource(dataSourceOptions(DB_URL)).initialize();
  let seeded: Seeded;
  try {
    await runMigrations(dataSource);
    seeded = await seedData(dataSource);
  } finally {
    await dataSource.destroy();
  }
  console.log(`seeded ${PARTICIPANTS} participants, ${TABLES} tables, ${seeded.meetings} meetings in ${seeded.slots} slots (current and upcoming) in ${((now() - started) / 1000).toFixed(1)} s`);

  const jwt = new JwtService({ secret: SECRET });
  const tokens = new Map<string, string>();
  for (const participantId of seeded.participantIds) tokens.set(participantId, await jwt.signAsync({ sub: participantId, kind: 'participant', evt: seeded.eventId }, { expiresIn: 3600 }));
  const helperToken = await jwt.signAsync({ sub: seeded.helperId, kind: 'staff', org: seeded.organisationId }, { expiresIn: 3600 });

  const redisPort = await freePort();
  const redis = { current: await startRedis(redisPort) };
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const fanOuts: FanOutFigures[] = [];
  let meetingCursor = 0;
  for (const instances of INSTANCES) {
    const meetings = seeded.currentMeetings.slice(meetingCursor, meetingCursor + ACTIONS);
    meetingCursor += ACTIONS;
    fanOuts.push(await fanOut(seeded, instances, redisUrl, tokens, helperToken, meetings));
  }
  console.log(`  recovery: ${RECOVERY_CLIENTS} clients on 2 api instances, Redis killed…`);
  const recovered = await recovery(seeded, redisPort, redis, tokens, helperToken, seeded.currentMeetings.slice(meetingCursor, meetingCursor + RECOVERY_CLIENTS / 2));

  console.log(`\nLive fan-out, ${PARTICIPANTS} clients in one event, ${process.platform} ${cpus().length} cores (this script shares them with the api, Postgres and Redis)`);
  console.log(`\nHelper action (no-show, ${ACTIONS} at ${ACTION_RATE}/s): request sent → day:changed with its seq at both participants`);
  console.table(
    fanOuts.map((run) => ({
      'api instances': run.instances,
      actions: run.actions.actions,
      'HTTP failed': run.actions.failed,
      delivered: run.actions.deliveries,
      missing: run.actions.missing,
      'p50 ms': ms(run.actions.p50),
      'p95 ms': ms(run.actions.p95),
      'p99 ms': ms(run.actions.p99),
      'max ms': ms(run.actions.max),
      'HTTP p50 ms': ms(run.actions.httpP50),
      'HTTP p99 ms': ms(run.actions.httpP99),
    })),
  );
  console.log(`\nBroadcast (schedule:published to the event's participants room via the Redis emitter, ${BROADCASTS}×): emit → last of ${PARTICIPANTS} clients has it`);
  console.table(
    fanOuts.map((run) => ({
      'api instances': run.instances,
      broadcasts: run.broadcast.broadcasts,
      incomplete: run.broadcast.incomplete,
      'to last client p50 ms': ms(run.broadcast.p50),
      'to last client max ms': ms(run.broadcast.max),
    })),
  );
  console.log('\nConnecting, and load while measuring (CPU in % of one core; the script is the load generator and all clients)');
  console.table(
    fanOuts.flatMap((run) => [
      {
        'api instances': run.instances,
        phase: 'connect',
        clients: run.clients,
        'all connected s': Number(run.connectSeconds.toFixed(1)),
        'all in rooms +s': Number(run.joinSeconds.toFixed(2)),
      },
      ...(['actions', 'broadcast'] as const).map((phase) => ({
        'api instances': run.instances,
        phase,
        'script CPU': pct(run[phase].load.benchCpu),
        'api CPU': run[phase].load.apiCpu.map(pct).join(' + '),
        'script loop delay p99/max ms': `${ms(run[phase].load.loopP99)}/${ms(run[phase].load.loopMax)}`,
      })),
    ]),
  );
  console.log('\nRecovery (2 api instances, redis-server SIGKILLed and restarted on the same port): times from the restart');
  console.table([
    {
      clients: recovered.clients,
      'outage s': Number(recovered.outageSeconds.toFixed(1)),
      'changes while down (HTTP 200)': `${recovered.changesAccepted}/${recovered.changesWhileDown}`,
      'their HTTP max ms': ms(recovered.changeHttpMaxMs),
      'got live:resync': recovered.resynced,
      'caught up': recovered.caughtUp,
      'complete (exactly their changes)': `${recovered.complete}/${recovered.clients}`,
      'late pushes of missed changes': recovered.lateChangePushes,
      'first/last resync ms': `${ms(recovered.toFirstResync)}/${ms(recovered.toLastResync)}`,
      'catch-up done p50 ms': ms(recovered.catchUpP50),
      'last catch-up done ms': ms(recovered.toLastCatchUp),
      'catch-up GET p50/max ms': `${ms(recovered.requestP50)}/${ms(recovered.requestMax)}`,
      'failed GETs (retried)': recovered.failedRequests,
    },
  ]);
  await redis.current.kill('SIGTERM');
  const lost = recovered.complete !== recovered.clients || recovered.changesAccepted !== recovered.changesWhileDown;
  if (lost) console.error('\nRECOVERY LOST SOMETHING: not every client caught up on exactly its changes, or a change failed while Redis was down');
  return lost ? 1 : 0;
}

async function cleanUp(): Promise<void> {
  await Promise.all([...children].map((child) => child.kill('SIGKILL', 2000)));
  await dropDatabase().catch((error: unknown) => console.error('could not drop the scratch database:', error));
}

process.on('SIGINT', () => {
  for (const child of children) child.killNow();
  process.exit(130);
});

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });
