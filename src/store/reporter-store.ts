/**
 * Per-reporter channel state: the SMS opt-out flag (STOP / START). Writes go through the group
 * committer like every other write; reads use the reader client.
 *
 * An opt-out or opt-in keyword is not a report and does not go through the question flow, but it is
 * still an inbound message: it is stored (deduplicated on the provider's message id like any other),
 * shown in the transcript of the reporter's latest incident with the reply it got, and written to the
 * audit trail. Texting STOP during an open report flags the incident for a call-taker: the carrier may
 * now block every text to that number.
 */
import type { Lang } from '../core/incident.js';
import { isLang } from '../core/incident.js';
import type { ChannelId, InboundMessage } from '../core/message.js';
import { audit } from './intake-store.js';
import { row, type SqlDatabase } from './sql/types.js';

/** Incidents in these statuses are over: a STOP then concerns no open report. */
const CLOSED = ['resolved', 'cancelled'];

export interface KeywordResult {
  duplicate: boolean;
  /** The reply texts (the first ones again for a repeated provider message id). */
  replies: string[];
  incidentId: string | null;
}

export interface OptChange {
  message: InboundMessage;
  /** true for STOP and its synonyms, false for START / UNSTOP. */
  optedOut: boolean;
  /** The keyword as matched (STOP, 退订, START...), for the audit trail. */
  keyword: string;
  /** The reply texts, given the reporter's language (null when no incident tells it). */
  replies: (lang: Lang | null) => string[];
}

/** Per-reporter channel state (the ReporterStore port). */
export interface ReporterStore {
  isOptedOut(channel: ChannelId, address: string): Promise<boolean>;
  /** The language of the reporter's latest incident, if any. */
  language(channel: ChannelId, address: string): Promise<Lang | null>;
  /** Records STOP / START (see the file comment). Idempotent on the message's provider id. */
  recordOptChange(change: OptChange): Promise<KeywordResult>;
  /** Clears the flag without recording a keyword (an opt-in word that is also an answer, such as YES). */
  optIn(channel: ChannelId, address: string): Promise<void>;
  /** A reply the channel adds to the core's in the same response (the SMS HELP text), kept in the transcript. */
  recordReply(incidentId: string, channel: ChannelId, to: string, text: string, at: Date): Promise<void>;
  /** A report from a reporter who opted out: a call-taker should know (an attention note already there is kept). */
  flagOptedOutReport(incidentId: string, at: Date): Promise<void>;
}

const LATEST =
  'SELECT "id", "status", "state" FROM "Incident" WHERE "reporterId" = ? ORDER BY "createdAt" DESC, "id" DESC LIMIT 1';

export class SqlReporterStore implements ReporterStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly newId: () => string,
  ) {}

  async isOptedOut(channel: ChannelId, address: string): Promise<boolean> {
    const r = await this.db.read.get<{ optedOut: unknown }>(
      'SELECT "optedOut" FROM "Reporter" WHERE "channel" = ? AND "address" = ?',
      [channel, address],
    );
    return r ? row.bool(r.optedOut) : false;
  }

  async language(channel: ChannelId, address: string): Promise<Lang | null> {
    const reporter = await this.db.read.get<{ id: string }>(
      'SELECT "id" FROM "Reporter" WHERE "channel" = ? AND "address" = ?',
      [channel, address],
    );
    if (!reporter) return null;
    const latest = await this.db.read.get<{ state: string }>(LATEST, [reporter.id]);
    return latest ? langOf(latest.state) : null;
  }

  recordOptChange(change: OptChange): Promise<KeywordResult> {
    const { message } = change;
    return this.db.write(async (tx): Promise<KeywordResult> => {
      const existing = await tx.get<{ replies: string | null; incidentId: string | null }>(
        'SELECT "replies", "incidentId" FROM "InboundMessage" WHERE "channel" = ? AND "providerMessageId" = ?',
        [message.channel, message.providerMessageId],
      );
      if (existing) {
        return {
          duplicate: true,
          replies: existing.replies ? (JSON.parse(existing.replies) as string[]) : [],
          incidentId: existing.incidentId,
        };
      }
      const at = message.receivedAt;
      let reporter = await tx.get<{ id: string; optedOut: unknown }>(
        'SELECT "id", "optedOut" FROM "Reporter" WHERE "channel" = ? AND "address" = ?',
        [message.channel, message.sender],
      );
      if (!reporter) {
        reporter = { id: this.newId(), optedOut: false };
        await tx.run('INSERT INTO "Reporter" ("id", "channel", "address", "createdAt") VALUES (?, ?, ?, ?)', [
          reporter.id,
          message.channel,
          message.sender,
          at,
        ]);
      }
      if (row.bool(reporter.optedOut) !== change.optedOut) {
        await tx.run('UPDATE "Reporter" SET "optedOut" = ?, "optedOutAt" = ? WHERE "id" = ?', [
          change.optedOut,
          change.optedOut ? at : null,
          reporter.id,
        ]);
      }
      const latest = await tx.get<{ id: string; status: string; state: string }>(LATEST, [reporter.id]);
      const replies = change.replies(latest ? langOf(latest.state) : null);
      const inbound = await tx.get<{ id: number }>(
        'INSERT INTO "InboundMessage" ("channel", "providerMessageId", "reporterId", "incidentId", "text", ' +
          '"receivedAt", "processedAt", "replies") VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"',
        [
          message.channel,
          message.providerMessageId,
          reporter.id,
          latest?.id ?? null,
          message.text,
          at,
          at,
          JSON.stringify(replies),
        ],
      );
      if (latest) {
        for (const text of replies) {
          await tx.run(
            'INSERT INTO "OutboundMessage" ("incidentId", "inboundId", "channel", "to", "text", "kind", "status", ' +
              `"createdAt") VALUES (?, ?, ?, ?, ?, 'reply', 'replied', ?)`,
            [latest.id, row.int(inbound!.id), message.channel, message.sender, text, at],
          );
        }
        await audit(
          tx,
          latest.id,
          change.optedOut ? 'sms_opt_out' : 'sms_opt_in',
          { keyword: change.keyword, providerMessageId: message.providerMessageId },
          at,
        );
        if (change.optedOut && !CLOSED.includes(latest.status)) {
          await tx.run('UPDATE "Incident" SET "attention" = ?, "updatedAt" = ? WHERE "id" = ?', [
            optedOutAttention(change.keyword),
            at,
            latest.id,
          ]);
        }
      }
      return { duplicate: false, replies, incidentId: latest?.id ?? null };
    });
  }

  optIn(channel: ChannelId, address: string): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(
        'UPDATE "Reporter" SET "optedOut" = ?, "optedOutAt" = NULL WHERE "channel" = ? AND "address" = ? AND "optedOut" = ?',
        [false, channel, address, true],
      );
    });
  }

  recordReply(incidentId: string, channel: ChannelId, to: string, text: string, at: Date): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(
        'INSERT INTO "OutboundMessage" ("incidentId", "channel", "to", "text", "kind", "status", "createdAt") ' +
          `VALUES (?, ?, ?, ?, 'reply', 'replied', ?)`,
        [incidentId, channel, to, text, at],
      );
    });
  }

  flagOptedOutReport(incidentId: string, at: Date): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run('UPDATE "Incident" SET "attention" = ?, "updatedAt" = ? WHERE "id" = ? AND "attention" IS NULL', [
        optedOutAttention('STOP'),
        at,
        incidentId,
      ]);
    });
  }
}

function optedOutAttention(keyword: string): string {
  return `reporter texted ${keyword}: SMS to them may be blocked until they text START; call back`;
}

function langOf(state: string): Lang | null {
  try {
    const lang = (JSON.parse(state) as { lang?: unknown }).lang;
    return isLang(lang) ? lang : null;
  } catch {
    return null;
  }
}
