/**
 * A terminal chat that texts a running gateway as a reporter would, for demos and training.
 *   npm run simulate -- --channel web [--url http://127.0.0.1:3000] [--lang en|zh-CN] [--contact 138...]
 *   npm run simulate -- --channel smpp [--port 2775] [--from +8613800138000]   (an SMSC the gateway binds to)
 * Type a message and press Enter; replies and later messages from the police are printed as they come.
 * "/loc LAT LON" shares a location. Ctrl-D or /quit ends. Each channel lives in scripts/simulate/<channel>.ts.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { SimFactory } from './simulate/types.js';
import { smppSimulator } from './simulate/smpp.js';
import { smsSimulator } from './simulate/sms.js';
import { webSimulator } from './simulate/web.js';
import { wechatOaSimulator } from './simulate/wechat-oa.js';

/** Add a channel: its file in scripts/simulate/ and one line here. */
const simulators: Record<string, SimFactory> = {
  web: webSimulator,
  sms: smsSimulator,
  'wechat-oa': wechatOaSimulator,
  smpp: smppSimulator,
};

const { values } = parseArgs({
  options: {
    channel: { type: 'string', default: 'web' },
    from: { type: 'string' },
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    lang: { type: 'string' },
    contact: { type: 'string' },
    /** smpp: the port its SMSC listens on (default 2775; 0 picks a free one). */
    port: { type: 'string' },
  },
  allowPositionals: true,
});

const factory = simulators[values.channel];
if (!factory) {
  process.stderr.write(`unknown channel "${values.channel}"; available: ${Object.keys(simulators).join(', ')}\n`);
  process.exit(2);
}
const session = factory({
  url: values.url.replace(/\/+$/, ''),
  from: values.from,
  lang: values.lang,
  contact: values.contact,
  port: values.port,
});

function show(lines: string[]): void {
  for (const line of lines) process.stdout.write(`110> ${line}\n`);
}

process.stdout.write(`Texting ${values.url} over ${values.channel}. Type your report.\n`);
let bannerShown = false;
const timer = setInterval(() => {
  void session
    .poll?.()
    .then(show)
    .catch(() => undefined);
}, 3000);
let queue = Promise.resolve();
const rl = readline.createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
rl.on('line', (line) => {
  const text = line.trim();
  if (text === '/quit') return rl.close();
  if (!text) return;
  queue = queue
    .then(async () => {
      show(await session.send(text));
      const banner = session.banner?.();
      if (banner && !bannerShown) {
        bannerShown = true;
        process.stdout.write(`${banner}\n`);
      }
    })
    .catch((err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    });
});
rl.on('close', () => {
  void queue.then(async () => {
    show((await session.poll?.().catch(() => [])) ?? []);
    clearInterval(timer);
    process.exit(0);
  });
});
