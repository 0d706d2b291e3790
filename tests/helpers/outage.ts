/**
 * Helpers for the outage suites: a gateway whose log lines are kept (to check what an operator reads), real
 * HTTP on an ephemeral port, and a free port with nothing listening (connection refused).
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { ChannelAdapter } from '../../src/channels/types.js';
import { loadConfig } from '../../src/config.js';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { createGateway, type GatewayOptions } from '../../src/gateway.js';
import { InlineStepRunner } from '../../src/runtime/inline-runner.js';
import { API_TOKEN, TestClock, withInspection } from './gateway.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A gateway as tests/helpers/gateway.ts builds it, with its log kept in `lines` and any gateway option. */
export async function loggedGateway(
  env: Record<string, string>,
  opts: Partial<GatewayOptions> & { channels?: readonly ChannelAdapter[]; clock?: TestClock } = {},
) {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const clock = opts.clock ?? new TestClock();
  const config = loadConfig({ DISPATCH_API_TOKEN: API_TOKEN, PORT: '0', ...env });
  const gateway = await createGateway(config, {
    timerIntervalMs: 0,
    stepRunner: new InlineStepRunner(defaultFlow),
    ...opts,
    log: pino({ level: 'info' }, sink),
    clock,
  });
  return Object.assign(withInspection(gateway), { clock, lines, raw: () => raw.join('\n') });
}

/** A port on 127.0.0.1 where nothing listens (taken and released at once). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - started;
}
