/**
 * Out-of-band messages to reporters (nudges, status updates, dispatcher messages, recovery notices):
 * rows in OutboundMessage with status `pending` are claimed by the outbound worker, sent through their
 * channel, and marked sent, retried with backoff, or failed for good (surfaced on the incident).
 *
 * Claiming flips `pending` to `sending` in a write job, so with several processes on PostgreSQL the same
 * interface becomes a `FOR UPDATE SKIP LOCKED` claim.
 */
import type { ChannelId } from '../core/message.js';
import type { Db, Tx } from './database.js';
import type { GroupCommitter } from './group-commit.js';

/** How long a claimed message is left to its sender before another worker may take it over. */
const CLAIM_LEASE_MS = 60_000;

export interface ClaimedOutbound {
  id: number;
  incidentId: string;
  channel: ChannelId;
  to: string;
  text: string;
  kind: string;
  attempts: number;
}

export class OutboundStore {
  constructor(
    private readonly committer: GroupCommitter<Tx>,
    private readonly reader: Db,
  ) {}

  /**
   * Claims pending messages due at `now`, oldest first. A recipient with an earlier message still
   * waiting for a retry is skipped, so one reporter's messages never overtake each other.
   */
  claimDue(now: Date, limit: number): Promise<ClaimedOutbound[]> {
    return this.committer.submit(async (tx) => {
      const rows = await tx.outboundMessage.findMany({
        where: { status: { in: ['pending', 'sending'] } },
        orderBy: { id: 'asc' },
        take: limit * 4,
      });
      const blocked = new Set<string>();
      const claimed: ClaimedOutbound[] = [];
      for (const row of rows) {
        const key = `${row.channel}:${row.to}`;
        if (blocked.has(key)) continue;
        blocked.add(key);
        // A claim is a lease: a `sending` row whose lease ran out was claimed by a process that died
        // before finishing, and is taken over.
        if (row.nextAttemptAt && row.nextAttemptAt > now) continue;
        if (claimed.length >= limit) continue;
        await tx.outboundMessage.update({
          where: { id: row.id },
          data: { status: 'sending', nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
        });
        claimed.push({
          id: row.id,
          incidentId: row.incidentId,
          channel: row.channel as ChannelId,
          to: row.to,
          text: row.text,
          kind: row.kind,
          attempts: row.attempts,
        });
      }
      return claimed;
    });
  }

  /**
   * The channel could not give this message's replies in its response (WeChat's 5-second rule, a failed
   * say()): marks the message so its replies are queued as pending out-of-band messages — those already
   * written now, and those written when it is processed later (crash recovery). Returns false when no such
   * message is stored. Commit this before telling the provider "done", so a crash cannot lose the reply.
   */
  deferReplies(channel: ChannelId, providerMessageId: string, at: Date): Promise<boolean> {
    return this.committer.submit(async (tx) => {
      const inbound = await tx.inboundMessage.findUnique({
        where: { channel_providerMessageId: { channel, providerMessageId } },
      });
      if (!inbound) return false;
      if (!inbound.replyDeferred) {
        await tx.inboundMessage.update({ where: { id: inbound.id }, data: { replyDeferred: true } });
      }
      await tx.outboundMessage.updateMany({
        where: { inboundId: inbound.id, status: 'replied' },
        data: { status: 'pending', nextAttemptAt: at },
      });
      return true;
    });
  }

  /** Messages to this reporter still waiting to be sent: a newer reply must not overtake them. */
  async hasPending(channel: ChannelId, to: string): Promise<boolean> {
    const n = await this.reader.outboundMessage.count({
      where: { channel, to, status: { in: ['pending', 'sending'] } },
    });
    return n > 0;
  }

  markSent(id: number, providerMessageId: string | null, at: Date): Promise<void> {
    return this.committer.submit(async (tx) => {
      const row = await tx.outboundMessage.update({
        where: { id },
        data: { status: 'sent', providerMessageId, attempts: { increment: 1 }, nextAttemptAt: null, error: null },
      });
      await tx.auditEvent.create({
        data: {
          incidentId: row.incidentId,
          type: 'outbound_sent',
          data: JSON.stringify({ outboundId: id, providerMessageId }),
          at,
        },
      });
    });
  }

  markRetry(id: number, nextAttemptAt: Date, error: string): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.outboundMessage.update({
        where: { id },
        data: { status: 'pending', attempts: { increment: 1 }, nextAttemptAt, error },
      });
    });
  }

  /** A final failure: kept on the message, written to the audit trail, and the incident flagged. */
  markFailed(id: number, error: string, code: string | undefined, at: Date): Promise<string> {
    return this.committer.submit(async (tx) => {
      const row = await tx.outboundMessage.update({
        where: { id },
        data: { status: 'failed', attempts: { increment: 1 }, nextAttemptAt: null, error },
      });
      await tx.auditEvent.create({
        data: {
          incidentId: row.incidentId,
          type: 'outbound_failed',
          data: JSON.stringify({ outboundId: id, error, code: code ?? null }),
          at,
        },
      });
      await tx.incident.update({
        where: { id: row.incidentId },
        data: { attention: `message not delivered: ${error}` },
      });
      return row.incidentId;
    });
  }

  /** Delivery receipts from providers (Twilio status callbacks) by the provider's message id. */
  recordDelivery(channel: ChannelId, providerMessageId: string, status: string, errorCode: string | null, at: Date) {
    return this.committer.submit(async (tx) => {
      const row = await tx.outboundMessage.findFirst({ where: { channel, providerMessageId } });
      if (!row) return null;
      const failed = status === 'failed' || status === 'undelivered';
      await tx.outboundMessage.update({
        where: { id: row.id },
        data: { status: failed ? 'failed' : status, error: errorCode },
      });
      await tx.auditEvent.create({
        data: {
          incidentId: row.incidentId,
          type: 'delivery_status',
          data: JSON.stringify({ outboundId: row.id, providerMessageId, status, errorCode }),
          at,
        },
      });
      if (failed) {
        await tx.incident.update({
          where: { id: row.incidentId },
          data: { attention: `message not delivered: ${status}${errorCode ? ` (${errorCode})` : ''}` },
        });
      }
      return row.incidentId;
    });
  }

  pendingCount(): Promise<number> {
    return this.reader.outboundMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
  }
}
