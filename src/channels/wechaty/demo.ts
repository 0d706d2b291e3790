/**
 * A terminal demo of the WeChat bot channel on the Wechaty mock puppet: you are a WeChat contact texting
 * the bot; the whole gateway runs behind it (intake, flow, triage, SQLite). An entry point like main.ts,
 * so it reads the environment itself.
 *
 *   npx tsx src/channels/wechaty/demo.ts        (DATABASE_URL defaults to file:./data/wechaty-demo.db)
 *
 * Type a message and press Enter; `/loc` shares a location (the mock puppet's point in Haidian, Beijing),
 * `/quit` ends. The dispatch API runs too (PORT, DISPATCH_API_TOKEN), so a dispatcher can answer.
 */
import type { EventEmitter } from 'node:events';
import readline from 'node:readline/promises';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { loadConfig } from '../../config.js';
import { createGateway } from '../../gateway.js';
import { createLogger } from '../../log.js';
import { webChannel } from '../web/adapter.js';
import { createWechatyChannel } from './adapter.js';

const MESSAGE_TYPE_LOCATION = 8; // wechaty-puppet types.Message.Location

async function demo(): Promise<void> {
  const config = loadConfig({ DATABASE_URL: 'file:./data/wechaty-demo.db', ...process.env });
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const gateway = await createGateway(config, { log, channels: [webChannel, createWechatyChannel({ puppet })] });
  await gateway.start();

  const bot = mocker.createContact({ name: '110 文字报警' });
  mocker.login(bot);
  const me = mocker.createContact({ name: '演示用户' });
  // A mock contact is an EventEmitter (its typings need `typed-emitter`, which is not installed).
  (me as unknown as EventEmitter).on('message', (m: { payload: { talkerId?: string }; text(): string | undefined }) => {
    if (m.payload.talkerId === bot.id) process.stdout.write(`\n110> ${m.text() ?? ''}\n你> `);
  });

  process.stdout.write(
    `WeChat bot demo (mock puppet). Gateway on http://${config.host}:${config.port}. ` +
      'Type a message; /loc shares a location; /quit ends.\n你> ',
  );
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit') break;
    if (text === '/loc') {
      const id = `demo-location-${Date.now()}`;
      mocker.MessageMock.create({
        id,
        talkerId: me.id,
        listenerId: bot.id,
        timestamp: Date.now(),
        type: MESSAGE_TYPE_LOCATION,
      });
      mocker.puppet.emit('message', { messageId: id });
    } else if (text !== '') {
      me.say(text).to(bot);
    }
  }
  rl.close();
  await gateway.stop();
}

demo().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
