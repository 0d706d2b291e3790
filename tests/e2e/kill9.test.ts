/**
 * The real server as a child process, killed with SIGKILL mid-conversation and under load, then
 * started again on the same SQLite file.
 */
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../helpers/database.js';
import { freePort, kill9, startServer as startProcess } from '../helpers/server-process.js';
import { tempDir } from '../helpers/temp.js';

const TOKEN = 'kill9-token';
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function startServer(dir: string, port: number): Promise<ChildProcess> {
  const { child } = await startProcess(port, {
    DATABASE_URL: await testDatabaseUrl(dir),
    DISPATCH_API_TOKEN: TOKEN,
    // Load from one address: the per-address limit on new reports is not what this test is about.
    NEW_REPORTS_PER_IP_PER_10MIN: '100000',
  });
  children.push(child);
  return child;
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('kill -9 and restart', () => {
  it('a conversation killed in the middle continues where it was', async () => {
    const dir = tempDir();
    const p = await freePort();
    const base = `http://127.0.0.1:${p}`;
    const server = await startServer(dir, p);
    const start = (await (await post(`${base}/api/v1/reports`, { text: '我的电动车被偷了' })).json()) as {
      token: string;
      incidentId: string;
      awaiting: string;
    };
    expect(start.awaiting).toBe('location');
    const second = (await (
      await post(`${base}/api/v1/reports/${start.token}/messages`, { text: '碑林区南大街12号楼下' })
    ).json()) as {
      awaiting: string;
    };
    expect(second.awaiting).not.toBe('location');
    await kill9(server);

    await startServer(dir, p);
    const view = (await (await fetch(`${base}/api/v1/reports/${start.token}`)).json()) as {
      awaiting: string;
      messages: unknown[];
    };
    expect(view.awaiting).toBe(second.awaiting);
    const third = (await (await post(`${base}/api/v1/reports/${start.token}/messages`, { text: '不知道' })).json()) as {
      awaiting: string | null;
      status: string;
    };
    expect(third.awaiting).not.toBe(second.awaiting);
    const incident = (await (
      await fetch(`${base}/api/v1/incidents/${start.incidentId}`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).json()) as { elements: Record<string, string>; transcript: { direction: string }[] };
    expect(incident.elements.location).toContain('南大街12号');
    expect(incident.transcript.filter((t) => t.direction === 'in')).toHaveLength(3);
  });

  it('every report acknowledged before a kill -9 under load is there after the restart', async () => {
    const dir = tempDir();
    const p = await freePort();
    const base = `http://127.0.0.1:${p}`;
    const server = await startServer(dir, p);
    const acknowledged: string[] = [];
    let stop = false;
    const reporters = Array.from({ length: 20 }, async (_, r) => {
      for (let i = 0; !stop; i++) {
        const res = await post(`${base}/api/v1/reports`, {
          text: `reporter ${r} message ${i}: my bag was stolen`,
        }).catch(() => null);
        if (!res) return;
        if (res.status === 201) acknowledged.push(((await res.json()) as { incidentId: string }).incidentId);
      }
    });
    // Kill once enough reports were acknowledged (on a loaded machine that takes longer than usual).
    for (let waited = 0; acknowledged.length < 25 && waited < 30_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await kill9(server);
    stop = true;
    await Promise.all(reporters);
    expect(acknowledged.length).toBeGreaterThan(20);

    await startServer(dir, p);
    const auth = { Authorization: `Bearer ${TOKEN}` };
    for (const id of acknowledged) {
      const res = await fetch(`${base}/api/v1/incidents/${id}`, { headers: auth });
      expect(res.status, `incident ${id} acknowledged before the crash`).toBe(200);
    }
  });
});
