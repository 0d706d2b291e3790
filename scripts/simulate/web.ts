/** The web channel through its JSON API: /api/v1/reports, then /api/v1/reports/<token>/messages. */
import { parseLocation, type SimFactory } from './types.js';

interface ReportView {
  messages: { direction: 'in' | 'out'; text: string }[];
}

export const webSimulator: SimFactory = (opts) => {
  let token: string | null = null;
  let seen = 0;
  let info = '';

  async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
    const res = await fetch(`${opts.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  async function count(): Promise<void> {
    if (!token) return;
    const res = await fetch(`${opts.url}/api/v1/reports/${token}`);
    if (res.ok) seen = ((await res.json()) as ReportView).messages.length;
  }

  return {
    banner: () => info,
    async send(line) {
      const loc = parseLocation(line);
      const body = loc ? { text: '', location: loc } : { text: line };
      let replies: string[];
      if (!token) {
        const r = await post('/api/v1/reports', {
          ...body,
          ...(opts.lang ? { language: opts.lang } : {}),
          ...(opts.contact ? { contact: opts.contact } : {}),
        });
        token = String(r.token);
        info = `(reference ${String(r.reference)}; your page: ${opts.url}/report/${token})`;
        replies = r.replies as string[];
      } else {
        const r = await post(`/api/v1/reports/${token}/messages`, body);
        if (typeof r.token === 'string') token = r.token;
        replies = r.replies as string[];
      }
      await count();
      return replies;
    },
    async poll() {
      if (!token) return [];
      const res = await fetch(`${opts.url}/api/v1/reports/${token}`);
      if (!res.ok) return [];
      const view = (await res.json()) as ReportView;
      const fresh = view.messages.slice(seen);
      seen = view.messages.length;
      return fresh.filter((m) => m.direction === 'out').map((m) => m.text);
    },
  };
};
