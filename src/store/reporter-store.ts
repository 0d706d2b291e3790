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
import type { Db, Tx } from './database.js';
import type { GroupCommitter } from './group-commit.js';

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

export class ReporterStore {
  constructor(
    private readonly committer: GroupCommitter<Tx>,
    private readonly reader: Db,
    private readonly newId: () => string,
  ) {}

  async isOptedOut(channel: ChannelId, address: string): Promise<boolean> {
    const row = await this.reader.reporter.findUnique({
      where: { channel_address: { channel, address } },
      select: { optedOut: true },
    });
    return row?.optedOut ?? false;
  }

  /** The language of the reporter's latest incident, if any. */
  async language(channel: ChannelId, address: string): Promise<Lang | null> {
    const reporter = await this.reader.reporter.findUnique({ where: { channel_address: { channel, address } } });
    if (!reporter) return null;
    const latest = await this.reader.incident.findFirst({
      where: { reporterId: reporter.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { state: true },
    });
    return latest ? langOf(latest.state) : null;
  }

  /** Records STOP / START (see the file comment). Idempotent on the message's provider id. */
  recordOptChange(change: OptChange): Promise<KeywordResult> {
    const { message } = change;
    return this.committer.submit(async (tx): Promise<KeywordResult> => {
      const existing = await tx.inboundMessage.findUnique({
        where: {
          channel_providerMessageId: { channel: message.channel, providerMessageId: message.providerMessageId },
        },
      });
      if (existing) {
        return {
          duplicate: true,
          replies: existing.replies ? (JSON.parse(existing.replies) as string[]) : [],
          incidentId: existing.incidentId,
        };
      }
      const at = message.receivedAt;
      const reporter =
        (await tx.reporter.findUnique({
          where: { channel_address: { channel: message.channel, address: message.sender } },
        })) ??
        (await tx.reporter.create({
          data: { id: this.newId(), channel: message.channel, address: message.sender, createdAt: at },
        }));
      if (reporter.optedOut !== change.optedOut) {
        await tx.reporter.update({
          where: { id: reporter.id },
          data: { optedOut: change.optedOut, optedOutAt: change.optedOut ? at : null },
        });
      }
      const latest = await tx.incident.findFirst({
        where: { reporterId: reporter.id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      const replies = change.replies(latest ? langOf(latest.state) : null);
      const inbound = await tx.inboundMessage.create({
        data: {
          channel: message.channel,
          providerMessageId: message.providerMessageId,
          reporterId: reporter.id,
          incidentId: latest?.id ?? null,
          text: message.text,
          receivedAt: at,
          processedAt: at,
          replies: JSON.stringify(replies),
        },
      });
      if (latest) {
        if (replies.length > 0) {
          await tx.outboundMessage.createMany({
            data: replies.map((text) => ({
              incidentId: latest.id,
              inboundId: inbound.id,
              channel: message.channel,
              to: message.sender,
              text,
              kind: 'reply',
              status: 'replied',
              createdAt: at,
            })),
          });
        }
        await tx.auditEvent.create({
          data: {
            incidentId: latest.id,
            type: change.optedOut ? 'sms_opt_out' : 'sms_opt_in',
            data: JSON.stringify({ keyword: change.keyword, providerMessageId: message.providerMessageId }),
            at,
          },
        });
        if (change.optedOut && !CLOSED.includes(latest.status)) {
          await tx.incident.update({
            where: { id: latest.id },
            data: { attention: optedOutAttention(change.keyword), updatedAt: at },
          });
        }
      }
      return { duplicate: false, replies, incidentId: latest?.id ?? null };
    });
  }

  /** Clears the flag without recording a keyword (an opt-in word that is also an answer, such as YES). */
  optIn(channel: ChannelId, address: string): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.reporter.updateMany({
        where: { channel, address, optedOut: true },
        data: { optedOut: false, optedOutAt: null },
      });
    });
  }

  /**
   * A reply the channel adds to the core's in the same response (the SMS HELP text), kept in the
   * transcript as answered so the incident shows everything the reporter was sent.
   */
  recordReply(incidentId: string, channel: ChannelId, to: string, text: string, at: Date): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.outboundMessage.create({
        data: { incidentId, channel, to, text, kind: 'reply', status: 'replied', createdAt: at },
      });
    });
  }

  /**
   * A report from a reporter who opted out: the carrier may block our answers, so a call-taker should
   * know. An attention note already there (a failed delivery) is kept.
   */
  flagOptedOutReport(incidentId: string, at: Date): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.incident.updateMany({
        where: { id: incidentId, attention: null },
        data: { attention: optedOutAttention('STOP'), updatedAt: at },
      });
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
