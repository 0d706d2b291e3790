/**
 * The real server as a child process (`node scripts/start.mjs`, what `npm start` runs), for suites that kill it
 * with SIGKILL, and a local HTTP receiver standing in for dispatch's webhook.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { verifySignature } from '../../src/dispatch/signature.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  /** Everything the server wrote on stderr so far. */
  stderr: () => string;
  /** From spawn to the first `/readyz` 200. */
  readyMs: number;
}

/** Starts the server and waits until `/readyz` answers 200 (or throws with its stderr). */
export async function startServer(
  port: number,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { child, stderr: () => stderr, readyMs: performance.now() - started };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become ready: ${stderr}`);
}

export async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

/**
 * A free port for a server the suite restarts on the same port. Below Linux's ephemeral range (32768-60999), where
 * an outgoing connection can hold the port as its local end between a kill and the restart; and checked free, since
 * services of the machine listen in that range too (RabbitMQ on 25672 failed a run).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

export interface Delivery {
  key: string;
  incidentId: string;
  event: string;
  revision: number;
  /** The body as received (identical for every delivery of one key, see the crash suite). */
  raw: string;
  signed: boolean;
}

/** A dispatch webhook receiver: records every delivery; `mode` decides the answer. */
export async function webhookReceiver(secret: string) {
  const deliveries: Delivery[] = [];
  const state = { mode: 'ok' as 'ok' | 'fail', attempts: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      state.attempts += 1;
      if (state.mode === 'fail') {
        res.statusCode = 500;
        res.end('down');
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw) as { event: string; revision: number; incident: { id: string } };
      const header = String(req.headers['x-intake-signature'] ?? '');
      deliveries.push({
        key: String(req.headers['idempotency-key']),
        incidentId: body.incident.id,
        event: body.event,
        revision: body.revision,
        raw,
        signed: verifySignature(secret, raw, header, Date.now() / 1000),
      });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/intake`;
  return {
    url,
    deliveries,
    state,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
