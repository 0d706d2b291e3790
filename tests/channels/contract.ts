/**
 * The contract every webhook channel adapter must pass, run once per channel with that channel's
 * real-shaped fixtures: a valid request is stored once and answered; a repeated provider id replays
 * the first answer and stores nothing; a forged request is refused with 403 and stores nothing; an
 * oversized body gets 413; a message with no text still gets an answer; and the service keeps going.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelAdapter } from '../../src/channels/types.js';
import { testGateway, type TestGateway } from '../helpers/gateway.js';

export interface Inbound {
  /** The provider's message id. */
  id: string;
  /** The reporter's address on the channel. */
  from: string;
  text: string;
}

export interface ChannelFixture {
  name: string;
  /** Environment that turns the channel on. */
  env?: Record<string, string>;
  /** Adapters to run the gateway with (defaults to the registry). */
  channels?: () => readonly ChannelAdapter[];
  /** A valid (signed) request carrying one inbound message. */
  send(gw: TestGateway, m: Inbound): request.Test;
  /** The same message with a missing or wrong signature; omitted for unsigned channels (web). */
  forged?(gw: TestGateway, m: Inbound): request.Test;
  /** A request whose body is over the channel's limit. */
  oversized(gw: TestGateway): request.Test;
  /** The reply texts the response carries (TwiML, XML, JSON...). */
  replies(res: request.Response): string[];
  /** The address the adapter records for the reporter (e.g. E.164), if it differs from `from`. */
  storedSender?(m: Inbound): string;
  /** Whether the channel accepts a message with no text (media only, an event). */
  allowsEmptyText?: boolean;
  /**
   * The provider message id stored for a contract message id, when the channel's ids have a fixed shape
   * (WeChat's MsgId is a number); by default the stored id ends with the contract id.
   */
  storedId?(id: string): string;
}

async function inboundCount(gw: TestGateway): Promise<number> {
  return gw.db.reader.inboundMessage.count();
}

export function channelContract(f: ChannelFixture): void {
  describe(`channel contract: ${f.name}`, () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await testGateway(f.env ?? {}, f.channels ? { channels: f.channels() } : {});
    });
    afterAll(async () => {
      await gw.stop();
    });

    const first: Inbound = { id: `${f.name}-c1`, from: 'contract-reporter-1', text: '有人在砍人' };
    const storedId = (id: string) => (f.storedId ? f.storedId(id) : id);

    it('stores a valid message once and answers it in the response', async () => {
      const res = await f.send(gw, first);
      expect(res.status).toBeLessThan(400);
      const replies = f.replies(res);
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.join('')).toMatch(/[\u4e00-\u9fff]/);
      const stored = await gw.db.reader.inboundMessage.findFirstOrThrow({
        where: { providerMessageId: { endsWith: storedId(first.id) } },
      });
      expect(stored.text).toBe(first.text);
      expect(stored.processedAt).not.toBeNull();
      const incident = await gw.reports.incident(stored.incidentId!);
      expect(incident?.sender).toEqual(f.storedSender ? f.storedSender(first) : first.from);
    });

    it('a repeated provider message id replays the first answer and stores nothing new', async () => {
      const before = await inboundCount(gw);
      const outBefore = await gw.db.reader.outboundMessage.count();
      const again = await f.send(gw, first);
      expect(again.status).toBeLessThan(400);
      const original = await gw.db.reader.inboundMessage.findFirstOrThrow({
        where: { providerMessageId: { endsWith: storedId(first.id) } },
      });
      expect(f.replies(again)).toEqual(JSON.parse(original.replies!));
      expect(await inboundCount(gw)).toBe(before);
      expect(await gw.db.reader.outboundMessage.count()).toBe(outBefore);
    });

    it('continues the same incident with the next message of the same reporter', async () => {
      const res = await f.send(gw, { id: `${f.name}-c2`, from: first.from, text: '环城公园南门' });
      expect(res.status).toBeLessThan(400);
      const rows = await gw.db.reader.inboundMessage.findMany({ orderBy: { id: 'asc' } });
      const mine = rows.filter(
        (r) =>
          r.providerMessageId.endsWith(storedId(`${f.name}-c1`)) ||
          r.providerMessageId.endsWith(storedId(`${f.name}-c2`)),
      );
      expect(new Set(mine.map((r) => r.incidentId)).size).toBe(1);
    });

    if (f.forged) {
      it('a forged request gets 403 and nothing is stored', async () => {
        const before = await inboundCount(gw);
        const res = await f.forged!(gw, { id: `${f.name}-forged`, from: 'contract-attacker', text: 'forged' });
        expect(res.status).toBe(403);
        expect(await inboundCount(gw)).toBe(before);
      });
    }

    it('an oversized body gets 413 and nothing is stored', async () => {
      const before = await inboundCount(gw);
      const res = await f.oversized(gw);
      expect(res.status).toBe(413);
      expect(await inboundCount(gw)).toBe(before);
    });

    if (f.allowsEmptyText) {
      it('a message with no text still gets an answer', async () => {
        const res = await f.send(gw, { id: `${f.name}-empty`, from: 'contract-reporter-2', text: '' });
        expect(res.status).toBeLessThan(400);
        expect(f.replies(res).length).toBeGreaterThan(0);
      });
    }

    it('keeps answering afterwards', async () => {
      const res = await f.send(gw, { id: `${f.name}-c3`, from: 'contract-reporter-3', text: 'my bike was stolen' });
      expect(res.status).toBeLessThan(400);
      expect(f.replies(res).length).toBeGreaterThan(0);
    });
  });
}
