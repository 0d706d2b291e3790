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
import { ReportReader } from './store/report-reader.js';
import { OutboundWorker } from './channels/outbound-worker.js';

export interface GatewayOptions {
  log: Logger;
  clock?: Clock;
  ids?: IdSource;
  channels?: readonly ChannelAdapter[];
  /** How often due flow timers are looked for (ms); 0 turns the timer loop off (tests drive it). */
  timerIntervalMs?: number;
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
  const ctx: ChannelContext = { config, intake, reports, outbound, log, clock: () => clock.now(), newId };
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
      if (timerIntervalMs > 0) {
        timer = setInterval(() => void tick(), timerIntervalMs);
        timer.unref();
        outboundWorker.start(timerIntervalMs);
      }
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
      for (const channel of channels) await channel.stop?.();
      await store.committer.idle();
      await db.close();
    },
    tick,
  };
}

export type Gateway = Awaited<ReturnType<typeof createGateway>>;
