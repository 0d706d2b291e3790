/**
 * User level: `npm run simulate -- --channel sms` texts a running gateway exactly as Twilio would (signed
 * form posts), and a whole Chinese report is completed by SMS.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioSmsChannel } from '../../../src/channels/twilio-sms/adapter.js';
import { webChannel } from '../../../src/channels/web/adapter.js';
import type { IncidentView } from '../../../src/core/view.js';
import { API_TOKEN, testGateway, type TestGateway } from '../../helpers/gateway.js';
import { fakeTwilioApi, smsEnv } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../../..');
const REPORTER = '+8613800138000';
let gw: TestGateway;
let base: string;

/** A free local port, so PUBLIC_BASE_URL can name the very URL the gateway listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  gw = await testGateway(
    { ...smsEnv, HOST: '127.0.0.1', PORT: String(port), PUBLIC_BASE_URL: base },
    { channels: [webChannel, createTwilioSmsChannel({ httpClient: fakeTwilioApi().httpClient })] },
  );
  await gw.start();
});
afterAll(async () => {
  await gw.stop();
});

/** What a reporter at the scene answers to each question (matched on the question's words). */
const ANSWERS: [RegExp, string][] = [
  [/你在哪里|地址|地标/, '西安市碑林区环城公园南门'],
  [/还在发生/, '还在'],
  [/安全吗|能接电话/, '安全，不能接电话'],
  [/受伤/, '一个人头上流血了'],
  [/凶器|刀、枪/, '有刀'],
  [/几个人|长什么样/, '两个男的，穿黑衣服，往北跑了'],
  [/车牌|有车吗/, '2'],
  [/什么时候/, '十分钟前'],
  [/损失/, '没有'],
  [/发生了什么/, '有人打架'],
  [/手机号|号码/, '不想说'],
  [/称呼/, '不想说'],
  [/关系/, '路人'],
];

/**
 * Runs the simulator and answers every question it prints until the report is complete, as a person
 * would: one line after each batch of replies.
 */
function converse(first: string): Promise<{ code: number | null; out: string; err: string; sent: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/simulate.ts', '--channel', 'sms', '--from', REPORTER, '--url', base],
      {
        cwd: root,
        env: {
          ...process.env,
          TWILIO_AUTH_TOKEN: smsEnv.TWILIO_AUTH_TOKEN,
          TWILIO_ACCOUNT_SID: smsEnv.TWILIO_ACCOUNT_SID,
          TWILIO_FROM: smsEnv.TWILIO_FROM,
          PUBLIC_BASE_URL: base,
          DISPATCH_API_TOKEN: API_TOKEN,
        },
      },
    );
    let out = '';
    let err = '';
    let batch: string[] = [];
    let timer: NodeJS.Timeout | null = null;
    const sent: string[] = [];
    const say = (line: string) => {
      if (line !== '/quit') sent.push(line);
      child.stdin.write(`${line}\n`);
      if (line === '/quit') child.stdin.end();
    };
    const answer = () => {
      const replies = batch;
      batch = [];
      const done = replies.some((r) => /信息已收齐|已交给民警/.test(r));
      const question = replies.at(-1) ?? '';
      if (done || sent.length >= 15) return say('/quit');
      say(ANSWERS.find(([q]) => q.test(question))?.[1] ?? '不知道');
    };
    child.stdout.on('data', (d: Buffer) => {
      const text = d.toString();
      out += text;
      if (text.includes('Type your report')) say(first);
      const lines = text.split('\n').filter((l) => l.startsWith('110> '));
      if (lines.length === 0) return;
      batch.push(...lines.map((l) => l.slice(5)));
      // Replies of one request may arrive in several chunks: answer once they stop coming.
      if (timer) clearTimeout(timer);
      timer = setTimeout(answer, 300);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err, sent }));
  });
}

describe('terminal simulator over SMS', () => {
  it('completes a whole Chinese report by SMS; the transcript lists every text with its MessageSid', async () => {
    const { code, out, err, sent } = await converse('有人在打架，有人拿着刀');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/信息已收齐|已交给民警/);

    const [summary] = await gw.reports.list({ sender: REPORTER, limit: 1 });
    expect(summary).toBeDefined();
    const res = await request(gw.app)
      .get(`/api/v1/incidents/${summary!.id}`)
      .set('Authorization', `Bearer ${API_TOKEN}`);
    expect(res.status).toBe(200);
    const incident = res.body as IncidentView;
    expect(incident.channel).toBe('sms');
    expect(incident.status).not.toBe('collecting');
    expect(incident.elements.callback).toBe(REPORTER);
    expect(incident.elements.location).toContain('环城公园南门');

    const inbound = incident.transcript.filter((t) => t.direction === 'in');
    expect(inbound.map((t) => t.text)).toEqual(sent);
    for (const t of inbound) expect(t.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    // Every answer the gateway gave is what the simulator printed from the TwiML.
    for (const t of incident.transcript.filter((e) => e.direction === 'out')) expect(out).toContain(`110> ${t.text}`);
  }, 60_000);
});
