/** `npm run simulate` texts a running gateway from a terminal: lines in, replies out. */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGateway, type TestGateway } from '../helpers/gateway.js';

const root = path.resolve(import.meta.dirname, '../..');
let gw: TestGateway;
let base: string;

beforeAll(async () => {
  gw = await testGateway({ HOST: '127.0.0.1', PORT: '0' });
  const server = await gw.start();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await gw.stop();
});

function simulate(args: string[], lines: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
    // One line at a time, each after the previous answer, as a person would type.
    let i = 0;
    const next = () => {
      if (i < lines.length) child.stdin.write(`${lines[i++]}\n`);
      else child.stdin.end();
    };
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('110>') || d.toString().includes('Type your report')) setTimeout(next, 50);
    });
  });
}

describe('terminal simulator', () => {
  it('plays a web reporter: the report and its answers reach the gateway', async () => {
    const { code, out } = await simulate(
      ['--channel', 'web', '--url', base],
      ['My car was broken into last night', '15 Queen Street', '/quit'],
    );
    expect(code).toBe(0);
    expect(out).toMatch(/reference \d{8}-/);
    expect(out.match(/110> /g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const incidents = await gw.reports.list({ limit: 10 });
    const mine = incidents.find((i) => i.transcript.some((t) => t.text === 'My car was broken into last night'));
    expect(mine?.elements.location).toContain('15 Queen Street');
  });

  it('says which channels exist when asked for an unknown one', async () => {
    const { code, err } = await simulate(['--channel', 'pager', '--url', base], []);
    expect(code).toBe(2);
    expect(err).toContain('available: web');
  });
});
