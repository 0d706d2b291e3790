/**
 * kill -9 at random moments under load, several times, on the real server (`node scripts/start.mjs`), on the
 * database of the pass (SQLite file or PostgreSQL).
 *
 * Reporters talk to it the whole time: web reporters through the JSON API (Idempotency-Key on every message)
 * and SMS reporters through signed Twilio webhooks (a MessageSid per message). Every first message is
 * life-threatening and names a place, so each incident goes to dispatch as `early_dispatch` while it is still
 * collecting. A message that got no 2xx (the server died under it, or was down) is sent again, with the same
 * key or MessageSid, as a client or Twilio would. Dispatch's webhook is a real HTTP receiver in this process.
 *
 * After the last restart:
 * - every message that got a 2xx acknowledgement is stored: it is in its incident's transcript, exactly once;
 * - every incident's early dispatch reached the receiver. "Exactly once" means exactly once *by idempotency
 *   key*: each incident has exactly one key (`<incidentId>:<revision>`) carrying `early_dispatch`, and every
 *   delivery of a key carries the same bytes. The receiver may see a key more than once (delivery is at least
 *   once: a kill between the receiver's 2xx and the outbox recording it repeats it), which a receiver that
 *   dedupes by key (CONTRACT.md) counts once; the figures print how many such repeats there were;
 * - conversations continue: a reporter's next message joins the same incident.
 *
 * The moments of the kills come from a seeded random: the seed is printed, CRASH_SEED=<seed> replays it.
 */
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../helpers/database.js';
import { freePort, kill9, startServer, webhookReceiver, type ServerProcess } from '../helpers/server-process.js';
import { tempDir } from '../helpers/temp.js';
import { inboundForm, sign, smsEnv } from '../channels/twilio-sms/fixtures.js';

const SEED = Number(process.env.CRASH_SEED ?? crypto.randomInt(2 ** 31));
/** kill -9 cycles: each costs a start of the real server (several seconds on a loaded 2-core machine). */
const CYCLES = 4;
const WEB_REPORTERS = 10;
const SMS_REPORTERS = 6;
const TOKEN = 'crash-dispatch-token';
const SECRET = 'crash-webhook-secret-7c1d';

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEB_SCRIPT = [
  '有人在环城公园南门持刀砍人',
  '一个男的，三十多岁，穿黑色外套',
  '有一个人受伤了，在流血',
  '他往北边跑了',
];
const SMS_SCRIPT = [
  'A man is stabbing people outside 5 Main Street, help',
  'he is about 30, black jacket, has a knife',
  'one person is bleeding on the ground',
  'he ran north towards the station',
];
/** Messages per reporter: the script, then updates, so that load lasts through every cycle. */
const MESSAGES = 14;

interface Reporter {
  kind: 'web' | 'sms';
  index: number;
  sender: string;
  token: string | null;
  incidentId: string | null;
  /** Index of the next message to send (it is re-sent until acknowledged). */
  next: number;
  acknowledged: string[];
}

const textOf = (r: Reporter, i: number) => {
  const script = r.kind === 'web' ? WEB_SCRIPT : SMS_SCRIPT;
  const base = script[i] ?? (r.kind === 'web' ? `补充情况${i}：他还在附近` : `update ${i}: he is still around`);
  return `${base} [${r.kind}${r.index}#${i}]`;
};
const sidOf = (r: Reporter, i: number) =>
  `SM${crypto.createHash('sha256').update(`${SEED}/${r.index}/${i}`).digest('hex').slice(0, 32)}`;

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await kill9(s.child);
});

/** One attempt at the reporter's next message; true when it was acknowledged (2xx). */
async function sendNext(base: string, r: Reporter, text = textOf(r, r.next), key = `m${r.next}`): Promise<boolean> {
  const signal = AbortSignal.timeout(10_000);
  try {
    if (r.kind === 'web') {
      const url = r.token ? `${base}/api/v1/reports/${r.token}/messages` : `${base}/api/v1/reports`;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `${SEED}-${r.index}-${key}` },
        body: JSON.stringify({ text }),
        signal,
      });
      if (res.status !== 200 && res.status !== 201) return false;
      const body = (await res.json()) as { token?: string; incidentId?: string };
      if (!r.token) {
        r.token = body.token ?? null;
        r.incidentId = body.incidentId ?? null;
      }
      return true;
    }
    const form = inboundForm({
      from: r.sender,
      body: text,
      sid: key === 'continue' ? sidOf(r, 999) : sidOf(r, r.next),
    });
    const res = await fetch(`${base}/channels/twilio/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': sign(`${smsEnv.PUBLIC_BASE_URL}/channels/twilio/sms`, form),
      },
      body: new URLSearchParams(form).toString(),
      signal,
    });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false; // refused, reset or cut off by the kill: not acknowledged
  }
}

describe('kill -9 at random moments under load', () => {
  it(
    `every acknowledged message is stored, every early dispatch delivered once by key, conversations continue`,
    { timeout: 120_000 },
    async () => {
      console.log(`crash suite seed: ${SEED} (replay with CRASH_SEED=${SEED})`);
      const random = seeded(SEED);
      const receiver = await webhookReceiver(SECRET);
      const dir = tempDir('crash-');
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env = {
        ...smsEnv,
        DATABASE_URL: await testDatabaseUrl(dir),
        DISPATCH_API_TOKEN: TOKEN,
        DISPATCH_WEBHOOK_URL: receiver.url,
        DISPATCH_WEBHOOK_SECRET: SECRET,
        NEW_REPORTS_PER_IP_PER_10MIN: '100000',
        NEW_REPORTS_PER_SENDER_PER_HOUR: '100000',
        MESSAGES_PER_SENDER_PER_MIN: '100000',
        // Out-of-band SMS (replies of a message recovered after a crash) must not leave this machine.
        HTTPS_PROXY: 'http://127.0.0.1:9',
        https_proxy: 'http://127.0.0.1:9',
      };
      const reporters: Reporter[] = [
        ...Array.from({ length: WEB_REPORTERS }, (_, i) => ({ kind: 'web' as const, index: i, sender: '' })),
        ...Array.from({ length: SMS_REPORTERS }, (_, i) => ({
          kind: 'sms' as const,
          index: WEB_REPORTERS + i,
          sender: `+861390000${String(1000 + i).slice(-4)}`,
        })),
      ].map((r) => ({ ...r, token: null, incidentId: null, next: 0, acknowledged: [] }));

      let running = true;
      const load = reporters.map(async (r) => {
        while (running && r.next < MESSAGES) {
          const text = textOf(r, r.next);
          if (await sendNext(base, r)) {
            r.acknowledged.push(text);
            r.next += 1;
          } else {
            await new Promise((res) => setTimeout(res, 20 + random() * 30));
          }
        }
      });

      const readyMs: number[] = [];
      const acknowledgedAtKill: number[] = [];
      const total = () => reporters.reduce((n, r) => n + r.acknowledged.length, 0);
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const server = await startServer(port, env);
        servers.push(server);
        readyMs.push(server.readyMs);
        // A random moment: after 150-1200 ms of load, and once at least a few messages went through.
        const startedWith = total();
        const wait = 150 + random() * 1050;
        const t0 = Date.now();
        while (Date.now() - t0 < wait || (total() - startedWith < 3 && Date.now() - t0 < 15_000)) {
          await new Promise((res) => setTimeout(res, 10));
        }
        await kill9(server.child);
        acknowledgedAtKill.push(total());
      }

      // The last start: no more kills. Once every reporter's first (life-threatening) message is acknowledged,
      // the load stops; messages in flight then complete.
      const last = await startServer(port, env);
      servers.push(last);
      readyMs.push(last.readyMs);
      const settleBy = Date.now() + 30_000;
      while (reporters.some((r) => r.next < 1) && Date.now() < settleBy) {
        await new Promise((res) => setTimeout(res, 20));
      }
      running = false;
      await Promise.all(load);

      // Conversations continue: each reporter's next message joins the incident it already has.
      const continued = await Promise.all(
        reporters.map(async (r) => {
          const text = `${r.kind === 'web' ? '我还在这里' : 'I am still here'} [${r.kind}${r.index}#continue]`;
          return { r, text, ok: await sendNext(base, r, text, 'continue') };
        }),
      );
      for (const c of continued) expect(c.ok, `${c.r.kind}${c.r.index} could not continue`).toBe(true);

      const auth = { Authorization: `Bearer ${TOKEN}` };
      const incidentOf = async (r: Reporter): Promise<string> => {
        if (r.kind === 'web') return r.incidentId!;
        const res = await fetch(
          `${base}/api/v1/incidents?channel=sms&sender=${encodeURIComponent(r.sender)}&limit=50`,
          { headers: auth },
        );
        const list = ((await res.json()) as { incidents: { id: string }[] }).incidents;
        expect(
          list.map((i) => i.id),
          `SMS reporter ${r.sender} has one incident`,
        ).toHaveLength(1);
        return list[0]!.id;
      };

      let stored = 0;
      const incidents: string[] = [];
      for (const { r, text } of continued) {
        expect(r.acknowledged.length, `${r.kind}${r.index} got its first message through`).toBeGreaterThan(0);
        const id = await incidentOf(r);
        incidents.push(id);
        const view = (await (await fetch(`${base}/api/v1/incidents/${id}`, { headers: auth })).json()) as {
          earlyDispatched: boolean;
          transcript: { direction: string; text: string }[];
        };
        const inbound = view.transcript.filter((t) => t.direction === 'in').map((t) => t.text);
        for (const a of [...r.acknowledged, text]) {
          expect(
            inbound.filter((t) => t === a),
            `seed ${SEED}: "${a}" acknowledged, stored once in ${id}`,
          ).toHaveLength(1);
          stored += 1;
        }
        expect(view.earlyDispatched, `seed ${SEED}: ${JSON.stringify(view).slice(0, 3000)}`).toBe(true);
      }
      expect(new Set(incidents).size, 'every reporter has an incident of their own').toBe(reporters.length);

      // Early dispatches: wait for the outbox worker of the last process to deliver what it has.
      const early = () =>
        new Set(receiver.deliveries.filter((d) => d.event === 'early_dispatch').map((d) => d.incidentId));
      const waitForEarly = async (ms: number) => {
        for (let waited = 0; incidents.some((id) => !early().has(id)) && waited < ms; waited += 100) {
          await new Promise((res) => setTimeout(res, 100));
        }
      };
      // A delivery claimed by a killed process is not left to its lease (60 s): on PostgreSQL the live process
      // sees the dead owner (its advisory lock is free) and takes the claim; on SQLite a start releases them.
      await waitForEarly(20_000);
      const byKey = new Map<string, string[]>();
      for (const d of receiver.deliveries) {
        expect(d.signed, `delivery ${d.key} carries a valid signature`).toBe(true);
        expect(d.key).toBe(`${d.incidentId}:${d.revision}`);
        byKey.set(d.key, [...(byKey.get(d.key) ?? []), d.raw]);
      }
      for (const [key, bodies] of byKey) {
        expect(new Set(bodies).size, `every delivery of ${key} is the same document`).toBe(1);
      }
      for (const id of incidents) {
        const keys = new Set(
          receiver.deliveries.filter((d) => d.incidentId === id && d.event === 'early_dispatch').map((d) => d.key),
        );
        expect([...keys], `seed ${SEED}: incident ${id} was early-dispatched under exactly one key`).toHaveLength(1);
      }
      const earlyDeliveries = receiver.deliveries.filter((d) => d.event === 'early_dispatch').length;

      const figures = {
        seed: SEED,
        kills: CYCLES,
        reporters: reporters.length,
        acknowledgedAtEachKill: acknowledgedAtKill,
        acknowledged: total() + continued.length,
        storedOfAcknowledged: stored,
        earlyDispatchIncidents: early().size,
        earlyDispatchDeliveries: earlyDeliveries,
        repeatedDeliveries: receiver.deliveries.length - byKey.size,
        deliveries: receiver.deliveries.length,
        readyMsAfterStart: readyMs.map((ms) => Math.round(ms)),
      };
      console.log(`crash suite figures: ${JSON.stringify(figures)}`);
      expect(stored).toBe(total() + continued.length);
      await kill9(last.child);
      await receiver.close();
    },
  );
});
