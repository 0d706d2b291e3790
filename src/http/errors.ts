/**
 * A handful of named errors with a code, an HTTP status, whether a retry may help, and a safe public
 * message. One Express error handler maps them; anything else becomes a 500 that leaks nothing.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { IntakeError, RateLimited, StorageUnavailable } from '../core/errors.js';

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
    readonly publicMessage: string,
    readonly retryable = false,
    readonly details?: unknown,
  ) {
    super(publicMessage);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new AppError('bad_request', 400, message, false, details);
export const unauthorized = () => new AppError('unauthorized', 401, 'missing or wrong bearer token');
export const forbidden = (message = 'forbidden') => new AppError('forbidden', 403, message);
export const notFound = (what = 'not found') => new AppError('not_found', 404, what);
export const unavailable = (message: string) => new AppError('unavailable', 503, message, true);

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/** Maps errors to JSON { error: { code, message } }; HTML pages render their own errors before this. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof IntakeError) {
      const mapped = fromIntakeError(err);
      if (err instanceof StorageUnavailable) log.error({ err: err.cause, path: req.path }, 'database unavailable');
      if (mapped.retryAfterS !== undefined) res.set('Retry-After', String(mapped.retryAfterS));
      res.status(mapped.status).json({ error: { code: mapped.code, message: mapped.message } });
      return;
    }
    if (err instanceof AppError) {
      res.status(err.httpStatus).json({ error: { code: err.code, message: err.publicMessage, details: err.details } });
      return;
    }
    const parser = err as BodyParserError;
    if (parser.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'payload_too_large', message: 'request body is too large' } });
      return;
    }
    if (parser.type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'bad_request', message: 'request body is not valid JSON' } });
      return;
    }
    if (typeof parser.status === 'number' && parser.status >= 400 && parser.status < 500 && parser.expose) {
      res.status(parser.status).json({ error: { code: 'bad_request', message: 'request could not be read' } });
      return;
    }
    // The router cannot percent-decode a path parameter (`/report/%ZZ`): a client error, not a 500.
    if (err instanceof URIError && parser.status === 400) {
      res.status(400).json({ error: { code: 'bad_request', message: 'the path is not valid percent-encoding' } });
      return;
    }
    log.error({ err, method: req.method, path: req.path }, 'unhandled error');
    res
      .status(500)
      .json({ error: { code: 'internal', message: 'internal error; the report may not be saved, call 110' } });
  };
}

/** How an intake outcome is answered over HTTP: status, code, a message safe to show, Retry-After. */
export function fromIntakeError(err: IntakeError): {
  status: number;
  code: string;
  message: string;
  retryAfterS?: number;
} {
  switch (err.code) {
    case 'invalid_text':
      return { status: 400, code: err.code, message: err.message };
    case 'idempotency_conflict':
      return { status: 409, code: err.code, message: err.message };
    case 'rate_limited':
      return {
        status: 429,
        code: err.code,
        message: 'too many new reports from this source; if this is an emergency, call 110 now',
        retryAfterS: err instanceof RateLimited ? err.retryAfterS : 60,
      };
    case 'storage_unavailable':
      return {
        status: 503,
        code: err.code,
        message: 'the report could not be saved right now; if this is an emergency, call 110 now',
        retryAfterS: 5,
      };
    case 'step_failed':
      return {
        status: 500,
        code: err.code,
        message: 'the incident could not be updated; a call-taker has been alerted',
      };
  }
}
