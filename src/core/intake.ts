/**
 * The intake use case: store -> flow step -> reply, for every channel.
 *
 * A message is durably stored before anything is decided or replied; a repeated provider id replays the
 * stored reply (and a repeated id with a different message is a conflict); one reporter's messages are handled
 * one at a time in arrival order (KeyedSerializer), earlier unprocessed ones first.
 *
 * Bounded work: the flow step runs through a StepRunner with a time budget. A message whose step fails or
 * runs over the budget is quarantined: kept, attached to the reporter's incident (a new one if needed) with
 * `attention` set so dispatch sees it, the reporter told to call 110, and never processed again. Start-up
 * recovery counts its attempts, so a message three recoveries died on is quarantined, not retried again.
 *
 * Reads happen outside the write; the write names the incident version it read (compare-and-set) and is
 * retried on a conflict, so a dispatcher's status and a reporter's message at the same instant both survive.
 */
import { isFollowUpWindowOpen, initialState } from './flow/engine.js';
import type { FlowDefinition } from './flow/definition.js';
import { render, type TemplateId } from './flow/templates.js';
import type { FlowInput, FlowSettings, FlowState, Reply } from './flow/types.js';
import type { DispatchStatus, Lang, Status } from './incident.js';
import type { ChannelId, InboundMessage } from './message.js';
import type {
  Admission,
  Clock,
  CommitOutcome,
  EventSink,
  IdSource,
  IncidentChange,
  IncidentRecord,
  IntakeStore,
  KeyedSerializer,
  LoadedInbound,
  StepRunner,
} from './ports.js';
import { IdempotencyConflict, InvalidText, RateLimited, StepFailed, StorageUnavailable } from './errors.js';
import { hasChinese, textProblem } from './text.js';
import { awaitingOf } from './view.js';

export interface IntakeLimits {
  /** New reports one sender may start per window (per-IP limits for the web live at the HTTP edge). */
  newIncidentsPerSender: number;
  newIncidentWindowMin: number;
}

export const DEFAULT_LIMITS: IntakeLimits = { newIncidentsPerSender: 5, newIncidentWindowMin: 60 };

export interface IntakeDeps {
  store: IntakeStore;
  serializer: KeyedSerializer;
  runner: StepRunner;
  clock: Clock;
  ids: IdSource;
  flow: FlowDefinition;
  settings: FlowSettings;
  defaultLanguage: Lang;
  events: EventSink;
  /** Channels whose sender address is a phone number the centre can call back. */
  phoneChannels: readonly ChannelId[];
  /** E.164 form of a phone number, or null. */
  normalizePhone: (raw: string) => string | null;
  /** Per-sender message rate inside open reports; everything is admitted when absent. */
  admission?: Admission;
  limits?: IntakeLimits;
  /**
   * Whether a call-taker has taken the incident over (the console): while they have, the reporter's
   * messages still run through the flow (elements, triage, dispatch updates) but the bot sends no replies,
   * and its nudge timers do not fire; the call-taker talks to the reporter until they hand back.
   */
  takenOver?: (incidentId: string) => Promise<boolean>;
  /** Told about every quarantined message and refused report (logging, metrics); must not throw. */
  onIncidentProblem?: (problem: {
    kind: 'quarantined' | 'rate_limited' | 'throttled';
    incidentId: string | null;
    reason: string;
  }) => void;
}

export interface IntakeResult {
  incidentId: string;
  reference: string;
  token: string;
  replies: string[];
  awaiting: string | null;
  status: Status;
  duplicate: boolean;
}

/** Statuses after which a new message from the same sender starts a new (linked) incident. */
const CLOSED: readonly Status[] = ['resolved', 'cancelled'];
/** Compare-and-set conflicts tolerated before giving up (another process keeps changing the incident). */
const MAX_CONFLICTS = 5;
/**
 * Start-up recoveries a message may see die under it before it is quarantined as the cause. One or two are
 * not proof: a gateway killed (kill -9, power loss) twice in a row while recovering a backlog would otherwise
 * quarantine a genuine report and skip its triage and early dispatch (tests/e2e/crash.test.ts found this).
 */
const RECOVERY_ATTEMPTS = 3;

export class Intake {
  private readonly limits: IntakeLimits;

  constructor(private readonly deps: IntakeDeps) {
    this.limits = deps.limits ?? DEFAULT_LIMITS;
  }

  /**
   * Handles one inbound message end to end and returns the replies to give in the same request. Throws
   * InvalidText (nothing stored), IdempotencyConflict, RateLimited (a new report refused), StorageUnavailable
   * (nothing acknowledged: the provider should retry).
   */
  receive(message: InboundMessage): Promise<IntakeResult> {
    const problem = textProblem(message.text) ?? (message.location?.label ? textProblem(message.location.label) : null);
    if (problem) return Promise.reject(new InvalidText(problem));
    return this.deps.serializer.run(reporterKey(message.channel, message.sender), async () => {
      const stored = await storage(() => this.deps.store.storeInbound(message));
      if (stored.kind === 'duplicate') {
        if (!sameMessage(stored.stored, message)) throw new IdempotencyConflict();
        if (stored.processed) {
          if (stored.incident) return resultOf(stored.incident, stored.replies, true);
          // Processed without an incident: a refused new report. The retry gets the same answer.
          throw new RateLimited(this.limits.newIncidentWindowMin * 60, stored.replies);
        }
      }
      const change = await this.process(stored.inboundId, 'reply');
      if (change) {
        return resultOf(
          change.incident,
          change.replies.map((r) => r.text),
          stored.kind === 'duplicate',
        );
      }
      // Processed meanwhile by recovery: replay what it answered.
      const again = await storage(() => this.deps.store.storeInbound(message));
      if (again.kind === 'duplicate' && again.incident) return resultOf(again.incident, again.replies, true);
      if (again.kind === 'duplicate' && again.processed) {
        throw new RateLimited(this.limits.newIncidentWindowMin * 60, again.replies);
      }
      throw new StorageUnavailable(new Error('inbound message vanished after storing'));
    });
  }

  /**
   * Processes messages that were stored but not processed (crash recovery), in arrival order. Runs after the
   * server listens; each message has the step's time budget, and one that RECOVERY_ATTEMPTS recoveries died
   * on is quarantined. Returns how many messages were looked at.
   */
  async recover(): Promise<number> {
    const pending = await storage(() => this.deps.store.unprocessedInbound());
    for (const p of pending) {
      await this.deps.serializer.run(reporterKey(p.channel, p.sender), async () => {
        try {
          await this.process(p.id, 'notice', true);
        } catch (err) {
          if (err instanceof RateLimited) return; // refused and recorded: nothing more to do
          throw err;
        }
      });
    }
    return pending.length;
  }

  /** Feeds every due flow timer to its incident. Returns how many incidents were looked at. */
  async fireDueTimers(limit = 100): Promise<number> {
    const now = this.deps.clock.now();
    const due = await storage(() => this.deps.store.claimDueTimers(now, limit));
    for (const d of due) {
      await this.deps.serializer.run(reporterKey(d.channel, d.sender), () =>
        this.apply(d.incidentId, (state) => dueTimerInput(state, now.toISOString()), 'nudge'),
      );
    }
    return due.length;
  }

  /** Dispatch set a status: the reporter is told over their channel. */
  async dispatchStatus(incidentId: string, status: DispatchStatus, note?: string): Promise<IncidentRecord | null> {
    return this.onIncident(incidentId, (at) => ({ kind: 'dispatch_status', status, note, at }), 'status');
  }

  /** A dispatcher's free-text message to the reporter. */
  async dispatcherMessage(incidentId: string, text: string): Promise<IncidentRecord | null> {
    return this.onIncident(incidentId, (at) => ({ kind: 'dispatcher_message', text, at }), 'dispatcher');
  }

  private async onIncident(
    incidentId: string,
    input: (at: string) => FlowInput,
    kind: IncidentChange['outboundKind'],
  ): Promise<IncidentRecord | null> {
    const found = await storage(() => this.deps.store.findIncident(incidentId));
    if (!found) return null;
    const change = await this.deps.serializer.run(reporterKey(found.channel, found.sender), () =>
      this.apply(incidentId, () => input(this.deps.clock.now().toISOString()), kind),
    );
    return change?.incident ?? found;
  }

  /** Reads the incident, runs the step with its budget, writes the change compare-and-set (retrying on a conflict). */
  private async apply(
    incidentId: string,
    input: (state: FlowState) => FlowInput | null,
    kind: IncidentChange['outboundKind'],
  ): Promise<IncidentChange | null> {
    for (let attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
      const incident = await storage(() => this.deps.store.findIncident(incidentId));
      if (!incident) return null;
      const next = input(incident.state);
      if (next?.kind === 'timer' && (await this.isTakenOver(incidentId))) return null;
      if (!next) {
        // Nothing due any more (a stale timer): re-derive the due time so the poller moves on.
        await storage(() => this.deps.store.rearmTimers(incidentId));
        return null;
      }
      let result;
      try {
        result = await this.deps.runner.step(incident.state, next, this.context(incident));
      } catch (err) {
        if (!(err instanceof StepFailed)) throw err;
        const at = this.deps.clock.now().toISOString();
        const what = next.kind === 'timer' ? `the ${next.timer} timer` : `a ${next.kind.replace('_', ' ')}`;
        const reason = `${what} could not be processed: ${err.message}`;
        // A timer would fire again and again: disarm it; a call-taker takes over.
        await storage(() => this.deps.store.flagIncident(incidentId, reason, at, next.kind === 'timer'));
        this.deps.onIncidentProblem?.({ kind: 'quarantined', incidentId, reason });
        if (next.kind === 'timer') return null;
        throw err;
      }
      const change: IncidentChange = {
        incident: { ...incident, state: result.state },
        isNew: false,
        replies: result.replies,
        events: result.events,
        outboundKind: kind,
        at: this.deps.clock.now().toISOString(),
      };
      const outcome = await storage(() => this.deps.store.commitIncident(change));
      if (outcome === 'committed') {
        this.publish(change);
        return change;
      }
    }
    throw new StorageUnavailable(new Error(`incident ${incidentId} kept changing under concurrent writers`));
  }

  /**
   * Processes one stored message (earlier unprocessed ones of the same reporter first). Returns the committed
   * change, or null when the message was processed meanwhile. Must run under the reporter's serializer key.
   */
  private async process(
    inboundId: number,
    kind: IncidentChange['outboundKind'],
    recovering = false,
  ): Promise<IncidentChange | null> {
    for (let attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
      const loaded = await storage(() => this.deps.store.loadInbound(inboundId));
      if (!loaded) return null;
      for (const earlier of loaded.earlier) {
        try {
          await this.process(earlier, 'notice', recovering);
        } catch (err) {
          if (!(err instanceof RateLimited)) throw err;
        }
      }
      if (loaded.earlier.length > 0) continue; // re-read: the latest incident may have changed
      let outcome;
      if (recovering && loaded.attempts >= RECOVERY_ATTEMPTS) {
        outcome = await this.quarantine(loaded, kind, 'previous start-up recoveries stopped while processing it');
      } else {
        if (recovering) await storage(() => this.deps.store.countAttempt(inboundId));
        outcome = await this.decideAndCommit(loaded, kind);
      }
      if (outcome === 'conflict') continue;
      return outcome === 'already_processed' ? null : outcome;
    }
    throw new StorageUnavailable(new Error(`message ${inboundId} kept conflicting with concurrent writers`));
  }

  private async decideAndCommit(
    loaded: LoadedInbound,
    kind: IncidentChange['outboundKind'],
  ): Promise<IncidentChange | 'conflict' | 'already_processed'> {
    const { message } = loaded.inbound;
    const now = this.deps.clock.now();
    const latest = loaded.latest;
    const continues =
      latest !== null &&
      !CLOSED.includes(latest.state.status) &&
      (latest.state.status === 'collecting' || isFollowUpWindowOpen(latest.state, now.toISOString(), this.deps.flow));

    if (!continues) {
      const since = new Date(now.getTime() - this.limits.newIncidentWindowMin * 60_000);
      const started = await storage(() =>
        this.deps.store.incidentsStartedSince(message.channel, message.sender, since),
      );
      if (started >= this.limits.newIncidentsPerSender) return this.refuse(loaded, now);
    } else if (this.deps.admission && !this.deps.admission.takeMessage(message.channel, message.sender, now)) {
      const outcome = await storage(() =>
        this.deps.store.storeThrottled(loaded.inbound.id, latest.id, now.toISOString()),
      );
      if (outcome !== 'committed') return outcome;
      this.deps.onIncidentProblem?.({
        kind: 'throttled',
        incidentId: latest.id,
        reason: 'sender over its message rate',
      });
      return { incident: latest, isNew: false, replies: [], events: [], outboundKind: kind, at: now.toISOString() };
    }

    const incident = continues ? latest : this.newIncident(message, latest, now);
    const input: FlowInput = {
      kind: 'message',
      text: message.text,
      location: message.location,
      at: message.receivedAt.toISOString(),
    };
    let result;
    try {
      result = await this.deps.runner.step(incident.state, input, this.context(incident));
    } catch (err) {
      if (!(err instanceof StepFailed)) throw err;
      return this.quarantine(loaded, kind, err.message, incident, !continues);
    }
    const held = continues && (await this.isTakenOver(incident.id));
    const change: IncidentChange = {
      incident: { ...incident, state: result.state },
      isNew: !continues,
      replies: held ? [] : result.replies,
      events: result.events,
      outboundKind: kind,
      at: now.toISOString(),
    };
    const outcome = await storage(() => this.deps.store.commitInbound(loaded.inbound.id, change));
    if (outcome !== 'committed') return outcome;
    this.publish(change);
    return change;
  }

  /** Quarantines a message: attached to the open incident (or a new one), flagged, the reporter told to call 110. */
  private async quarantine(
    loaded: LoadedInbound,
    kind: IncidentChange['outboundKind'],
    reason: string,
    chosen?: IncidentRecord,
    chosenIsNew?: boolean,
  ): Promise<IncidentChange | 'conflict' | 'already_processed'> {
    const { message } = loaded.inbound;
    const now = this.deps.clock.now();
    const latest = loaded.latest;
    const open = latest !== null && !CLOSED.includes(latest.state.status) ? latest : null;
    const isNew = chosen ? (chosenIsNew ?? false) : open === null;
    const incident = chosen ?? open ?? this.newIncident(message, latest, now);
    const lang = incident.state.lang;
    const change: IncidentChange = {
      incident,
      isNew,
      replies: [reply('quarantined', lang, this.deps.settings.agencyName)],
      events: [],
      outboundKind: kind,
      at: now.toISOString(),
    };
    const outcome = await storage(() =>
      this.deps.store.quarantineInbound({ inboundId: loaded.inbound.id, change, reason }),
    );
    if (outcome !== 'committed') return outcome;
    this.deps.onIncidentProblem?.({ kind: 'quarantined', incidentId: incident.id, reason });
    this.publish(change);
    return change;
  }

  /** A new report from a sender over its limit: recorded as refused (no incident), the reporter told to call 110. */
  private async refuse(loaded: LoadedInbound, now: Date): Promise<'conflict' | 'already_processed'> {
    const lang = loaded.inbound.message.language ?? languageOf(loaded.inbound.message.text, this.deps.defaultLanguage);
    const refusal = reply('rate_limited', lang, this.deps.settings.agencyName);
    const outcome = await storage(() =>
      this.deps.store.refuseInbound(loaded.inbound.id, [refusal.text], 'rate_limited', now.toISOString()),
    );
    if (outcome !== 'committed') return outcome;
    this.deps.onIncidentProblem?.({
      kind: 'rate_limited',
      incidentId: null,
      reason: 'sender over its new-report limit',
    });
    throw new RateLimited(this.limits.newIncidentWindowMin * 60, [refusal.text]);
  }

  private async isTakenOver(incidentId: string): Promise<boolean> {
    return this.deps.takenOver ? storage(() => this.deps.takenOver!(incidentId)) : false;
  }

  private newIncident(message: InboundMessage, previous: IncidentRecord | null, now: Date): IncidentRecord {
    const hasPhone = this.deps.phoneChannels.includes(message.channel);
    const callback = hasPhone
      ? this.deps.normalizePhone(message.sender)
      : message.contact
        ? this.deps.normalizePhone(message.contact)
        : null;
    const state = initialState({
      lang: message.language ?? previous?.state.lang ?? this.deps.defaultLanguage,
      langLocked: message.language !== undefined,
      channelHasPhone: hasPhone,
      callback: callback ?? undefined,
      now: now.toISOString(),
    });
    return {
      id: this.deps.ids.incidentId(),
      reference: this.deps.ids.reference(now),
      token: this.deps.ids.token(),
      channel: message.channel,
      sender: message.sender,
      state,
      createdAt: now.toISOString(),
      previousId: previous?.id ?? null,
      version: 0,
    };
  }

  private context(incident: IncidentRecord) {
    return { now: this.deps.clock.now().toISOString(), settings: this.deps.settings, reference: incident.reference };
  }

  private publish(change: IncidentChange): void {
    const { incident } = change;
    this.deps.events.publish({
      incidentId: incident.id,
      reference: incident.reference,
      status: incident.state.status,
      priority: incident.state.priority,
      revision: incident.state.revision,
      events: change.events,
      outOfBand: change.outboundKind !== 'reply' && change.replies.length > 0,
      at: this.deps.clock.now().toISOString(),
    });
  }
}

export function reporterKey(channel: ChannelId, sender: string): string {
  return `${channel}:${sender}`;
}

/** Runs a store operation; any failure of the database becomes StorageUnavailable (nothing acknowledged). */
async function storage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof StorageUnavailable || err instanceof RateLimited) throw err;
    throw new StorageUnavailable(err);
  }
}

function reply(template: TemplateId, lang: Lang, agency: string): Reply {
  return { template, text: render(template, lang, { agency }), lang };
}

function languageOf(text: string, fallback: Lang): Lang {
  if (hasChinese(text)) return 'zh-CN';
  return /[a-z]{2,}/i.test(text) ? 'en' : fallback;
}

/**
 * A repeated provider id carries the same message from the same sender: same text, location, contact and
 * language. Anything else is a conflict, never a replay of someone else's answer.
 */
function sameMessage(a: InboundMessage, b: InboundMessage): boolean {
  const loc = (m: InboundMessage) => (m.location ? `${m.location.lat},${m.location.lon}` : '');
  return (
    a.sender === b.sender &&
    a.text === b.text &&
    loc(a) === loc(b) &&
    (a.contact ?? '') === (b.contact ?? '') &&
    (a.language ?? '') === (b.language ?? '')
  );
}

function resultOf(incident: IncidentRecord, replies: string[], duplicate: boolean): IntakeResult {
  return {
    incidentId: incident.id,
    reference: incident.reference,
    token: incident.token,
    replies,
    awaiting: awaitingOf(incident.state),
    status: incident.state.status,
    duplicate,
  };
}

/** The earliest armed timer that is due at `at`, as a flow input; null when none is due. */
export function dueTimerInput(state: FlowState, at: string): FlowInput | null {
  const due = (['nudge', 'escalate', 'inactive'] as const)
    .map((timer) => ({ timer, when: state.timers[timer] }))
    .filter((t): t is { timer: 'nudge' | 'escalate' | 'inactive'; when: string } => t.when !== null && t.when <= at)
    .sort((a, b) => a.when.localeCompare(b.when));
  const first = due[0];
  return first ? { kind: 'timer', timer: first.timer, at } : null;
}

export type { CommitOutcome };
