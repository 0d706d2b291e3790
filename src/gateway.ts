/**
 * Assembles the gateway from a configuration: database, store, intake, channels, HTTP app, timers.
 * main.ts runs it; tests build it on a temporary SQLite file with a fixed clock.
 *
 * The HTTP server always comes up, even when the database cannot be opened (then `/readyz` is false, every
 * route that would store something answers 503 with "call 110", and the database is retried until it opens).
 * Messages a crash left unprocessed are processed after the server listens, in the background, each with the
 * flow's time budget: a poison message cannot keep the gateway from answering.
 */
import http from 'node:http';
import type { Logger } from 'pino';
import { channels as allChannels } from './channels/registry.js';
import type { ChannelAdapter, ChannelContext } from './channels/types.js';
import type { Config } from './config.js';
import { StorageUnavailable } from './core/errors.js';
import { normalizePhone } from './core/extract/index.js';
import { defaultFlow } from './core/flow/definition.js';
import { Intake } from './core/intake.js';
import type { Admission, Clock, IdSource, StepRunner } from './core/ports.js';
import { createApp } from './http/app.js';
import { EventBus } from './http/event-bus.js';
import { createMetrics } from './http/metrics.js';
import { randomIds, timeOrderedId } from './ids.js';
import { DEFAULT_BUCKET, TokenBucketAdmission } from './runtime/admission.js';
import { sharedWorkerRunner, type WorkerStepRunner } from './runtime/worker-runner.js';
import { openDatabase, type Database } from './store/database.js';
import { EVENTS_CHANNEL, SqlIntakeStore, type ChangeNote } from './store/intake-store.js';
import { InProcessSerializer } from './store/keyed-serializer.js';
import { SqlOutboundStore } from './store/outbound-store.js';
import { SqlReplayGuard } from './store/replay-guard.js';
import { SqlReporterStore } from './store/reporter-store.js';
import { SqlReportReader } from './store/report-reader.js';
import { OutboundWorker } from './channels/outbound-worker.js';
import { DeliveryService } from './delivery/service.js';
import { OutboxWorker, type OutboxWorkerOptions } from './dispatch/outbox-worker.js';
import { dispatchTargets, type TargetOptions } from './dispatch/targets.js';
import { SqlOutboxStore } from './store/outbox-store.js';
import { consoleRouter } from './console/router.js';
import { consoleHooks } from './store/cluster-store.js';
import { SqlConsoleStore } from './store/console-store.js';

export interface GatewayOptions {
  log: Logger;
  clock?: Clock;
  ids?: IdSource;
  channels?: readonly ChannelAdapter[];
  /** How often due flow timers are looked for (ms); 0 turns the timer loop off (tests drive it). */
  timerIntervalMs?: number;
  /** Dispatch hand-off tuning (tests shorten timeouts, fix the jitter or inject fetch). */
  dispatch?: Omit<TargetOptions, 'now'> &
    Pick<OutboxWorkerOptions, 'concurrency' | 'leaseMs' | 'alertAfterMs' | 'maxBackoffMs' | 'random'>;
  /** Runs the question flow with a time budget; default: the process's shared worker thread. */
  stepRunner?: StepRunner;
  /** Per-sender message rate inside open reports; default: a token bucket per sender. */
  admission?: Admission;
  /** How long to wait between attempts to open a database that could not be opened (ms). */
  databaseRetryMs?: number;
}

/** A stand-in for a store while the database is not open: every call fails as "unavailable" (503, call 110). */
function unavailable<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, prop) {
      if (prop === 'then' || typeof prop === 'symbol') return undefined;
      return () => Promise.reject(new StorageUnavailable(new Error(`${what}: the database is not open`)));
    },
  });
}

export async function createGateway(config: Readonly<Config>, options: GatewayOptions) {
  const { log } = options;
  const clock = options.clock ?? { now: () => new Date() };
  const channels = options.channels ?? allChannels;
  // Reporter, cluster and user ids: time-ordered, as incident ids (src/ids.ts), for the indexes keyed by them.
  const newId = () => timeOrderedId();
  const bus = new EventBus();
  const metrics = createMetrics();
  const runner = options.stepRunner ?? sharedWorkerRunner(defaultFlow);
  // Ready for traffic once the flow worker has loaded (a second or two after start): requests before that are
  // still answered (the flow runs on the main thread meanwhile), but a load balancer waits for the worker.
  let flowLoaded = !('whenReady' in runner);
  if (!flowLoaded)
    void (runner as WorkerStepRunner).whenReady().then(() => {
      flowLoaded = true;
    });
  const unsubscribeRunner =
    'subscribe' in runner
      ? (runner as WorkerStepRunner).subscribe((e) =>
          e.kind === 'restart' ? log.warn(e.detail) : log.error({ event: e.kind }, e.detail),
        )
      : () => undefined;
  const admission =
    options.admission ??
    new TokenBucketAdmission({ ...DEFAULT_BUCKET, perMinute: config.limits.messagesPerSenderPerMin });

  // Filled once the database is open; until then the context's stores answer "unavailable".
  const ctx: ChannelContext = {
    config,
    intake: unavailable('intake'),
    reports: unavailable('reports'),
    outbound: unavailable('outbound'),
    reporters: unavailable('reporters'),
    replay: unavailable('replay'),
    deliverSoon: () => services?.outboundWorker.kick(),
    delivery: null as unknown as DeliveryService,
    log,
    clock: () => clock.now(),
    newId,
  };
  ctx.delivery = new DeliveryService(ctx);

  const dispatchSetup = (() => {
    const { fetch: dispatchFetch, webhookTimeoutMs, smtpTimeoutMs } = options.dispatch ?? {};
    // Signatures carry the wall-clock time (the receiver checks freshness against its own clock).
    return dispatchTargets(config, {
      ...(dispatchFetch ? { fetch: dispatchFetch } : {}),
      ...(webhookTimeoutMs !== undefined ? { webhookTimeoutMs } : {}),
      ...(smtpTimeoutMs !== undefined ? { smtpTimeoutMs } : {}),
      now: () => new Date(),
    });
  })();

  function buildServices(db: Database) {
    const store = new SqlIntakeStore(db.sql, defaultFlow, newId);
    const consoleStore = new SqlConsoleStore(db.sql, newId);
    store.hooks = consoleHooks(newId);
    const reports = new SqlReportReader(db.sql.read, defaultFlow);
    const intake = new Intake({
      store,
      serializer: new InProcessSerializer(),
      runner,
      clock,
      ids: options.ids ?? randomIds,
      flow: defaultFlow,
      settings: { ...config.timers, agencyName: config.agencyName },
      defaultLanguage: config.defaultLanguage,
      events: bus,
      phoneChannels: channels.filter((c) => c.capabilities.address === 'phone').map((c) => c.id),
      normalizePhone: (raw) => normalizePhone(raw),
      admission,
      takenOver: (incidentId) => consoleStore.isTakenOver(incidentId),
      limits: { newIncidentsPerSender: config.limits.newReportsPerSenderPerHour, newIncidentWindowMin: 60 },
      onIncidentProblem: (p) => {
        metrics.intakeProblems.inc({ kind: p.kind });
        if (p.kind === 'throttled') log.debug({ incidentId: p.incidentId }, p.reason);
        else log.warn({ incidentId: p.incidentId, problem: p.kind }, p.reason);
      },
    });
    const outbound = new SqlOutboundStore(db.sql);
    const replay = new SqlReplayGuard(db.sql);
    const outboundWorker = new OutboundWorker({
      store: outbound,
      channels,
      clock: () => clock.now(),
      log,
      delivery: ctx.delivery,
    });
    const reporters = new SqlReporterStore(db.sql, newId);
    const { fetch: _f, webhookTimeoutMs: _w, smtpTimeoutMs: _s, ...workerTuning } = options.dispatch ?? {};
    const outbox = new SqlOutboxStore(db.sql, defaultFlow);
    const dispatchWorker = new OutboxWorker({
      // A delivery holds its slot from its claim's commit to its outcome's commit (two group commits under
      // load): 64 slots keep a surge's urgent deliveries from queueing behind each other (bench: 16 slots
      // capped dispatch at ~40 deliveries/s).
      concurrency: 64,
      store: outbox,
      targets: dispatchSetup.targets,
      clock: () => clock.now(),
      log,
      agencyId: config.agencyId,
      agencyName: config.agencyName,
      redact: dispatchSetup.redact,
      metrics,
      ...workerTuning,
    });
    return {
      db,
      store,
      reports,
      intake,
      outbound,
      outboundWorker,
      reporters,
      replay,
      outbox,
      dispatchWorker,
      console: consoleStore,
    };
  }

  type Services = ReturnType<typeof buildServices>;
  let services: Services | null = null;
  let stopListening: () => void = () => undefined;

  async function install(db: Database): Promise<Services> {
    const s = buildServices(db);
    // Changes committed by other gateway processes (PostgreSQL NOTIFY) reach this process's subscribers and
    // workers too; this process's own are published by the intake as it commits them.
    stopListening = await db.sql.listen(EVENTS_CHANNEL, (payload) => {
      let note: ChangeNote;
      try {
        note = JSON.parse(payload) as ChangeNote;
      } catch {
        return;
      }
      if (note.origin === s.store.origin) return;
      const { origin: _origin, ...event } = note;
      bus.publish(event);
    });
    ctx.intake = s.intake;
    ctx.reports = s.reports;
    ctx.outbound = s.outbound;
    ctx.reporters = s.reporters;
    ctx.replay = s.replay;
    // Only now: /readyz turns true when the routes can store (on PostgreSQL `listen` above takes a round trip,
    // during which a reopened database answered ready while every storing route still said 503).
    services = s;
    return s;
  }

  try {
    await install(await openDatabase(config.databaseUrl));
  } catch (err) {
    log.error(
      { err, database: redactUrl(config.databaseUrl) },
      'the database could not be opened: serving 503 (call 110) and retrying; /readyz is false until it opens',
    );
  }

  // A committed change that queued an out-of-band message: deliver it now, not at the next poll.
  bus.subscribe((event) => {
    if (event.outOfBand) services?.outboundWorker.kick();
    // A commit that wrote an outbox item (early dispatch, submit, update, divert) is delivered at once.
    if (event.events.some((e) => e.type === 'dispatch')) services?.dispatchWorker.kick();
  });

  const app = createApp({
    ctx,
    channels,
    ready: async () => (services && flowLoaded ? services.db.ready() : false),
    bus,
    metrics,
    log,
    routers: [
      consoleRouter({
        services: () =>
          services
            ? {
                console: services.console,
                read: services.db.sql.read,
                intake: services.intake,
                reports: services.reports,
              }
            : null,
        bus,
        clock: () => clock.now(),
        mapUrlTemplate: config.console.mapUrlTemplate,
        cookieSecure: config.console.cookieSecure,
        publicBaseUrl: config.publicBaseUrl,
        dispatchApiToken: config.dispatchApiToken,
        agencyName: config.agencyName,
        log,
      }),
    ],
    onMetrics: async () => {
      const s = services;
      if (!s) return;
      metrics.commits.set(s.db.sql.stats.commits);
      metrics.committedJobs.set(s.db.sql.stats.jobs);
      metrics.sqlStatements.set(s.db.sql.statements.count);
      if (s.db.sql.statements.roundTrips !== undefined) metrics.sqlRoundTrips.set(s.db.sql.statements.roundTrips);
      metrics.outboxPending.set(await s.reports.outboxPending());
      metrics.outboundPending.set(await s.outbound.pendingCount());
      for (const t of await s.outbox.pendingByTarget(s.dispatchWorker.targetNames)) {
        const age = t.oldest ? Math.max(0, (clock.now().getTime() - t.oldest.getTime()) / 1000) : 0;
        metrics.dispatchOldestUndelivered.set({ target: t.target }, age);
      }
    },
  });

  let timer: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;
  let server: http.Server | null = null;
  let stopping = false;
  let recovering: Promise<number> = Promise.resolve(0);
  const timerIntervalMs = options.timerIntervalMs ?? 1000;

  async function tick(): Promise<void> {
    try {
      await services?.intake.fireDueTimers();
    } catch (err) {
      log.error({ err }, 'flow timers failed; retrying');
    }
  }

  /** Channels, workers and recovery: everything that needs the database. */
  async function startServices(s: Services): Promise<void> {
    for (const channel of channels) {
      if (channel.availability(config).on) await channel.start?.(ctx);
    }
    // One process owns an embedded SQLite file: claims a killed run left behind are due again now.
    const released = await s.outbox.releaseAllClaims(clock.now());
    if (released > 0) log.warn({ released }, 'dispatch deliveries interrupted by a previous run are due again');
    // Several processes on PostgreSQL: only the claims of processes that are no longer alive.
    const reclaimed = await s.outbox.reclaimAbandoned(clock.now());
    if (reclaimed > 0) log.warn({ reclaimed }, 'dispatch deliveries claimed by a process that died are due again');
    if (timerIntervalMs > 0) {
      timer = setInterval(() => void tick(), timerIntervalMs);
      timer.unref();
      s.outboundWorker.start(timerIntervalMs);
      s.dispatchWorker.start(timerIntervalMs);
    }
    s.dispatchWorker.kick();
    // After listening, in the background: a message that fails or runs over its budget is quarantined.
    recovering = s.intake.recover().then(
      (n) => {
        if (n > 0) log.warn({ recovered: n }, 'processed messages left unprocessed by a previous run');
        return n;
      },
      (err: unknown) => {
        log.error({ err }, 'start-up recovery stopped; unprocessed messages are retried at the next start');
        return 0;
      },
    );
  }

  function retryDatabase(delayMs: number): void {
    retry = setTimeout(() => {
      retry = null;
      if (stopping) return;
      openDatabase(config.databaseUrl).then(
        async (db) => {
          if (stopping) return db.close();
          const s = await install(db);
          log.info('the database is open: taking reports');
          await startServices(s);
        },
        (err: unknown) => {
          log.error({ err, database: redactUrl(config.databaseUrl) }, 'the database still cannot be opened');
          retryDatabase(Math.min(delayMs * 2, 30_000));
        },
      );
    }, delayMs);
    retry.unref();
  }

  return {
    app,
    bus,
    metrics,
    channels,
    runner,
    /** The database services; absent while the database could not be opened. */
    get services(): Services | null {
      return services;
    },
    get intake() {
      return need(services).intake;
    },
    get store() {
      return need(services).store;
    },
    get reports() {
      return need(services).reports;
    },
    get db() {
      return need(services).db;
    },
    get outbound() {
      return need(services).outbound;
    },
    get outboundWorker() {
      return need(services).outboundWorker;
    },
    get outbox() {
      return need(services).outbox;
    },
    get dispatchWorker() {
      return need(services).dispatchWorker;
    },
    /** Start-up recovery of messages a previous run left unprocessed (runs after the server listens). */
    get recovering(): Promise<number> {
      return recovering;
    },
    /** Listens at once; then starts channels, workers and recovery (or keeps retrying the database). */
    async start(): Promise<http.Server> {
      const listening = http.createServer(app);
      server = listening;
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(config.port, config.host, () => resolve());
      });
      for (const channel of channels) {
        const availability = channel.availability(config);
        if (availability.on) log.info({ channel: channel.id }, 'channel on');
        else log.info({ channel: channel.id, reason: availability.reason }, 'channel off');
      }
      if (!config.dispatchApiToken) log.info('dispatch API off: set DISPATCH_API_TOKEN to turn it on');
      log.info("call-takers' console at /console (add a user: npm run user -- add <name>)");
      if (!config.metricsToken) log.info('metrics off: set METRICS_TOKEN to turn GET /metrics on');
      for (const t of dispatchSetup.targets) log.info({ target: t.name }, 'dispatch target on');
      for (const t of dispatchSetup.off) log.info({ target: t.target, reason: t.reason }, 'dispatch target off');
      for (const w of dispatchSetup.warnings) log.warn(w);
      if (dispatchSetup.targets.length === 0) {
        log.warn('dispatch targets off: outbox items are kept and delivered once a target is configured');
      }
      if (services) await startServices(services);
      else retryDatabase(options.databaseRetryMs ?? 1000);
      return listening;
    },
    /** Graceful shutdown: stop taking requests, finish in-flight writes, close the database. */
    async stop(): Promise<void> {
      stopping = true;
      if (retry) clearTimeout(retry);
      if (timer) clearInterval(timer);
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        });
      }
      unsubscribeRunner();
      stopListening();
      const s = services;
      if (s) {
        await recovering;
        await s.outboundWorker.stop();
        await s.dispatchWorker.stop();
      }
      for (const channel of channels) await channel.stop?.();
      if (s) {
        await s.db.sql.idle();
        await s.db.close();
      }
    },
    tick,
  };
}

function need<T>(value: T | null): T {
  if (value === null) throw new Error('the database is not open');
  return value;
}

function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

export type Gateway = Awaited<ReturnType<typeof createGateway>>;
