/**
 * `npm run bench`: the gateway's hot path against its physical floors, in one run on one machine.
 *
 *   npm run bench                 full run (20 s per phase, 100,000 incidents seeded; a few minutes)
 *   npm run bench -- --quick      under two minutes (6 s per phase, 10,000 incidents seeded)
 *   options: --reporters N (50) --duration S --warmup S --seed N (0 skips the seeded phase) --no-pg
 *            --floor-ms MS (storage floor, per figure) --out FILE (bench/results/latest.json)
 *            --only PHASE (phases whose names start with it) --profile DIR (CPU profiles of the gateway)
 *            --keep (keep the databases and logs) --seed-from FILE (copy a kept seeded database instead of
 *            seeding: `--only sqlite-seeded --seed-from FILE` measures a large database in a minute)
 *
 * Phases, each on a fresh database and a gateway started as `npm start` starts it (node scripts/start.mjs):
 *   storage floor    raw durable SQLite commits (bench/storage-floor.ts)
 *   http floor       a bare Express handler in its own process answering the same signed requests
 *   sqlite           N reporters through complete conversations over signed Twilio webhooks
 *   sqlite-seeded    the same after `--seed` incidents were stored (peak RSS with a realistic database)
 *   postgres-1/-2    one and two gateway processes on a fresh PostgreSQL database (if 127.0.0.1:5432 answers)
 * The load comes from bench/load.ts in its own process; the dispatch webhook receiver runs here.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as prettier from 'prettier';
import type { LoadOptions, LoadResult } from './load.js';
import { percentile } from './load.js';
import { seedIncidents, type SeedResult } from './seed.js';
import { measureStorageFloor, type StorageFloor } from './storage-floor.js';

const root = path.resolve(import.meta.dirname, '..');
const AUTH_TOKEN = 'bench-twilio-auth-token';
const METRICS_TOKEN = 'bench-metrics-token';
const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reporters: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    seed: { type: 'string' },
    'no-pg': { type: 'boolean', default: false },
    'floor-ms': { type: 'string' },
    out: { type: 'string' },
    profile: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'seed-from': { type: 'string' },
  },
});

const settings = {
  quick: args.quick,
  reporters: Number(args.reporters ?? 50),
  durationMs: Number(args.duration ?? (args.quick ? 6 : 20)) * 1000,
  warmupMs: Number(args.warmup ?? (args.quick ? 2 : 3)) * 1000,
  seed: Number(args.seed ?? (args.quick ? 10_000 : 100_000)),
  postgres: !args['no-pg'],
  floorMs: Number(args['floor-ms'] ?? (args.quick ? 1500 : 3000)),
  out: path.resolve(args.out ?? path.join(root, 'bench/results/latest.json')),
  /** Writes a CPU profile of every gateway process into this folder (node --cpu-prof). */
  profileDir: args.profile ? path.resolve(args.profile) : null,
  /** Runs only the phases whose names start with this (floors are always measured). */
  only: args.only ?? null,
  /** A database file seeded before (a kept run's seeded/intake.db): copied instead of seeding again. */
  seedFrom: args['seed-from'] ? path.resolve(args['seed-from']) : null,
};
const wanted = (phase: string) => settings.only === null || phase.startsWith(settings.only);

const round = (v: number, digits = 1) => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : null);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

// --- helpers -------------------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child && child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** CPU ms of the main thread (the event loop) alone: /proc/<pid>/task/<pid>/stat. */
function mainThreadCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function stopProcess(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function runLoad(opts: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/load.ts')], {
      cwd: root,
      env: { ...process.env, BENCH_LOAD: JSON.stringify(opts) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadResult);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  });
}

// --- the dispatch webhook receiver ---------------------------------------------------------------------

interface Receipt {
  at: number;
  event: string;
  revision: number;
  /** The last inbound text in the delivered transcript: the message that triggered this revision. */
  lastIn: string | null;
  /** When the gateway decided this revision (the incident's updatedAt in the delivery), epoch ms. */
  decidedAt: number;
}

class Receiver {
  readonly first = new Map<string, Receipt>();
  deliveries = 0;
  lastAt = 0;
  private server: http.Server | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const at = performance.timeOrigin + performance.now();
        this.deliveries++;
        this.lastAt = at;
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            event: string;
            revision: number;
            incident: { sender: string; updatedAt: string; transcript?: { direction: string; text: string }[] };
          };
          const sender = body.incident.sender;
          if (!this.first.has(sender)) {
            const ins = (body.incident.transcript ?? []).filter((t) => t.direction === 'in');
            this.first.set(sender, {
              at,
              event: body.event,
              revision: body.revision,
              lastIn: ins[ins.length - 1]?.text ?? null,
              decidedAt: Date.parse(body.incident.updatedAt),
            });
          }
        } catch {
          // counted; an unreadable body shows up as a missing first delivery
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  reset(): void {
    this.first.clear();
    this.deliveries = 0;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }
}

// --- gateways --------------------------------------------------------------------------------------------

/**
 * The environment `npm start` sets before node (package.json: `NAME=value ... node scripts/start.mjs`), so the
 * bench starts the gateway as `npm start` does: MALLOC_ARENA_MAX=2 keeps glibc to two malloc arenas where the
 * gateway's threads would otherwise each take one (about 20 MB of peak RSS under the bench).
 */
function startScriptEnv(): Record<string, string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const m = /^((?:[A-Z_][A-Z0-9_]*=\S+\s+)*)node scripts\/start\.mjs$/.exec(pkg.scripts.start.trim());
  if (m === null) throw new Error(`npm start is not "[NAME=value ...] node scripts/start.mjs": ${pkg.scripts.start}`);
  return Object.fromEntries(
    (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
}

interface GatewayProcess {
  child: ChildProcess;
  url: string;
  logFile: string;
}

async function startGateway(
  databaseUrl: string,
  dir: string,
  receiver: Receiver,
  name: string,
): Promise<GatewayProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, `${name}.log`);
  const out = fs.openSync(logFile, 'a');
  const env: Record<string, string> = {
    ...startScriptEnv(),
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: url,
    DATABASE_URL: databaseUrl,
    TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM: '+12025550143',
    DISPATCH_WEBHOOK_URL: `http://127.0.0.1:${receiver.port}/dispatch`,
    DISPATCH_WEBHOOK_SECRET: 'bench-webhook-secret',
    METRICS_TOKEN,
    // Limits raised so the bench is not refused; timers pushed out so nothing is sent to Twilio's API.
    NEW_REPORTS_PER_IP_PER_10MIN: '1000000',
    NEW_REPORTS_PER_SENDER_PER_HOUR: '1000000',
    MESSAGES_PER_SENDER_PER_MIN: '1000000',
    NUDGE_AFTER_S: '3600',
    ESCALATE_AFTER_S: '7200',
    INACTIVE_AFTER_MIN: '10080',
    LOG_LEVEL: 'info',
    // A preload for tracing the gateway (for example a timer around every SQL statement), never in a real run.
    ...(process.env.BENCH_GATEWAY_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_GATEWAY_NODE_OPTIONS } : {}),
  };
  const profile = settings.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(root, 'scripts/start.mjs')], {
    cwd: dir,
    env,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  await waitFor(`${url}/readyz`, 60_000, child);
  return { child, url, logFile };
}

async function metricsOf(
  url: string,
): Promise<{ commits: number; jobs: number; statements: number; roundTrips: number } | null> {
  try {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await res.text();
    const num = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    return {
      commits: num('intake_group_commits'),
      jobs: num('intake_group_commit_jobs'),
      statements: num('intake_sql_statements'),
      roundTrips: num('intake_sql_round_trips'),
    };
  } catch {
    return null;
  }
}

interface PhaseResult {
  name: string;
  database: 'sqlite' | 'postgres';
  processes: number;
  reporters: number;
  seededIncidents: number;
  messagesPerSecond: number;
  latencyMs: LoadResult['latencyMs'];
  errors: number;
  errorSamples: string[];
  conversations: { started: number; completed: number; incomplete: number; p1: number };
  dispatch: {
    p1Reports: number;
    delivered: number;
    missing: number;
    earlyDispatch: number;
    triggerMismatch: number;
    /** P1 reports whose first delivery was triggered by another message than the script's type-and-place one. */
    mismatchSamples: string[];
    e2eMs: { p50: number | null; p99: number | null; max: number | null };
    /** Of which: from the decision's commit (the revision's updatedAt) to the receipt. */
    decisionToReceiptMs: { p50: number | null; p99: number | null };
    /** Webhook requests the receiver got in the phase (every revision sent, retries included), per message. */
    webhookRequests: number;
    webhookRequestsPerMessage: number | null;
  };
  peakRssMb: number | null;
  idleRssMb: number | null;
  /** CPU time (user + system, all threads) the gateway process(es) spent per message answered. */
  gatewayCpuMsPerMessage: number | null;
  /** Of which on the main thread (HTTP, storage, dispatch); the rest is the flow worker, GC and I/O threads. */
  mainThreadCpuMsPerMessage: number | null;
  /** SQL statements per message answered (every statement of every process, including the workers'). */
  statementsPerMessage: number | null;
  /** PostgreSQL only: round trips to the server per message (statements can share one). */
  roundTripsPerMessage: number | null;
  /** SQLite only: write jobs per group commit, and group commits per message. */
  groupCommit: { jobsPerCommit: number | null; commitsPerMessage: number | null } | null;
  seedMs?: number;
  seedRows?: number;
}

async function gatewayPhase(opts: {
  name: string;
  database: 'sqlite' | 'postgres';
  databaseUrl: string;
  dir: string;
  processes: number;
  receiver: Receiver;
  numberPrefix: number;
  seeded?: number;
}): Promise<PhaseResult> {
  log(`${opts.name}: starting ${opts.processes} gateway process(es)`);
  opts.receiver.reset();
  const gateways = await Promise.all(
    Array.from({ length: opts.processes }, (_, i) =>
      startGateway(opts.databaseUrl, opts.dir, opts.receiver, `${opts.name}-${i}`),
    ),
  );
  const idleRss = gateways.map((g) => procStatus(g.child.pid!, 'VmRSS') ?? 0).reduce((a, b) => Math.max(a, b), 0);
  const cpuBefore = gateways.map((g) => cpuMs(g.child.pid!) ?? 0);
  const mainBefore = gateways.map((g) => mainThreadCpuMs(g.child.pid!) ?? 0);
  const peak = new Map<number, number>();
  const sampler = setInterval(() => {
    for (const g of gateways) {
      const v = procStatus(g.child.pid!, 'VmRSS');
      if (v !== null) peak.set(g.child.pid!, Math.max(peak.get(g.child.pid!) ?? 0, v));
    }
  }, 100);
  let load: LoadResult;
  try {
    log(
      `${opts.name}: ${settings.reporters} reporters for ${settings.durationMs / 1000} s (+${settings.warmupMs / 1000} s warm-up)`,
    );
    load = await runLoad({
      mode: 'conversation',
      targets: gateways.map((g) => g.url),
      authToken: AUTH_TOKEN,
      reporters: settings.reporters,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
      numberPrefix: opts.numberPrefix,
    });
    // Let the last deliveries arrive: every P1 conversation's first delivery, or 5 s without a new one.
    const p1Senders = load.conversations.filter((c) => c.p1 && c.typeAndPlaceSentAt !== null).map((c) => c.sender);
    const settleEnd = Date.now() + 10_000;
    while (Date.now() < settleEnd && p1Senders.some((s) => !opts.receiver.first.has(s))) {
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    clearInterval(sampler);
  }
  const cpuUsed = gateways.map((g, i) => (cpuMs(g.child.pid!) ?? NaN) - cpuBefore[i]!).reduce((a, b) => a + b, 0);
  const mainUsed = gateways
    .map((g, i) => (mainThreadCpuMs(g.child.pid!) ?? NaN) - mainBefore[i]!)
    .reduce((a, b) => a + b, 0);
  const perProcess = await Promise.all(gateways.map((g) => metricsOf(g.url)));
  const statements = perProcess.reduce((a, m) => a + (m?.statements ?? NaN), 0);
  const metrics = opts.database === 'sqlite' ? perProcess[0] : null;
  let peakRss = 0;
  for (const g of gateways) {
    const hwm = procStatus(g.child.pid!, 'VmHWM');
    peakRss = Math.max(peakRss, hwm ?? 0, peak.get(g.child.pid!) ?? 0);
  }
  await Promise.all(gateways.map((g) => stopProcess(g.child)));

  const convs = load.conversations;
  const p1 = convs.filter((c) => c.p1 && c.typeAndPlaceSentAt !== null);
  const e2e: number[] = [];
  const afterDecision: number[] = [];
  let missing = 0;
  let early = 0;
  let mismatch = 0;
  const mismatchSamples: string[] = [];
  for (const c of p1) {
    const r = opts.receiver.first.get(c.sender);
    if (!r) {
      missing++;
      continue;
    }
    if (r.event === 'early_dispatch') early++;
    if (r.lastIn !== c.typeAndPlaceText) {
      mismatch++;
      if (mismatchSamples.length < 5) mismatchSamples.push(`${c.script}: dispatched after "${r.lastIn}"`);
    }
    e2e.push(r.at - c.typeAndPlaceSentAt!);
    afterDecision.push(r.at - r.decidedAt);
  }
  e2e.sort((a, b) => a - b);
  afterDecision.sort((a, b) => a - b);
  const messages = load.totalMessages;
  return {
    name: opts.name,
    database: opts.database,
    processes: opts.processes,
    reporters: settings.reporters,
    seededIncidents: opts.seeded ?? 0,
    messagesPerSecond: load.messagesPerSecond,
    latencyMs: load.latencyMs,
    errors: load.errors,
    errorSamples: load.errorSamples,
    conversations: {
      started: convs.length,
      completed: convs.filter((c) => c.completed).length,
      incomplete: convs.filter((c) => !c.completed).length,
      p1: p1.length,
    },
    dispatch: {
      p1Reports: p1.length,
      delivered: p1.length - missing,
      missing,
      earlyDispatch: early,
      triggerMismatch: mismatch,
      mismatchSamples,
      e2eMs: {
        p50: round(percentile(e2e, 50), 2),
        p99: round(percentile(e2e, 99), 2),
        max: round(e2e[e2e.length - 1] ?? NaN, 2),
      },
      decisionToReceiptMs: {
        p50: round(percentile(afterDecision, 50), 1),
        p99: round(percentile(afterDecision, 99), 1),
      },
      webhookRequests: opts.receiver.deliveries,
      webhookRequestsPerMessage: round(opts.receiver.deliveries / Math.max(1, messages), 2),
    },
    peakRssMb: round(peakRss, 0),
    idleRssMb: round(idleRss, 0),
    gatewayCpuMsPerMessage: round(cpuUsed / Math.max(1, messages), 2),
    mainThreadCpuMsPerMessage: round(mainUsed / Math.max(1, messages), 2),
    statementsPerMessage: round(statements / Math.max(1, messages), 1),
    roundTripsPerMessage:
      opts.database === 'postgres'
        ? round(perProcess.reduce((a, m) => a + (m?.roundTrips ?? NaN), 0) / Math.max(1, messages), 1)
        : null,
    groupCommit: metrics
      ? {
          jobsPerCommit: round(metrics.jobs / metrics.commits, 1),
          commitsPerMessage: round(metrics.commits / Math.max(1, messages), 2),
        }
      : null,
  };
}

async function httpFloor(): Promise<LoadResult> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'bench/floor-server.mjs')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  try {
    return await runLoad({
      mode: 'floor',
      targets: [`http://127.0.0.1:${port}`],
      authToken: AUTH_TOKEN,
      reporters: settings.reporters,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
      numberPrefix: 9,
    });
  } finally {
    await stopProcess(child);
  }
}

let pgSynchronousCommit: string | null = null;

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const r = await client.query<{ s: string }>("SELECT current_setting('synchronous_commit') AS s");
    pgSynchronousCommit = r.rows[0]?.s ?? null;
    if (pgSynchronousCommit !== 'on') log(`PostgreSQL synchronous_commit is ${pgSynchronousCommit}: not durable`);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function pgAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function pgUrl(name: string): string {
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  return u.toString();
}

function machine() {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    if (dirty) commit += '+dirty';
  } catch {
    // not a git checkout
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((v) => round(v, 2)),
    date: new Date().toISOString(),
    commit,
  };
}

// --- main ------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'intake-bench-'));
  const receiver = new Receiver();
  await receiver.start();
  const phases: PhaseResult[] = [];
  let storage: StorageFloor | null = null;
  let floor: LoadResult | null = null;
  const notes: string[] = [];
  try {
    log('building the gateway bundle (as npm start does)');
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `await (await import('./scripts/start.mjs')).build()`],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );

    log(`storage floor: ${settings.floorMs} ms of single commits, ${settings.floorMs} ms of batches`);
    storage = measureStorageFloor(tmp, settings.floorMs);

    log('http floor: bare Express handler');
    floor = await httpFloor();

    const sqliteDir = path.join(tmp, 'sqlite');
    fs.mkdirSync(sqliteDir);
    if (wanted('sqlite'))
      phases.push(
        await gatewayPhase({
          name: 'sqlite',
          database: 'sqlite',
          databaseUrl: `file:${path.join(sqliteDir, 'intake.db')}`,
          dir: sqliteDir,
          processes: 1,
          receiver,
          numberPrefix: 1,
        }),
      );

    const seedSource = settings.seedFrom ?? path.join(sqliteDir, 'intake.db');
    if (settings.seed > 0 && wanted('sqlite-seeded') && fs.existsSync(seedSource)) {
      // The incidents to copy come from the sqlite phase's own database (complete, real conversations), or
      // a database seeded by an earlier run (--seed-from).
      const seededDir = path.join(tmp, 'seeded');
      fs.mkdirSync(seededDir);
      const file = path.join(seededDir, 'intake.db');
      fs.copyFileSync(seedSource, file);
      let seeded: SeedResult;
      if (settings.seedFrom) {
        const db = new Database(file, { readonly: true });
        const count = db.prepare('SELECT count(*) AS n FROM "Incident"').get() as { n: number };
        db.close();
        seeded = { incidents: count.n, rows: 0, ms: 0 };
        log(`copied ${settings.seedFrom}: ${count.n} incidents stored`);
      } else {
        log(`seeding ${settings.seed} incidents`);
        seeded = seedIncidents(file, settings.seed);
        log(`seeded ${seeded.incidents} incidents (${seeded.rows} rows) in ${seeded.ms} ms`);
      }
      const phase = await gatewayPhase({
        name: 'sqlite-seeded',
        database: 'sqlite',
        databaseUrl: `file:${file}`,
        dir: seededDir,
        processes: 1,
        receiver,
        // A kept database may hold the numbers of the run that kept it (prefix 2): other numbers then.
        numberPrefix: settings.seedFrom ? 6 : 2,
        seeded: seeded.incidents,
      });
      phase.seedMs = seeded.ms;
      phase.seedRows = seeded.rows;
      phases.push(phase);
      if (seeded.incidents < 100_000)
        notes.push(`seeded ${seeded.incidents} incidents, not 100,000 (--quick): the RSS target is not judged`);
    } else {
      notes.push('seeded phase skipped (--seed 0, or --only without the sqlite phase it copies from)');
    }

    if (settings.postgres && (wanted('postgres-1') || wanted('postgres-2')) && (await postgresReachable())) {
      for (const processes of [1, 2]) {
        if (!wanted(`postgres-${processes}`)) continue;
        const name = `bench_${process.pid}_${processes}`;
        await pgAdmin(`DROP DATABASE IF EXISTS "${name}"`);
        await pgAdmin(`CREATE DATABASE "${name}"`);
        const dir = path.join(tmp, `pg${processes}`);
        fs.mkdirSync(dir);
        try {
          phases.push(
            await gatewayPhase({
              name: `postgres-${processes}`,
              database: 'postgres',
              databaseUrl: pgUrl(name),
              dir,
              processes,
              receiver,
              numberPrefix: 2 + processes,
            }),
          );
        } finally {
          await pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
        }
      }
    } else {
      notes.push(
        settings.postgres
          ? 'PostgreSQL not reachable at 127.0.0.1:5432: its phases skipped'
          : 'PostgreSQL phases skipped (--no-pg)',
      );
    }
  } finally {
    await receiver.stop();
  }

  const floorRate = floor?.messagesPerSecond ?? NaN;
  const sqlite = phases.find((p) => p.name === 'sqlite');
  const seeded = phases.find((p) => p.name === 'sqlite-seeded');
  const pg1 = phases.find((p) => p.name === 'postgres-1');
  const ratio = (p: PhaseResult | undefined) => (p ? round(p.messagesPerSecond / floorRate, 3) : null);
  const target = (name: string, value: number | null, limit: number, op: '>=' | '<=', judged = true) => ({
    name,
    value,
    target: `${op} ${limit}`,
    pass: value === null || !judged ? null : op === '>=' ? value >= limit : value <= limit,
  });
  const targets = [
    target('sqlite messages/s ÷ http floor', ratio(sqlite), 0.5, '>='),
    target('sqlite p99 ms', sqlite?.latencyMs.p99 ?? null, 50, '<='),
    target('sqlite dispatch e2e p99 ms', sqlite?.dispatch.e2eMs.p99 ?? null, 250, '<='),
    target(
      `peak RSS MB with ${seeded?.seededIncidents ?? 0} incidents stored`,
      seeded?.peakRssMb ?? null,
      250,
      '<=',
      (seeded?.seededIncidents ?? 0) >= 100_000,
    ),
    target('postgres (1 process) messages/s ÷ http floor', ratio(pg1), 0.3, '>='),
  ];

  const result = {
    machine: machine(),
    command: `npm run bench${settings.quick ? ' -- --quick' : ''}`,
    settings: { ...settings, out: path.relative(root, settings.out) },
    durability: {
      sqlite: 'WAL, synchronous=FULL, acknowledged after commit',
      postgres: `synchronous_commit=${pgSynchronousCommit ?? 'not measured'}`,
    },
    floors: {
      http: floor && { messagesPerSecond: floor.messagesPerSecond, latencyMs: floor.latencyMs, errors: floor.errors },
      storage,
    },
    phases: phases.map((p) => ({
      ...p,
      ratioToHttpFloor: ratio(p),
      ratioToStorageCommits: storage ? round(p.messagesPerSecond / storage.commitsPerSecond, 3) : null,
    })),
    targets,
    notes,
    elapsedS: Math.round((Date.now() - started) / 1000),
  };
  fs.mkdirSync(path.dirname(settings.out), { recursive: true });
  // Formatted as the repository's prettier formats it, so a committed result passes `npm run format:check`.
  const options = (await prettier.resolveConfig(settings.out)) ?? {};
  fs.writeFileSync(settings.out, await prettier.format(JSON.stringify(result), { ...options, parser: 'json' }));
  if (args.keep) log(`kept the databases and logs in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  printTable(result);
}

function printTable(r: {
  machine: ReturnType<typeof machine>;
  floors: {
    http: { messagesPerSecond: number; latencyMs: LoadResult['latencyMs'] } | null;
    storage: StorageFloor | null;
  };
  phases: (PhaseResult & { ratioToHttpFloor: number | null })[];
  targets: { name: string; value: number | null; target: string; pass: boolean | null }[];
  notes: string[];
  elapsedS: number;
}): void {
  const out: string[] = [];
  out.push(
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, node ${r.machine.node}, commit ${r.machine.commit.slice(0, 12)}`,
  );
  const s = r.floors.storage;
  if (s)
    out.push(
      `storage floor: ${s.commitsPerSecond} durable commits/s (1 row each); ${s.batchedRowsPerSecond} rows/s in batches of ${s.batchSize}`,
    );
  const h = r.floors.http;
  if (h) out.push(`http floor:    ${h.messagesPerSecond} msg/s, p50 ${h.latencyMs.p50} ms, p99 ${h.latencyMs.p99} ms`);
  out.push(
    `load average at the end: ${os
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')} (other work on the machine skews every figure)`,
  );
  out.push('');
  out.push(
    '| phase | msg/s | ÷ floor | p50 ms | p95 ms | p99 ms | dispatch p50 / p99 ms | conversations done | peak RSS MB | CPU ms/msg | SQL/msg | webhook/msg |',
  );
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const p of r.phases) {
    out.push(
      `| ${p.name}${p.seededIncidents ? ` (${p.seededIncidents} stored)` : ''} | ${p.messagesPerSecond} | ${p.ratioToHttpFloor} | ${p.latencyMs.p50} | ${p.latencyMs.p95} | ${p.latencyMs.p99} | ${p.dispatch.e2eMs.p50} / ${p.dispatch.e2eMs.p99} | ${p.conversations.completed}/${p.conversations.started} | ${p.peakRssMb} | ${p.gatewayCpuMsPerMessage} | ${p.statementsPerMessage}${p.roundTripsPerMessage !== null ? ` (${p.roundTripsPerMessage} round trips)` : ''} | ${p.dispatch.webhookRequestsPerMessage} |`,
    );
  }
  out.push('');
  for (const t of r.targets) {
    out.push(
      `${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value ?? '-'} (target ${t.target})`,
    );
  }
  for (const n of r.notes) out.push(`note: ${n}`);
  out.push(`(${r.elapsedS} s; JSON in ${path.relative(process.cwd(), settings.out)})`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
