/**
 * `npm run simulate -- --channel smpp` plays a phone behind a tiny SMSC: the gateway binds to it through
 * SMPP_URL, a typed line is a deliver_sm, the gateway's submit_sm are printed as the replies.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmppChannel } from '../../../src/channels/smpp/adapter.js';
import { testGateway, type TestGateway } from '../../helpers/gateway.js';

const root = path.resolve(import.meta.dirname, '../../..');
let gw: TestGateway | null = null;
let child: ChildProcessWithoutNullStreams | null = null;
afterEach(async () => {
  // The gateway first: it unbinds from the simulator's SMSC while that still answers.
  await gw?.stop();
  gw = null;
  child?.kill();
  child = null;
});

describe('terminal simulator: carrier SMS over SMPP', () => {
  it('starts an SMSC the gateway binds to, sends a typed line as deliver_sm and prints the submit_sm replies', async () => {
    const sim = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/simulate.ts', '--channel', 'smpp', '--port', '0', '--from', '+8613800138000'],
      { cwd: root, env: process.env },
    );
    child = sim;
    let out = '';
    sim.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const until = async (check: () => boolean, what: string) => {
      const end = Date.now() + 20_000;
      while (!check()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}; output so far:\n${out}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await until(() => /SMPP_URL=\S+/.test(out), 'the SMSC');
    const url = /SMPP_URL=(\S+)/.exec(out)![1]!;
    expect(url).toMatch(/^smpp:\/\/simulator:simulate@127\.0\.0\.1:\d+$/);

    gw = await testGateway(
      { SMPP_URL: url, SMPP_SOURCE_ADDR: '12110' },
      { channels: [createSmppChannel({ keepAliveMs: 1000, rebindCapMs: 200 })] },
    );
    await gw.start();
    await until(() => out.includes('the gateway is bound'), 'the bind');

    sim.stdin.write('有人在环城公园南门持刀砍人\n');
    await until(() => /110> .*[\u4e00-\u9fff]/.test(out), 'a reply');
    const [incident] = await gw.reports.list({ sender: '+8613800138000', limit: 1 });
    expect(incident?.channel).toBe('smpp');
    const rows = await gw.db.reader.inboundMessage.findMany({ where: { channel: 'smpp' } });
    expect(rows.map((r) => r.text)).toEqual(['有人在环城公园南门持刀砍人']);
    const sent = await gw.db.reader.outboundMessage.findMany({ where: { channel: 'smpp' }, orderBy: { id: 'asc' } });
    const printed = out
      .split('\n')
      .filter((l) => l.startsWith('110> '))
      .map((l) => l.slice(5));
    expect(printed[0]).toBe(sent[0]!.text);

    // The SMSC goes away (the simulator is closed): the gateway still stops promptly.
    sim.kill();
    child = null;
    const stopping = Date.now();
    await gw.stop();
    gw = null;
    expect(Date.now() - stopping).toBeLessThan(5000);
  });
});
