/**
 * The WeChat bot as a new user meets it: `createGateway` with WECHATY_PUPPET set starts the bot with the
 * server and stops it cleanly; the log shows login state and the QR link, never the puppet token.
 */
import { testDatabaseUrl } from '../../helpers/database.js';
import { Writable } from 'node:stream';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { describe, expect, it } from 'vitest';
import { createWechatyChannel } from '../../../src/channels/wechaty/adapter.js';
import type { ChannelAdapter } from '../../../src/channels/types.js';
import { loadConfig } from '../../../src/config.js';
import { createGateway } from '../../../src/gateway.js';
import { createLogger } from '../../../src/log.js';
import { tempDir } from '../../helpers/gateway.js';
import { waitFor } from './wechaty-harness.js';

const TOKEN = 'puppet_service_token_3f9a7c';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger('info', sink), text: () => JSON.stringify(lines) };
}

async function gateway(env: Record<string, string>, channels?: readonly ChannelAdapter[]) {
  const out = capture();
  const config = loadConfig({ DATABASE_URL: await testDatabaseUrl(tempDir()), PORT: '0', ...env });
  const gw = await createGateway(config, { log: out.log, timerIntervalMs: 0, ...(channels ? { channels } : {}) });
  return { gw, out };
}

describe('wechaty channel in the gateway', () => {
  it('starts with the server when WECHATY_PUPPET=wechaty-puppet-mock is set, and stops cleanly', async () => {
    const { gw, out } = await gateway({ WECHATY_PUPPET: 'wechaty-puppet-mock', WECHATY_PUPPET_TOKEN: TOKEN });
    const server = await gw.start();
    expect(server.listening).toBe(true);
    expect(out.lines).toContainEqual(expect.objectContaining({ channel: 'wechat', msg: 'channel on' }));
    expect(out.lines).toContainEqual(
      expect.objectContaining({ channel: 'wechat', puppet: 'wechaty-puppet-mock', loggedIn: false }),
    );
    await gw.stop();
    expect(server.listening).toBe(false);
    expect(out.text()).not.toContain(TOKEN);
  });

  it('says in the log why the bot is off when WECHATY_PUPPET is not set', async () => {
    const { gw, out } = await gateway({});
    await gw.start();
    await gw.stop();
    expect(out.lines).toContainEqual(
      expect.objectContaining({
        channel: 'wechat',
        msg: 'channel off',
        reason: expect.stringContaining('WECHATY_PUPPET') as string,
      }),
    );
  });

  it('refuses to start with a puppet package that is not installed, naming it', async () => {
    const { gw } = await gateway({ WECHATY_PUPPET: 'wechaty-puppet-not-installed' });
    await expect(gw.start()).rejects.toThrow(/cannot load puppet "wechaty-puppet-not-installed"/);
    await gw.stop();
  });

  it('logs the QR link to scan, then the login and logout, at info level and without the contact id', async () => {
    const mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const { gw, out } = await gateway({}, [createWechatyChannel({ puppet })]);
    await gw.start();
    mocker.scan('https://login.weixin.qq.com/l/Ab_cD==', 2);
    const bot = mocker.createContact({ id: 'wxid_bot_7k2m9q', name: '110' });
    mocker.login(bot);
    await waitFor(() => out.lines.some((l) => l.msg === 'wechat bot logged in'), 'the login line');
    await gw.stop();

    const qr = out.lines.find((l) => typeof l.qr === 'string');
    expect(qr).toMatchObject({
      level: 30,
      status: 'Waiting',
      qr: 'https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2FAb_cD%3D%3D',
    });
    expect(out.lines).toContainEqual(
      expect.objectContaining({ level: 30, msg: 'wechat bot logged in', user: '***2m9q' }),
    );
    expect(out.lines.some((l) => String(l.msg).startsWith('wechat bot logged out'))).toBe(true);
    expect(out.text()).not.toContain('wxid_bot_7k2m9q');
  });
});
