/**
 * A terminal chat that texts a running gateway as a reporter would, for demos and training.
 *   npm run simulate -- --channel web [--url http://127.0.0.1:3000] [--lang en|zh-CN] [--contact 138...]
 * Type a message and press Enter; replies and later messages from the police are printed as they come.
 * Lines starting with "/loc LAT LON" share a location. Ctrl-D or /quit ends.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    channel: { type: 'string', default: 'web' },
    from: { type: 'string' },
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    lang: { type: 'string' },
    contact: { type: 'string' },
  },
  allowPositionals: true,
});

const base = values.url.replace(/\/+$/, '');
const supported = ['web'];
if (!supported.includes(values.channel)) {
  process.stderr.write(
    `channel "${values.channel}" is not available in this version yet; supported: ${supported.join(', ')}\n`,
  );
  process.exit(2);
}

interface ReportView {
  reference: string;
  status: string;
  messages: { direction: 'in' | 'out'; text: string; at: string }[];
}

let token: string | null = null;
let seen = 0;

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(json)}`);
  return json;
}

function show(lines: string[]): void {
  for (const line of lines) process.stdout.write(`\x1b[36m110>\x1b[0m ${line}\n`);
}

async function poll(): Promise<void> {
  if (!token) return;
  const res = await fetch(`${base}/api/v1/reports/${token}`);
  if (!res.ok) return;
  const view = (await res.json()) as ReportView;
  const fresh = view.messages.slice(seen);
  seen = view.messages.length;
  show(fresh.filter((m) => m.direction === 'out').map((m) => m.text));
}

async function send(line: string): Promise<void> {
  const loc = /^\/loc\s+(-?\d+(?:\.\d+)?)[\s,]+(-?\d+(?:\.\d+)?)/.exec(line);
  const body = loc ? { text: '', location: { lat: Number(loc[1]), lon: Number(loc[2]) } } : { text: line };
  if (!token) {
    const r = await post('/api/v1/reports', {
      ...body,
      ...(values.lang ? { language: values.lang } : {}),
      ...(values.contact ? { contact: values.contact } : {}),
    });
    token = String(r.token);
    process.stdout.write(`(reference ${String(r.reference)}; page ${base}/report/${token})\n`);
  } else {
    const r = await post(`/api/v1/reports/${token}/messages`, body);
    if (typeof r.token === 'string') token = r.token;
  }
  await poll();
}

const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
process.stdout.write(`Texting ${base} as a web reporter. Type your report.\n`);
const timer = setInterval(() => void poll().catch(() => undefined), 3000);
let queue = Promise.resolve();
rl.on('line', (line) => {
  const text = line.trim();
  if (text === '/quit') return rl.close();
  if (!text) return;
  queue = queue
    .then(() => send(text))
    .catch((err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    });
});
rl.on('close', () => {
  void queue.then(async () => {
    await poll().catch(() => undefined);
    clearInterval(timer);
    process.exit(0);
  });
});
