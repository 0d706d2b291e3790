/**
 * Wechaty's own logger prints the puppet token at its verbose level ("Puppet constructor({"token":...})").
 * With the gateway logging at trace (Wechaty then at silly, everything it has), no line anywhere — the
 * gateway's log or the process's stdout/stderr — carries the token; Wechaty's lines still arrive.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { redactSecrets, secretsOf } from '../../../src/channels/wechaty/logging.js';
import { createWechatyChannel } from '../../../src/channels/wechaty/adapter.js';
import { loadConfig } from '../../../src/config.js';
import { testGateway, type TestGateway } from '../../helpers/gateway.js';

const TOKEN = 'puppet_TOKEN_s3cr3t_4242';
let gw: TestGateway | null = null;
afterEach(async () => {
  await gw?.stop();
  gw = null;
});

describe('secrets stay out of Wechaty’s logs', () => {
  it('at trace/silly the puppet token is in no log line and no stdout/stderr write, and Wechaty still logs', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const written: string[] = [];
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
      written.push(String(chunk));
      return out(chunk, ...rest);
    };
    process.stderr.write = (chunk: string | Uint8Array, ...rest: never[]) => {
      written.push(String(chunk));
      return err(chunk, ...rest);
    };
    try {
      gw = await testGateway(
        { WECHATY_PUPPET: 'wechaty-puppet-mock', WECHATY_PUPPET_TOKEN: TOKEN },
        { channels: [createWechatyChannel({ healthCheckMs: 60_000 })], log: pino({ level: 'trace' }, stream) },
      );
      await gw.start();
      await gw.stop();
      gw = null;
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    const wechatyLines = lines.filter((l) => l.includes('"wechaty":'));
    expect(wechatyLines.some((l) => /VERB/.test(l) && /Puppet constructor/.test(l))).toBe(true);
    expect(wechatyLines.some((l) => /SILL/.test(l))).toBe(true);
    for (const l of [...lines, ...written]) expect(l).not.toContain(TOKEN);
  });

  it('redacts configured secrets and token-like fields in any text', () => {
    const config = loadConfig({
      WECHATY_PUPPET_TOKEN: TOKEN,
      SMPP_URL: 'smpp://gw110:pa55word@smsc.example:2775',
      TWILIO_AUTH_TOKEN: '9d2c1b0a8f7e6d5c4b3a29181716f5e4',
    });
    const secrets = secretsOf(config);
    expect(secrets).toEqual(expect.arrayContaining([TOKEN, 'pa55word', '9d2c1b0a8f7e6d5c4b3a29181716f5e4']));
    const text = redactSecrets(`constructor({"token":"other-${TOKEN}"}) pa55word token=abc`, secrets);
    expect(text).not.toMatch(/s3cr3t|pa55word|abc/);
  });
});
