/**
 * Two gateway processes on one PostgreSQL database (the PostgreSQL pass of `.ci/run`): real child processes
 * started as `npm start` does, the same SMS reporters' messages alternating between them and many reporters
 * at once. The incidents and transcripts equal those of a single-process run of the same conversations; a
 * change committed in one process reaches the live events of the other; and kill -9 of either process under
 * load loses nothing it acknowledged while the other keeps answering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { onPostgres, testDatabaseUrl } from '../helpers/database.js';
import { tempDir } from '../helpers/temp.js';
import { inboundForm, PUBLIC_BASE_URL, sign, smsEnv, twimlTexts } from '../channels/twilio-sms/fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'two-process-token';
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = http.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** A dispatch webhook receiver that records every delivery's Idempotency-Key. */
async function receiver(): Promise<{ url: string; keys: string[]; close: () => Promise<void> }> {
  const keys: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      keys.push(String(req.headers['idempotency-key']));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, keys, close: () => new Promise((r) => server.close(() => r())) };
}

async function startGateway(databaseUrl: string, port: number, hook: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      ...smsEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DISPATCH_API_TOKEN: TOKEN,
      DISPATCH_WEBHOOK_URL: hook,
      DISPATCH_WEBHOOK_SECRET: 'two-process-secret',
      LOG_LEVEL: 'warn',
      NEW_REPORTS_PER_IP_PER_10MIN: '100000',
      NEW_REPORTS_PER_SENDER_PER_HOUR: '100000',
      MESSAGES_PER_SENDER_PER_MIN: '100000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited: ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gateway did not start: ${stderr}`);
}

/** Texts the gateway at `port` as Twilio would (signed over the public URL both processes share). */
async function sms(port: number, from: string, body: string): Promise<{ status: number; replies: string[] }> {
  const form = inboundForm({ from, body });
  const res = await fetch(`http://127.0.0.1:${port}/channels/twilio/sms`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': sign(`${PUBLIC_BASE_URL}/channels/twilio/sms`, form),
    },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, replies: twimlTexts(await res.text()) };
}

interface View {
  id: string;
  reference: string;
  sender: string;
  status: string;
  category: string | null;
  priority: string;
  earlyDispatched: boolean;
  elements: Record<string, string>;
  transcript: { direction: string; text: string }[];
}

async function incidents(port: number): Promise<View[]> {
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const list = (await (
    await fetch(`http://127.0.0.1:${port}/api/v1/incidents?limit=500`, { headers: auth })
  ).json()) as {
    incidents: View[];
  };
  return list.incidents;
}

/** What must be equal between runs: per sender, the incident's outcome and its transcript (references masked). */
function outcome(views: View[]) {
  return Object.fromEntries(
    views
      .map(
        (v) =>
          [
            v.sender,
            {
              status: v.status,
              category: v.category,
              priority: v.priority,
              earlyDispatched: v.earlyDispatched,
              elements: v.elements,
              transcript: v.transcript.map((t) => `${t.direction} ${t.text.split(v.reference).join('<ref>')}`),
            },
          ] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const CONVERSATIONS = [
  ['环城公园南门有人拿刀砍人', '还在', '一个人流血', '有刀', '两个男的往北跑了'],
  ['我的电动车被偷了', '碑林区南大街12号楼下', '十分钟前', '一辆红色电动车', '没看见'],
  ['Someone broke into my house at 42 Elm Street', 'yes still here', 'no', 'one man in a black hoodie'],
  ['有人打我老婆，在幸福小区3号楼2单元', '还在打', '她流血了', '没有刀', '就他一个人'],
  ['my bike was stolen outside the library on Park Road', 'about an hour ago', 'blue mountain bike', 'no'],
];
const REPORTERS = 20;
const phone = (i: number) => `+86138${String(10_000_000 + i).slice(-8)}`;

async function playAll(ports: number[]): Promise<void> {
  await Promise.all(
    Array.from({ length: REPORTERS }, async (_, r) => {
      const texts = CONVERSATIONS[r % CONVERSATIONS.length]!;
      for (const [i, text] of texts.entries()) {
        // The same reporter's messages alternate between the processes.
        const res = await sms(ports[(r + i) % ports.length]!, phone(r), text);
        expect(res.status).toBe(200);
        expect(res.replies.length).toBeGreaterThan(0);
      }
    }),
  );
}

describe.runIf(onPostgres)('two gateway processes on one PostgreSQL database', () => {
  const hooks: { close: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const h of hooks) await h.close();
  });

  it('the same reporters alternating between them give the incidents and transcripts of a single process', async () => {
    const hookTwo = await receiver();
    const hookOne = await receiver();
    hooks.push(hookTwo, hookOne);
    const twoDb = await testDatabaseUrl(tempDir());
    const [a, b] = [await freePort(), await freePort()];
    await Promise.all([startGateway(twoDb, a, hookTwo.url), startGateway(twoDb, b, hookTwo.url)]);
    await playAll([a, b]);

    const oneDb = await testDatabaseUrl(tempDir());
    const single = await freePort();
    await startGateway(oneDb, single, hookOne.url);
    await playAll([single]);

    const [fromA, fromB, fromSingle] = await Promise.all([incidents(a), incidents(b), incidents(single)]);
    expect(fromA).toHaveLength(REPORTERS);
    expect(outcome(fromA)).toEqual(outcome(fromB));
    expect(outcome(fromA)).toEqual(outcome(fromSingle));
    // Every early dispatch reached dispatch, whichever process wrote it and whichever delivered it.
    const early = fromA.filter((v) => v.earlyDispatched).map((v) => `${v.id}:1`);
    expect(early.length).toBeGreaterThan(0);
    const delivered = () => early.filter((k) => hookTwo.keys.includes(k)).length;
    for (let i = 0; i < 200 && delivered() < early.length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(delivered()).toBe(early.length);
  }, 180_000);

  it('a change committed in one process reaches the live events of the other', async () => {
    const hook = await receiver();
    hooks.push(hook);
    const db = await testDatabaseUrl(tempDir());
    const [a, b] = [await freePort(), await freePort()];
    await Promise.all([startGateway(db, a, hook.url), startGateway(db, b, hook.url)]);
    const controller = new AbortController();
    const events = await fetch(`http://127.0.0.1:${b}/api/v1/events`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
      signal: controller.signal,
    });
    const reader = events.body!.getReader();
    const seen = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return text;
        text += new TextDecoder().decode(value);
        if (text.includes('event: incident')) return text;
      }
    })();
    const res = await sms(a, '+8613811112222', '环城公园南门有人拿刀砍人');
    expect(res.status).toBe(200);
    const text = await Promise.race([seen, new Promise<string>((r) => setTimeout(() => r('timeout'), 10_000))]);
    controller.abort();
    expect(text).toContain('event: incident');
    expect(text).toContain('"priority":"P1"');
  }, 120_000);

  it('kill -9 of either process under load loses nothing it acknowledged, and the other keeps answering', async () => {
    const hook = await receiver();
    hooks.push(hook);
    const db = await testDatabaseUrl(tempDir());
    const [a, b] = [await freePort(), await freePort()];
    const [procA] = await Promise.all([startGateway(db, a, hook.url), startGateway(db, b, hook.url)]);
    const acknowledged = new Map<string, string[]>();
    let stop = false;
    let afterKill = 0;
    let killed = false;
    const load = Array.from({ length: 16 }, async (_, r) => {
      for (let i = 0; !stop; i++) {
        const port = (r + i) % 2 === 0 ? a : b;
        const text = `reporter ${r} message ${i}: 我的电动车被偷了`;
        const res = await sms(port, phone(100 + r), text).catch(() => null);
        if (res?.status === 200) {
          acknowledged.set(phone(100 + r), [...(acknowledged.get(phone(100 + r)) ?? []), text]);
          if (killed && port === b) afterKill += 1;
        }
      }
    });
    for (let waited = 0; [...acknowledged.values()].flat().length < 60 && waited < 30_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    procA.kill('SIGKILL');
    killed = true;
    await new Promise((r) => setTimeout(r, 2000));
    stop = true;
    await Promise.all(load);
    expect(afterKill).toBeGreaterThan(5);

    const views = await incidents(b);
    const stored = new Map<string, string[]>();
    for (const v of views) {
      stored.set(v.sender, [
        ...(stored.get(v.sender) ?? []),
        ...v.transcript.filter((t) => t.direction === 'in').map((t) => t.text),
      ]);
    }
    for (const [sender, texts] of acknowledged) {
      for (const t of texts) expect(stored.get(sender), `${sender}: "${t}" was acknowledged`).toContain(t);
    }
  }, 120_000);
});
