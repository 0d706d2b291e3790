/**
 * The intake use case: store -> flow step -> reply, for every channel.
 *
 * A message is durably stored before anything is decided or replied; a repeated provider id replays the
 * stored reply; one reporter's messages are handled one at a time in arrival order (KeyedSerializer);
 * messages stored but never processed (a crash in between) are processed by recover() at start.
 */
import { isFollowUpWindowOpen, initialState, step } from './flow/engine.js';
import type { FlowDefinition } from './flow/definition.js';
import type { FlowInput, FlowSettings, FlowState } from './flow/types.js';
import type { DispatchStatus, Lang, Status } from './incident.js';
import type { ChannelId, InboundMessage } from './message.js';
import { awaitingOf } from './view.js';
import type {
  Clock,
  EventSink,
  IdSource,
  IncidentChange,
  IncidentRecord,
  IntakeStore,
  KeyedSerializer,
  StoredInbound,
} from './ports.js';

export interface IntakeDeps {
  store: IntakeStore;
  serializer: KeyedSerializer;
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

export class Intake {
  constructor(private readonly deps: IntakeDeps) {}

  /** Handles one inbound message end to end and returns the replies to give in the same request. */
  receive(message: InboundMessage): Promise<IntakeResult> {
    return this.deps.serializer.run(reporterKey(message.channel, message.sender), async () => {
      const stored = await this.deps.store.storeInbound(message);
      if (stored.kind === 'duplicate' && stored.processed && stored.incident) {
        return resultOf(stored.incident, stored.replies, true);
      }
      const change = await this.process(stored.inboundId);
      if (change)
        return resultOf(
          change.incident,
          change.replies.map((r) => r.text),
          stored.kind === 'duplicate',
        );
      // Processed meanwhile by recovery: replay what it answered.
      const again = await this.deps.store.storeInbound(message);
      if (again.kind === 'duplicate' && again.incident) return resultOf(again.incident, again.replies, true);
      throw new Error('inbound message vanished after storing');
    });
  }

  /** Processes messages that were stored but not processed (crash recovery), in arrival order. */
  async recover(): Promise<number> {
    const pending = await this.deps.store.unprocessedInbound();
    for (const p of pending) {
      await this.deps.serializer.run(reporterKey(p.channel, p.sender), () => this.process(p.id, 'notice'));
    }
    return pending.length;
  }

  /** Feeds every due flow timer to its incident. Returns how many incidents were looked at. */
  async fireDueTimers(limit = 100): Promise<number> {
    const now = this.deps.clock.now();
    const due = await this.deps.store.dueTimers(now, limit);
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
    const found = await this.deps.store.findIncident(incidentId);
    if (!found) return null;
    const change = await this.deps.serializer.run(reporterKey(found.channel, found.sender), () =>
      this.apply(incidentId, () => input(this.deps.clock.now().toISOString()), kind),
    );
    return change?.incident ?? found;
  }

  private async apply(
    incidentId: string,
    input: (state: FlowState) => FlowInput | null,
    kind: IncidentChange['outboundKind'],
  ): Promise<IncidentChange | null> {
    const change = await this.deps.store.updateIncident(incidentId, (incident) => {
      const next = input(incident.state);
      if (!next) return null;
      const result = step(this.deps.flow, incident.state, next, this.context(incident));
      return {
        incident: { ...incident, state: result.state },
        isNew: false,
        replies: result.replies,
        events: result.events,
        outboundKind: kind,
        at: this.deps.clock.now().toISOString(),
      };
    });
    if (change) this.publish(change);
    return change;
  }

  private async process(inboundId: number, kind: IncidentChange['outboundKind'] = 'reply') {
    const change = await this.deps.store.processInbound(inboundId, (inbound, latest) =>
      this.decide(inbound, latest, kind),
    );
    if (change) this.publish(change);
    return change;
  }

  /** Pure decision for one stored message: which incident it belongs to and what the flow makes of it. */
  private decide(
    inbound: StoredInbound,
    latest: IncidentRecord | null,
    kind: IncidentChange['outboundKind'],
  ): IncidentChange {
    const { message } = inbound;
    const now = this.deps.clock.now();
    const continues =
      latest !== null &&
      !CLOSED.includes(latest.state.status) &&
      (latest.state.status === 'collecting' || isFollowUpWindowOpen(latest.state, now.toISOString(), this.deps.flow));
    const incident = continues ? latest : this.newIncident(message, latest, now);
    const input: FlowInput = {
      kind: 'message',
      text: message.text,
      location: message.location,
      at: message.receivedAt.toISOString(),
    };
    const result = step(this.deps.flow, incident.state, input, this.context(incident));
    return {
      incident: { ...incident, state: result.state },
      isNew: !continues,
      replies: result.replies,
      events: result.events,
      outboundKind: kind,
      at: now.toISOString(),
    };
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
