/**
 * Delivers the dispatch outbox to every configured target, at least once, in revision order per incident
 * and target, until it is delivered: there is no giving up on an emergency.
 *
 * A pump rather than a batch loop: it claims due queue heads up to `concurrency` and starts each delivery
 * on its own, and every finished delivery claims again. So one slow or hanging receiver (up to its timeout)
 * never holds back a new P1 for another incident, and revision n+1 goes out the moment n was accepted.
 *
 * The gateway kicks it after every commit that wrote an outbox item and polls it every second (retries that
 * came due, alerts). Nothing lives only in memory: a restart picks everything up from the database.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type { DispatchEventName } from '../core/flow/types.js';
import type { IncidentView } from '../core/view.js';
import type { Metrics } from '../http/metrics.js';
import type { ClaimedDelivery, OutboxStore } from '../store/outbox-store.js';
import { toEido } from './eido.js';
import { DeliveryError, describeError, type DispatchDocument, type DispatchTarget } from './delivery.js';

export interface OutboxWorkerOptions {
  store: OutboxStore;
  targets: readonly DispatchTarget[];
  clock: () => Date;
  log: Logger;
  agencyId: string;
  agencyName: string;
  /** Removes configured secrets from error texts before they are logged or stored. */
  redact: (text: string) => string;
  metrics?: Pick<Metrics, 'dispatchDeliveries' | 'dispatchAlerts' | 'dispatchLatency'>;
  /** Deliveries in flight at once (different incidents or targets); default 16. */
  concurrency?: number;
  /** How long a claim is held before another worker may take it over; default 60 s. */
  leaseMs?: number;
  /** Undelivered this long after the outbox item was written raises the alert; default 60 s. */
  alertAfterMs?: number;
  /** Longest wait between two attempts; default 30 s. */
  maxBackoffMs?: number;
  random?: () => number;
}

/** 1 s, 2 s, 4 s ... up to `capMs`, each with up to 25 % jitter taken off (never above the cap). */
export function dispatchBackoffMs(attempt: number, capMs = 30_000, random: () => number = Math.random): number {
  const base = Math.min(1000 * 2 ** Math.min(attempt, 20), capMs);
  return Math.round(base * (0.75 + 0.25 * random()));
}

export class OutboxWorker {
  private readonly byName: Map<string, DispatchTarget>;
  private readonly names: string[];
  private readonly inflight = new Set<Promise<void>>();
  private filling: Promise<void> | null = null;
  private alerting: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly shutdown = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  /** When claims of dead processes were last looked for (performance.now()). */
  private reclaimedAt = -Infinity;

  constructor(private readonly opts: OutboxWorkerOptions) {
    this.byName = new Map(opts.targets.map((t) => [t.name, t]));
    this.names = opts.targets.map((t) => t.name);
  }

  get targetNames(): readonly string[] {
    return this.names;
  }

  /** Polls every `intervalMs`: retries that came due and the undelivered-too-long alert. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => this.poll(), intervalMs);
    this.timer.unref();
  }

  /** Stops claiming, cuts in-flight webhook calls short (their claims are given back), closes the targets. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.shutdown.abort();
    await this.idle();
    for (const t of this.opts.targets) t.close?.();
  }

  /** Delivers what is due, soon; called after every commit that wrote an outbox item. */
  kick(): void {
    if (this.stopped || this.names.length === 0) return;
    if (this.filling) {
      this.again = true;
      return;
    }
    this.filling = this.fill()
      .catch((err: unknown) => this.opts.log.error({ err: this.safe(err) }, 'dispatch outbox claim failed; will retry'))
      .finally(() => {
        this.filling = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** The periodic tick: alerts, then anything due. */
  poll(): void {
    if (this.stopped) return;
    this.alerting ??= this.reclaimAbandoned()
      .then(() => this.checkAlerts())
      .catch((err: unknown) => this.opts.log.error({ err: this.safe(err) }, 'dispatch alert check failed'))
      .finally(() => {
        this.alerting = null;
      });
    this.kick();
  }

  /**
   * At most every two seconds: deliveries claimed by a process that has died since (PostgreSQL; another
   * process killed mid-delivery) are due again now rather than at the end of their lease.
   */
  private async reclaimAbandoned(): Promise<void> {
    if (performance.now() - this.reclaimedAt < 2000) return;
    this.reclaimedAt = performance.now();
    const released = await this.opts.store.reclaimAbandoned(this.opts.clock());
    if (released > 0) {
      this.opts.log.warn({ released }, 'dispatch deliveries claimed by a process that died are due again');
      this.kick();
    }
  }

  /** For tests and tools: raises due alerts, delivers everything due now, and waits until nothing is in flight. */
  async runOnce(): Promise<void> {
    await this.checkAlerts();
    this.kick();
    await this.idle();
  }

  /** Resolves when no claim, delivery or alert check is running. */
  async idle(): Promise<void> {
    while (this.filling || this.alerting || this.inflight.size > 0) {
      await Promise.all([this.filling, this.alerting, ...this.inflight]);
    }
  }

  private async fill(): Promise<void> {
    const room = (this.opts.concurrency ?? 16) - this.inflight.size;
    if (room <= 0) return; // a finishing delivery kicks again
    const now = this.opts.clock();
    if (!(await this.opts.store.hasWork(now, this.names))) return;
    const claimed = await this.opts.store.claimDue(now, {
      targets: this.names,
      limit: room,
      leaseMs: this.opts.leaseMs ?? 60_000,
      claimId: crypto.randomUUID(),
    });
    for (const c of claimed) this.launch(c);
  }

  private launch(c: ClaimedDelivery): void {
    const run: Promise<void> = this.deliver(c)
      .catch((err: unknown) =>
        // Recording the outcome failed (database): the lease runs out and the delivery is tried again.
        this.opts.log.error(
          { err: this.safe(err), incidentId: c.incidentId, target: c.target, revision: c.revision },
          'dispatch outcome not recorded; will retry after the lease',
        ),
      )
      .finally(() => {
        this.inflight.delete(run);
        this.kick();
      });
    this.inflight.add(run);
  }

  private async deliver(c: ClaimedDelivery): Promise<void> {
    const { store, clock, log } = this.opts;
    const target = this.byName.get(c.target);
    const meta = { incidentId: c.incidentId, target: c.target, revision: c.revision, event: c.event };
    try {
      if (!target) throw new DeliveryError(`target ${c.target} is off`, 'target_off');
      const response = await target.deliver(this.document(c), this.shutdown.signal);
      const at = clock();
      await store.markDelivered(c, at, response, this.names);
      const seconds = Math.max(0, (at.getTime() - c.createdAt.getTime()) / 1000);
      this.opts.metrics?.dispatchDeliveries.inc({ target: c.target, outcome: 'delivered' });
      this.opts.metrics?.dispatchLatency.observe({ target: c.target, event: c.event }, seconds);
      log.info({ ...meta, attempt: c.attempts + 1, response }, 'dispatch delivered');
    } catch (err) {
      if (this.shutdown.signal.aborted) {
        await store.release(c, clock());
        log.info(meta, 'dispatch attempt cut short by shutdown; it will be retried');
        return;
      }
      const { message, code } = describeError(err, this.opts.redact);
      const delay = dispatchBackoffMs(c.attempts, this.opts.maxBackoffMs, this.opts.random);
      const now = clock();
      await store.markRetry(c, now, new Date(now.getTime() + delay), message, code);
      this.opts.metrics?.dispatchDeliveries.inc({ target: c.target, outcome: 'failed' });
      log.warn({ ...meta, attempt: c.attempts + 1, error: message, code, retryInMs: delay }, 'dispatch attempt failed');
    }
  }

  /** The stored snapshot and its EIDO, issued at the snapshot's own time so every retry sends the same body. */
  private document(c: ClaimedDelivery): DispatchDocument {
    let parsed: { event: DispatchEventName; revision: number; incident: IncidentView };
    try {
      parsed = JSON.parse(c.payload) as typeof parsed;
    } catch {
      throw new DeliveryError('stored payload is not JSON', 'bad_payload');
    }
    const incident = parsed.incident;
    const eido = toEido(incident, {
      agencyId: this.opts.agencyId,
      agencyName: this.opts.agencyName,
      now: incident.updatedAt,
    });
    const doc: DispatchDocument = {
      incidentId: c.incidentId,
      event: parsed.event,
      revision: parsed.revision,
      incident,
      eido,
    };
    // The payload as rendered now is `JSON.stringify({event, revision, incident})`; one written by an earlier
    // version may order its keys otherwise, and is written out again instead.
    const head = `{"event":${JSON.stringify(parsed.event)},"revision":${JSON.stringify(parsed.revision)},"incident":{`;
    if (c.payload.startsWith(head) && c.payload.endsWith('}}')) doc.json = c.payload;
    return doc;
  }

  private async checkAlerts(): Promise<void> {
    const alerts = await this.opts.store.raiseAlerts(this.opts.clock(), this.opts.alertAfterMs ?? 60_000, this.names);
    for (const a of alerts) {
      this.opts.metrics?.dispatchAlerts.inc({ target: a.target });
      this.opts.log.error(
        {
          incidentId: a.incidentId,
          target: a.target,
          revision: a.revision,
          event: a.event,
          ageS: a.ageS,
          attempts: a.attempts,
          lastError: a.lastError,
        },
        'DISPATCH ALERT: not delivered within the alert time; incident flagged for a call-taker',
      );
    }
  }

  private safe(err: unknown): { message: string; code: string } {
    return describeError(err, this.opts.redact);
  }
}
