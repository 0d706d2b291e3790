/** `npm run simulate -- --channel wechat-oa` plays a follower: signed XML pushes, passive replies printed. */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWechatOaChannel } from '../../../src/channels/wechat-oa/adapter.js';
import { TestClock, testGateway, type TestGateway } from '../../helpers/gateway.js';
import { OA_TOKEN } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../../..');
let gw: TestGateway;
let base: string;

beforeAll(async () => {
  gw = await testGateway(
    { HOST: '127.0.0.1', PORT: '0', WECHAT_OA_TOKEN: OA_TOKEN },
    // The simulator signs with the real time, as WeChat does: the gateway's clock must be near it.
    { channels: [createWechatOaChannel()], clock: new TestClock(new Date()) },
  );
  const server = await gw.start();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await gw.stop();
});

function simulate(args: string[], lines: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
    let i = 0;
    const next = () => {
      if (i < lines.length) child.stdin.write(`${lines[i++]}\n`);
      else child.stdin.end();
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (d.toString().includes('110>') || d.toString().includes('Type your report')) setTimeout(next, 50);
    });
  });
}

describe('terminal simulator: WeChat Official Account', () => {
  it('signs pushes with WECHAT_OA_TOKEN, sends text and /loc as WeChat does, and prints the passive replies', async () => {
    const openid = 'oSimulated0000000000000000001';
    const { code, out, err } = await simulate(
      ['--channel', 'wechat-oa', '--from', openid, '--url', base],
      ['有人在砍人', '/loc 34.2583 108.9286', '/quit'],
      { WECHAT_OA_TOKEN: OA_TOKEN },
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.match(/110> /g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const rows = await gw.db.reader.inboundMessage.findMany({
      where: { channel: 'wechat-oa' },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => r.text)).toEqual(['有人在砍人', '']);
    expect(rows.every((r) => /^\d{19}$/.test(r.providerMessageId))).toBe(true);
    expect(JSON.parse(rows[1]!.location!)).toMatchObject({ lat: 34.2583, lon: 108.9286, datum: 'GCJ02' });
    const incident = await gw.reports.incident(rows[0]!.incidentId!);
    expect(incident?.sender).toBe(openid);
  });

  it('refuses to start without WECHAT_OA_TOKEN (it could not sign)', async () => {
    const { code, err } = await simulate(['--channel', 'wechat-oa', '--url', base], [], { WECHAT_OA_TOKEN: '' });
    expect(code).not.toBe(0);
    expect(err).toContain('WECHAT_OA_TOKEN');
  });
});
