/**
 * The HTTP dispatch target (CONTRACT.md): `POST $DISPATCH_WEBHOOK_URL` with JSON `{event, revision, incident,
 * eido}`, `Idempotency-Key: <id>:<revision>` and `X-Intake-Signature: t=..,v1=..`. A 2xx answer means
 * delivered; anything else, a network error or no answer within the timeout is a failed attempt (the outbox
 * worker retries it). Redirects are not followed: a 3xx is a failed attempt, so a moved endpoint is noticed.
 *
 * Requests go out through node:http(s) with a keep-alive agent, not the global fetch: undici's WHATWG layer
 * (Request and Response objects, web streams for a body of a few kilobytes) was 5.9% of the main thread under
 * the bench, more than rendering the EIDO. Tests may still inject a fetch.
 */
import http from 'node:http';
import https from 'node:https';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';
import { DeliveryError, type DispatchDocument, type DispatchTarget } from './delivery.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface WebhookOptions {
  url: string;
  /** Unset: deliveries go out unsigned (warned at start). */
  secret: string | undefined;
  timeoutMs: number;
  /** Unset: node:http(s) with a keep-alive agent. */
  fetch?: FetchLike;
  now: () => Date;
}

/** The exact body sent for a revision. Deterministic: a retry sends the same bytes (only `t` changes). */
export function webhookBody(doc: DispatchDocument): string {
  // The stored `{event, revision, incident}` text is already this object's JSON up to its last brace.
  if (doc.json !== undefined) return `${doc.json.slice(0, -1)},"eido":${JSON.stringify(doc.eido)}}`;
  return JSON.stringify({ event: doc.event, revision: doc.revision, incident: doc.incident, eido: doc.eido });
}

export function idempotencyKey(doc: Pick<DispatchDocument, 'incidentId' | 'revision'>): string {
  return `${doc.incidentId}:${doc.revision}`;
}

interface Answer {
  status: number;
  statusText: string;
}

/** How a kept-alive connection closed by the receiver fails when it is reused. */
const STALE_SOCKET = new Set(['ECONNRESET', 'EPIPE']);

export class WebhookTarget implements DispatchTarget {
  readonly name = 'webhook' as const;
  private readonly agent: http.Agent | null;
  private readonly target: URL;

  constructor(private readonly opts: WebhookOptions) {
    this.target = new URL(opts.url);
    this.agent = opts.fetch
      ? null
      : new (this.target.protocol === 'https:' ? https.Agent : http.Agent)({ keepAlive: true, scheduling: 'lifo' });
  }

  close(): void {
    this.agent?.destroy();
  }

  async deliver(doc: DispatchDocument, stop: AbortSignal): Promise<string> {
    const body = webhookBody(doc);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Idempotency-Key': idempotencyKey(doc),
      'User-Agent': 'emergency-intake-gateway',
    };
    if (this.opts.secret) {
      headers[SIGNATURE_HEADER] = signatureHeader(this.opts.secret, body, this.opts.now().getTime() / 1000);
    }
    // One controller per request, its timer cleared and its listener on `stop` removed when the request ends:
    // `AbortSignal.any([timeout, stop])` on Node 20 keeps every request's signal among the long-lived `stop`
    // signal's dependants (200,000 deliveries, 200,000 entries), a leak that grows with every delivery.
    const ac = new AbortController();
    const onStop = (): void => ac.abort(stop.reason);
    if (stop.aborted) onStop();
    else stop.addEventListener('abort', onStop, { once: true });
    const timer = setTimeout(
      () => ac.abort(new DOMException(`no answer within ${this.opts.timeoutMs} ms`, 'TimeoutError')),
      this.opts.timeoutMs,
    );
    let res: Answer;
    try {
      res = this.agent ? await this.post(this.agent, headers, body, ac.signal) : await this.fetched(headers, body, ac);
    } catch (err) {
      throw this.networkError(err, stop);
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    }
    if (res.status >= 200 && res.status < 300) return `HTTP ${res.status}`;
    throw new DeliveryError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, `http_${res.status}`);
  }

  private async fetched(headers: Record<string, string>, body: string, ac: AbortController): Promise<Answer> {
    const res = await this.opts.fetch!(this.opts.url, {
      method: 'POST',
      headers,
      body,
      signal: ac.signal,
      redirect: 'manual',
    });
    // Drain the answer (bounded by the same timeout) so the connection is reused or closed cleanly.
    await res.arrayBuffer();
    return { status: res.status, statusText: res.statusText };
  }

  /**
   * One POST; settles when the whole answer has been read (and dropped) or `signal` aborts it. A kept-alive
   * connection that the receiver closed while idle fails as it is reused, before any answer: that request is
   * sent once more at once on a new connection (it never reached the receiver; the Idempotency-Key covers the
   * rare case where it did), rather than waiting for the outbox's retry a second later with an urgent report.
   */
  private post(
    agent: http.Agent,
    headers: Record<string, string>,
    body: string,
    signal: AbortSignal,
    resent = false,
  ): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      const send = this.target.protocol === 'https:' ? https.request : http.request;
      const req = send(this.target, {
        method: 'POST',
        agent,
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      });
      const onAbort = (): void => {
        req.destroy();
        const reason: unknown = signal.reason;
        reject(reason instanceof Error ? reason : new Error(String(reason)));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      const done = (): void => signal.removeEventListener('abort', onAbort);
      // `on`, not `once`: a destroyed request or socket may report more than one error.
      let answered = false;
      req.on('error', (err: NodeJS.ErrnoException) => {
        done();
        if (!answered && !resent && !signal.aborted && req.reusedSocket && STALE_SOCKET.has(err.code ?? '')) {
          answered = true; // settled by the second attempt
          this.post(agent, headers, body, signal, true).then(resolve, reject);
          return;
        }
        reject(err);
      });
      req.once('response', (res) => {
        answered = true;
        res.on('error', (err) => {
          done();
          reject(err);
        });
        res.once('close', () => {
          done();
          if (!res.complete) reject(Object.assign(new Error('the answer was cut short'), { code: 'ECONNRESET' }));
        });
        res.once('end', () => {
          done();
          resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '' });
        });
        // Drain the answer so the connection goes back to the agent for the next delivery.
        res.resume();
      });
      req.end(body);
    });
  }

  private networkError(err: unknown, stop: AbortSignal): DeliveryError {
    if (stop.aborted) return new DeliveryError('aborted: the gateway is shutting down', 'aborted');
    const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } };
    if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') {
      return new DeliveryError(`no answer within ${this.opts.timeoutMs} ms`, 'timeout');
    }
    // undici reports network failures as TypeError("fetch failed") with the system error as `cause`, node:http
    // as the system error itself: the message (which may hold the address) is never used.
    const code = e.cause?.code ?? e.code ?? e.name ?? 'network';
    return new DeliveryError(`connection failed (${code})`, code.toLowerCase());
  }
}
