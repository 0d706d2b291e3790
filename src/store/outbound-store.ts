/**
 * Out-of-band messages to reporters (the OutboundStore port): replies a channel could not give in its
 * response, nudges, status updates, dispatcher messages, notices. The outbound worker claims due messages —
 * only each reporter's oldest unsent one, so a reporter's messages go out in order — sends them through the
 * reporter's channel and records the outcome. A claim is a lease with its owner: on PostgreSQL it is taken
 * `FOR UPDATE SKIP LOCKED`, so two processes never send the same message, and only the owner (or the lease
 * running out) releases it.
 */
import crypto from 'node:crypto';
import type { ChannelId } from '../core/message.js';
import { audit } from './intake-store.js';
import { row, type SqlDatabase } from './sql/types.js';

const CLAIM_LEASE_MS = 60_000;

export interface ClaimedOutbound {
  id: number;
  incidentId: string;
  channel: ChannelId;
  to: string;
  text: string;
  kind: string;
  attempts: number;
  /** The lease holder: the outcome is recorded only while the lease is still ours. */
  claimId: string;
  /**
   * When an earlier send was started whose outcome is not known (it timed out, or its process died): the
   * provider may have the message already, so it is asked before sending again. null: no such send.
   */
  attemptStartedAt: Date | null;
}

/** What the outbound worker and the channels need. */
export interface OutboundStore {
  claimDue(now: Date, limit: number): Promise<ClaimedOutbound[]>;
  /** The channel could not answer a stored message inline: its replies are queued for the worker (durably). */
  deferReplies(channel: ChannelId, providerMessageId: string, at: Date): Promise<boolean>;
  /** Messages to this reporter still waiting to go out (a new inline reply must not overtake them). */
  hasPending(channel: ChannelId, to: string): Promise<boolean>;
  /**
   * Records, durably and before the provider is called, that a send of this claimed message starts now and its
   * outcome is not known yet (the earliest such start is kept). Cleared when an outcome is recorded, except a
   * retry whose failure left the outcome unknown (`maybeSent`).
   */
  markAttemptStarted(m: ClaimedOutbound, at: Date): Promise<void>;
  markSent(m: ClaimedOutbound, providerMessageId: string | null, at: Date): Promise<void>;
  markRetry(m: ClaimedOutbound, nextAttemptAt: Date, error: string, maybeSent?: boolean): Promise<void>;
  /** A final failure: the incident is flagged for a call-taker. Returns the incident id. */
  markFailed(m: ClaimedOutbound, error: string, code: string | undefined, at: Date): Promise<string>;
  /** A provider's delivery receipt for a message the gateway sent; returns the incident id, or null. */
  recordDelivery(
    channel: ChannelId,
    providerMessageId: string,
    status: string,
    errorCode: string | null,
    at: Date,
  ): Promise<string | null>;
  pendingCount(): Promise<number>;
}

interface OutboundRow {
  id: number;
  incidentId: string;
  channel: string;
  to: string;
  text: string;
  kind: string;
  attempts: number;
  attemptStartedAt: unknown;
}

export class SqlOutboundStore implements OutboundStore {
  constructor(private readonly db: SqlDatabase) {}

  claimDue(now: Date, limit: number): Promise<ClaimedOutbound[]> {
    const skipLocked = this.db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const claimId = crypto.randomUUID();
    return this.db.write(async (tx) => {
      // Each reporter's queue head only: no earlier unsent message to the same address.
      const rows = await tx.all<OutboundRow>(
        'SELECT o."id", o."incidentId", o."channel", o."to", o."text", o."kind", o."attempts", o."attemptStartedAt" FROM "OutboundMessage" o ' +
          `WHERE o."status" IN ('pending', 'sending') AND (o."nextAttemptAt" IS NULL OR o."nextAttemptAt" <= ?) AND NOT EXISTS (` +
          'SELECT 1 FROM "OutboundMessage" e WHERE e."channel" = o."channel" AND e."to" = o."to" ' +
          `AND e."status" IN ('pending', 'sending') AND e."id" < o."id") ORDER BY o."id" LIMIT ?${skipLocked}`,
        [now, limit],
      );
      const leaseEnd = new Date(now.getTime() + CLAIM_LEASE_MS);
      for (const r of rows) {
        await tx.run(
          `UPDATE "OutboundMessage" SET "status" = 'sending', "nextAttemptAt" = ?, "claimedBy" = ? WHERE "id" = ?`,
          [leaseEnd, claimId, r.id],
        );
      }
      return rows.map((r) => ({
        id: row.int(r.id),
        incidentId: r.incidentId,
        channel: r.channel,
        to: r.to,
        text: r.text,
        kind: r.kind,
        attempts: row.int(r.attempts),
        claimId,
        attemptStartedAt: row.dateOrNull(r.attemptStartedAt),
      }));
    });
  }

  deferReplies(channel: ChannelId, providerMessageId: string, at: Date): Promise<boolean> {
    return this.db.write(async (tx) => {
      const inbound = await tx.get<{ id: number; replyDeferred: unknown }>(
        'SELECT "id", "replyDeferred" FROM "InboundMessage" WHERE "channel" = ? AND "providerMessageId" = ?',
        [channel, providerMessageId],
      );
      if (!inbound) return false;
      if (!row.bool(inbound.replyDeferred)) {
        await tx.run('UPDATE "InboundMessage" SET "replyDeferred" = ? WHERE "id" = ?', [true, inbound.id]);
      }
      await tx.run(
        `UPDATE "OutboundMessage" SET "status" = 'pending', "nextAttemptAt" = ? WHERE "inboundId" = ? AND "status" = 'replied'`,
        [at, inbound.id],
      );
      return true;
    });
  }

  async hasPending(channel: ChannelId, to: string): Promise<boolean> {
    const r = await this.db.read.get<{ id: number }>(
      `SELECT "id" FROM "OutboundMessage" WHERE "channel" = ? AND "to" = ? AND "status" IN ('pending', 'sending') LIMIT 1`,
      [channel, to],
    );
    return r !== undefined;
  }

  markAttemptStarted(m: ClaimedOutbound, at: Date): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(
        'UPDATE "OutboundMessage" SET "attemptStartedAt" = COALESCE("attemptStartedAt", ?) WHERE "id" = ? AND "claimedBy" = ?',
        [at, m.id, m.claimId],
      );
    });
  }

  markSent(m: ClaimedOutbound, providerMessageId: string | null, at: Date): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(
        `UPDATE "OutboundMessage" SET "status" = 'sent', "providerMessageId" = ?, "attempts" = "attempts" + 1, ` +
          '"nextAttemptAt" = NULL, "error" = NULL, "claimedBy" = NULL, "attemptStartedAt" = NULL WHERE "id" = ?',
        [providerMessageId, m.id],
      );
      await audit(tx, m.incidentId, 'outbound_sent', { outboundId: m.id, providerMessageId }, at);
    });
  }

  markRetry(m: ClaimedOutbound, nextAttemptAt: Date, error: string, maybeSent = false): Promise<void> {
    // A failure that says the provider did not take it clears the marker; one that leaves it open keeps it.
    const marker = maybeSent ? '' : ', "attemptStartedAt" = NULL';
    return this.db.write(async (tx) => {
      await tx.run(
        `UPDATE "OutboundMessage" SET "status" = 'pending', "attempts" = "attempts" + 1, "nextAttemptAt" = ?, ` +
          `"error" = ?, "claimedBy" = NULL${marker} WHERE "id" = ? AND "claimedBy" = ? AND "status" = 'sending'`,
        [nextAttemptAt, error, m.id, m.claimId],
      );
    });
  }

  markFailed(m: ClaimedOutbound, error: string, code: string | undefined, at: Date): Promise<string> {
    return this.db.write(async (tx) => {
      await tx.run(
        `UPDATE "OutboundMessage" SET "status" = 'failed', "attempts" = "attempts" + 1, "nextAttemptAt" = NULL, ` +
          '"error" = ?, "claimedBy" = NULL, "attemptStartedAt" = NULL WHERE "id" = ?',
        [error, m.id],
      );
      await audit(tx, m.incidentId, 'outbound_failed', { outboundId: m.id, error, code: code ?? null }, at);
      await tx.run('UPDATE "Incident" SET "attention" = ? WHERE "id" = ?', [
        `message not delivered: ${error}`,
        m.incidentId,
      ]);
      return m.incidentId;
    });
  }

  recordDelivery(channel: ChannelId, providerMessageId: string, status: string, errorCode: string | null, at: Date) {
    return this.db.write(async (tx) => {
      const found = await tx.get<{ id: number; incidentId: string; status: string }>(
        'SELECT "id", "incidentId", "status" FROM "OutboundMessage" WHERE "channel" = ? AND "providerMessageId" = ? LIMIT 1',
        [channel, providerMessageId],
      );
      if (!found) return null;
      // Statuses only move forward: a late `sent` never overwrites `delivered` (receipts arrive out of order).
      if (deliveryRank(status) <= deliveryRank(found.status)) return found.incidentId;
      const failed = status === 'failed' || status === 'undelivered';
      await tx.run('UPDATE "OutboundMessage" SET "status" = ?, "error" = ? WHERE "id" = ?', [
        failed ? 'failed' : status,
        errorCode,
        found.id,
      ]);
      await audit(
        tx,
        found.incidentId,
        'delivery_status',
        { outboundId: row.int(found.id), providerMessageId, status, errorCode },
        at,
      );
      if (failed) {
        await tx.run('UPDATE "Incident" SET "attention" = ? WHERE "id" = ?', [
          `message not delivered: ${status}${errorCode ? ` (${errorCode})` : ''}`,
          found.incidentId,
        ]);
      }
      return found.incidentId;
    });
  }

  async pendingCount(): Promise<number> {
    const r = await this.db.read.get<{ n: number }>(
      `SELECT COUNT(*) AS "n" FROM "OutboundMessage" WHERE "status" IN ('pending', 'sending')`,
    );
    return row.int(r?.n ?? 0);
  }
}

/** Order of delivery statuses (provider receipts): sent < delivered < read; failures are final. */
function deliveryRank(status: string): number {
  switch (status) {
    case 'sent':
      return 1;
    case 'delivered':
      return 2;
    case 'read':
      return 3;
    case 'failed':
    case 'undelivered':
      return 4;
    default:
      return 0; // pending, sending, replied: before any receipt
  }
}
