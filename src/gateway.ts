/**
 * Assembles the gateway from a configuration: database, store, intake, channels, HTTP app, timers.
 * main.ts runs it; tests build it on a temporary SQLite file with a fixed clock.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { Logger } from 'pino';
import { channels as allChannels } from './channels/registry.js';
import type { ChannelAdapter, ChannelContext } from './channels/types.js';
import type { Config } from './config.js';
import { normalizePhone } from './core/extract/index.js';
import { defaultFlow } from './core/flow/definition.js';
import { Intake } from './core/intake.js';
import type { Clock, IdSource } from './core/ports.js';
import { createApp } from './http/app.js';
import { EventBus } from './http/event-bus.js';
import { createMetrics } from './http/metrics.js';
import { randomIds } from './ids.js';
import { openDatabase } from './store/database.js';
import { PrismaIntakeStore } from './store/intake-store.js';
import { InProcessSerializer } from './store/keyed-serializer.js';
import { OutboundStore } from './store/outbound-store.js';
import { PrismaReplayGuard } from './store/replay-guard.js';
import { ReporterStore } from './store/reporter-store.js';
import { ReportReader } from './store/report-reader.js';
import { OutboundWorker } from './channels/outbound-worker.js';
import { OutboxWorker, type OutboxWorkerOptions } from './dispatch/outbox-worker.js';
import { dispatchTargets, type TargetOptions } from './dispatch/targets.js';
import { OutboxStore } from './store/outbox-store.js';

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
}

export async function createGateway(config: Readonly<Config>, options: GatewayOptions) {
  const { log } = options;
  const clock = options.clock ?? { now: () => new Date() };
  const channels = options.channels ?? allChannels;
  const db = await openDatabase(config.databaseUrl);
  const newId = () => crypto.randomUUID();
  const store = new PrismaIntakeStore(db, defaultFlow, newId);
  const reports = new ReportReader(db.reader, defaultFlow);
  const bus = new EventBus();
  const metrics = createMetrics();
  const intake = new Intake({
    store,
    serializer: new InProcessSerializer(),
    clock,
    ids: options.ids ?? randomIds,
    flow: defaultFlow,
    settings: { ...config.timers, agencyName: config.agencyName },
    defaultLanguage: config.defaultLanguage,
    events: bus,
    phoneChannels: ['sms'],
    normalizePhone: (raw) => normalizePhone(raw),
  });
  const outbound = new OutboundStore(store.committer, db.reader);
  const outboundWorker = new OutboundWorker({ store: outbound, channels, clock: () => clock.now(), log });
  // A committed change that queued an out-of-band message: deliver it now, not at the next poll.
  bus.subscribe((event) => {
    if (event.outOfBand) outboundWorker.kick();
  });
  const reporters = new ReporterStore(store.committer, db.reader, newId);
  const ctx: ChannelContext = {
    config,
    intake,
    reports,
    outbound,
    reporters,
    replay: new PrismaReplayGuard(store.committer),
    deliverSoon: () => outboundWorker.kick(),
    log,
    clock: () => clock.now(),
    newId,
  };
  // Dispatch hand-off: outbox items go to the configured targets. Signatures carry the wall-clock time (the
  // receiver checks freshness against its own clock), not the injectable domain clock.
  const { fetch: dispatchFetch, webhookTimeoutMs, smtpTimeoutMs, ...workerTuning } = options.dispatch ?? {};
  const dispatchSetup = dispatchTargets(config, {
    ...(dispatchFetch ? { fetch: dispatchFetch } : {}),
    ...(webhookTimeoutMs !== undefined ? { webhookTimeoutMs } : {}),
    ...(smtpTimeoutMs !== undefined ? { smtpTimeoutMs } : {}),
    now: () => new Date(),
  });
  const outbox = new OutboxStore(store.committer, db.reader);
  const dispatchWorker = new OutboxWorker({
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
  // A commit that wrote an outbox item (early dispatch, submit, update, divert) is delivered at once.
  bus.subscribe((event) => {
    if (event.events.some((e) => e.type === 'dispatch')) dispatchWorker.kick();
  });
  const app = createApp({
    ctx,
    channels,
    db,
    bus,
    metrics,
    log,
    onMetrics: async () => {
      metrics.commits.set(store.committer.stats.commits);
      metrics.committedJobs.set(store.committer.stats.jobs);
      metrics.outboxPending.set((await reports.outboxCounts()).pending);
      metrics.outboundPending.set(await outbound.pendingCount());
      for (const t of await outbox.pendingByTarget(dispatchWorker.targetNames)) {
        const age = t.oldest ? Math.max(0, (clock.now().getTime() - t.oldest.getTime()) / 1000) : 0;
        metrics.dispatchOldestUndelivered.set({ target: t.target }, age);
      }
    },
  });

  let timer: NodeJS.Timeout | null = null;
  let server: http.Server | null = null;
  const timerIntervalMs = options.timerIntervalMs ?? 1000;

  async function tick(): Promise<void> {
    try {
      await intake.fireDueTimers();
    } catch (err) {
      log.error({ err }, 'flow timers failed; retrying');
    }
  }

  return {
    app,
    intake,
    store,
    reports,
    bus,
    db,
    metrics,
    channels,
    outbound,
    outboundWorker,
    outbox,
    dispatchWorker,
    /** Processes what a crash left unprocessed, starts timers and push channels, then listens. */
    async start(): Promise<http.Server> {
      const recovered = await intake.recover();
      if (recovered > 0) log.warn({ recovered }, 'processed messages left unprocessed by a previous run');
      for (const channel of channels) {
        const availability = channel.availability(config);
        if (availability.on) {
          log.info({ channel: channel.id }, 'channel on');
          await channel.start?.(ctx);
        } else {
          log.info({ channel: channel.id, reason: availability.reason }, 'channel off');
        }
      }
      if (!config.dispatchApiToken) log.info('dispatch API off: set DISPATCH_API_TOKEN to turn it on');
      if (!config.metricsToken) log.info('metrics off: set METRICS_TOKEN to turn GET /metrics on');
      for (const t of dispatchSetup.targets) log.info({ target: t.name }, 'dispatch target on');
      for (const t of dispatchSetup.off) log.info({ target: t.target, reason: t.reason }, 'dispatch target off');
      for (const w of dispatchSetup.warnings) log.warn(w);
      if (dispatchSetup.targets.length === 0) {
        log.warn('dispatch targets off: outbox items are kept and delivered once a target is configured');
      }
      // One process owns an embedded SQLite file: claims a killed run left behind are due again now.
      const released = await outbox.releaseAllClaims(clock.now());
      if (released > 0) log.warn({ released }, 'dispatch deliveries interrupted by a previous run are due again');
      if (timerIntervalMs > 0) {
        timer = setInterval(() => void tick(), timerIntervalMs);
        timer.unref();
        outboundWorker.start(timerIntervalMs);
        dispatchWorker.start(timerIntervalMs);
      }
      dispatchWorker.kick();
      const listening = http.createServer(app);
      server = listening;
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(config.port, config.host, () => resolve());
      });
      return listening;
    },
    /** Graceful shutdown: stop taking requests, finish in-flight writes, close the database. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        });
      }
      await outboundWorker.stop();
      await dispatchWorker.stop();
      for (const channel of channels) await channel.stop?.();
      await store.committer.idle();
      await db.close();
    },
    tick,
  };
}

export type Gateway = Awaited<ReturnType<typeof createGateway>>;
