/**
 * Concatenated messages put back together, without acknowledging anything that is not stored.
 *
 * The parts of one message are held (their deliver_sm_resp not sent) until every part has arrived; then the
 * whole text is stored once and every held part is acknowledged. An SMSC that sends one part at a time and
 * waits for its response (window size 1) would wait for ever, so a group that gets no new part for `holdMs` is
 * flushed: the parts that are there are stored as a message of their own (in order) and
 * acknowledged, and the rest, when it comes, is stored as the next message. Nothing acknowledged is ever
 * only in memory.
 *
 * A part that arrives twice (an SMSC redelivery) replaces the held copy: both PDUs are acknowledged after the
 * store, and the text is counted once. A part of a group already flushed is stored with the next flush.
 */
import type { Concatenation } from './codec.js';

export interface HeldPart<A> {
  seq: number;
  text: string;
  /** Acknowledges this PDU (deliver_sm_resp), with a status. */
  acks: A[];
}

export interface Flush<A> {
  /** The group's key (sender, reference, count) and the part numbers stored now. */
  key: string;
  seqs: number[];
  text: string;
  total: number;
  complete: boolean;
  acks: A[];
}

interface Group<A> {
  total: number;
  held: Map<number, HeldPart<A>>;
  flushed: Set<number>;
  timer: NodeJS.Timeout | null;
  lastSeen: number;
}

export class Reassembly<A> {
  private readonly groups = new Map<string, Group<A>>();

  constructor(
    private readonly holdMs: number,
    /** Called with what to store now: a complete message, or what a group has after `holdMs`. */
    private readonly onFlush: (flush: Flush<A>) => void,
    /** A flushed group is forgotten this long after its last part (a late redelivery is a new message). */
    private readonly forgetMs = 10 * 60_000,
  ) {}

  add(from: string, part: Concatenation, text: string, ack: A): void {
    const key = `${from}|${part.ref}|${part.total}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { total: part.total, held: new Map(), flushed: new Set(), timer: null, lastSeen: Date.now() };
      this.groups.set(key, group);
    }
    group.lastSeen = Date.now();
    const held = group.held.get(part.seq);
    if (held) held.acks.push(ack);
    else group.held.set(part.seq, { seq: part.seq, text, acks: [ack] });
    const pending = [...group.held.keys()].filter((s) => !group.flushed.has(s)).length;
    if (group.flushed.size + pending >= group.total) {
      this.flush(key, group);
      return;
    }
    if (group.timer) clearTimeout(group.timer);
    group.timer = setTimeout(() => this.flush(key, group), this.holdMs);
    group.timer.unref();
  }

  /** Parts held right now (for stop: they are not acknowledged, the SMSC redelivers them). */
  get heldCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.held.size;
    return n;
  }

  clear(): void {
    for (const g of this.groups.values()) if (g.timer) clearTimeout(g.timer);
    this.groups.clear();
  }

  private flush(key: string, group: Group<A>): void {
    if (group.timer) clearTimeout(group.timer);
    group.timer = null;
    // A redelivered part of a group already flushed: acknowledged with nothing new to store.
    const fresh = [...group.held.values()].filter((p) => !group.flushed.has(p.seq)).sort((a, b) => a.seq - b.seq);
    const repeats = [...group.held.values()].filter((p) => group.flushed.has(p.seq));
    group.held.clear();
    for (const p of fresh) group.flushed.add(p.seq);
    const complete = group.flushed.size >= group.total;
    this.onFlush({
      key,
      seqs: fresh.map((p) => p.seq),
      text: fresh.map((p) => p.text).join(''),
      total: group.total,
      complete,
      acks: [...fresh, ...repeats].flatMap((p) => p.acks),
    });
    // Keep the group a while so a redelivered part is recognised; then forget it.
    group.timer = setTimeout(() => {
      if (this.groups.get(key) === group && group.held.size === 0) this.groups.delete(key);
    }, this.forgetMs);
    group.timer.unref();
  }
}
