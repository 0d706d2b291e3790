/**
 * What a dispatch target is: the document it receives for one revision, the one attempt it makes, and how an
 * attempt fails (DeliveryError, described without secrets). The targets themselves are webhook.ts and email.ts;
 * which of them are on is targets.ts's decision.
 */
import type { DispatchEventName } from '../core/flow/types.js';
import type { IncidentView } from '../core/view.js';
import type { EidoDocument } from './eido.js';

export const TARGET_NAMES = ['webhook', 'email'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** One revision as dispatch receives it: the stored snapshot and its EIDO. */
export interface DispatchDocument {
  incidentId: string;
  event: DispatchEventName;
  revision: number;
  /** The incident at this revision, as stored in the outbox (same JSON as GET /api/v1/incidents/<id>). */
  incident: IncidentView;
  eido: EidoDocument;
  /**
   * The stored `{"event":…,"revision":…,"incident":…}` JSON this document was read from, when it is exactly
   * that (the webhook body is it with the EIDO added, not the incident written out a second time).
   */
  json?: string;
}

/** A failed attempt. The message is shown in logs, audit events and `lastError`: it never carries a secret. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export interface DispatchTarget {
  readonly name: TargetName;
  /**
   * One attempt. Resolves with a short description of the receiver's answer ("HTTP 204", "250 OK") when the
   * target has the document; throws (preferably a DeliveryError) otherwise. `signal` aborts it on shutdown.
   */
  deliver(doc: DispatchDocument, signal: AbortSignal): Promise<string>;
  close?(): void;
}

/** A short, secret-free description of any error thrown by a target. */
export function describeError(err: unknown, redact: (text: string) => string): { message: string; code: string } {
  if (err instanceof DeliveryError) return { message: redact(err.message), code: err.code };
  const e = err as { name?: string; message?: string; code?: string; responseCode?: number };
  const code = e.code ?? (e.responseCode !== undefined ? String(e.responseCode) : (e.name ?? 'error'));
  const message = e.message ?? String(err);
  return { message: redact(message).slice(0, 300), code: redact(code) };
}
