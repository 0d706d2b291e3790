/**
 * The HTTP dispatch target (CONTRACT.md): `POST $DISPATCH_WEBHOOK_URL` with JSON `{event, revision, incident,
 * eido}`, `Idempotency-Key: <id>:<revision>` and `X-Intake-Signature: t=..,v1=..`. A 2xx answer means
 * delivered; anything else, a network error or no answer within the timeout is a failed attempt (the outbox
 * worker retries it). Redirects are not followed: a 3xx is a failed attempt, so a moved endpoint is noticed.
 */
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';
import { DeliveryError, type DispatchDocument, type DispatchTarget } from './targets.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface WebhookOptions {
  url: string;
  /** Unset: deliveries go out unsigned (warned at start). */
  secret: string | undefined;
  timeoutMs: number;
  fetch: FetchLike;
  now: () => Date;
}

/** The exact body sent for a revision. Deterministic: a retry sends the same bytes (only `t` changes). */
export function webhookBody(doc: DispatchDocument): string {
  return JSON.stringify({ event: doc.event, revision: doc.revision, incident: doc.incident, eido: doc.eido });
}

export function idempotencyKey(doc: Pick<DispatchDocument, 'incidentId' | 'revision'>): string {
  return `${doc.incidentId}:${doc.revision}`;
}

export class WebhookTarget implements DispatchTarget {
  readonly name = 'webhook' as const;

  constructor(private readonly opts: WebhookOptions) {}

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
    let res: Response;
    try {
      res = await this.opts.fetch(this.opts.url, {
        method: 'POST',
        headers,
        body,
        signal: ac.signal,
        redirect: 'manual',
      });
      // Drain the answer (bounded by the same timeout) so the connection is reused or closed cleanly.
      await res.arrayBuffer();
    } catch (err) {
      throw this.networkError(err, stop);
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    }
    if (res.status >= 200 && res.status < 300) return `HTTP ${res.status}`;
    throw new DeliveryError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, `http_${res.status}`);
  }

  private networkError(err: unknown, stop: AbortSignal): DeliveryError {
    if (stop.aborted) return new DeliveryError('aborted: the gateway is shutting down', 'aborted');
    const e = err as { name?: string; cause?: { code?: string; name?: string } };
    if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') {
      return new DeliveryError(`no answer within ${this.opts.timeoutMs} ms`, 'timeout');
    }
    // undici reports network failures as TypeError("fetch failed") with the system error as `cause`: the
    // message never contains the URL.
    const code = e.cause?.code ?? e.name ?? 'network';
    return new DeliveryError(`connection failed (${code})`, code.toLowerCase());
  }
}
