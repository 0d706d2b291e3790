/**
 * Outcomes of intake that the caller must answer differently from a normal reply. Each has a `code`, whether a
 * retry may help, and whether anything was stored; the HTTP layer maps them to statuses (src/http/errors.ts),
 * push channels to a message for the reporter. Pure: no I/O here.
 */

export type IntakeErrorCode =
  'invalid_text' | 'idempotency_conflict' | 'rate_limited' | 'storage_unavailable' | 'step_failed';

export abstract class IntakeError extends Error {
  abstract readonly code: IntakeErrorCode;
  /** Whether the same request may succeed later (the provider should retry). */
  abstract readonly retryable: boolean;
}

/** The text is not well-formed (a lone UTF-16 surrogate) or holds control characters: refused, nothing stored. */
export class InvalidText extends IntakeError {
  readonly code = 'invalid_text';
  readonly retryable = false;
  constructor(readonly problem: 'ill_formed' | 'control_characters') {
    super(
      problem === 'ill_formed'
        ? 'text is not well-formed Unicode (a lone surrogate)'
        : 'text contains control characters other than line breaks and tabs',
    );
    this.name = 'InvalidText';
  }
}

/** The provider message id (Idempotency-Key) was already used by this caller for a different message. */
export class IdempotencyConflict extends IntakeError {
  readonly code = 'idempotency_conflict';
  readonly retryable = false;
  constructor() {
    super('this idempotency key was already used for a different message');
    this.name = 'IdempotencyConflict';
  }
}

/** The source started too many reports: a new one is refused (messages inside an open report never are). */
export class RateLimited extends IntakeError {
  readonly code = 'rate_limited';
  readonly retryable = true;
  constructor(
    readonly retryAfterS: number,
    /** What the reporter is told (in their language), for channels that answer with text. */
    readonly replies: string[] = [],
  ) {
    super('too many new reports from this source');
    this.name = 'RateLimited';
  }
}

/** The database could not be reached or refused the write: nothing was acknowledged. */
export class StorageUnavailable extends IntakeError {
  readonly code = 'storage_unavailable';
  readonly retryable = true;
  constructor(override readonly cause: unknown) {
    super('the database is unavailable');
    this.name = 'StorageUnavailable';
  }
}

/** The question flow failed on an input or ran over its time budget (the input is quarantined). */
export class StepFailed extends IntakeError {
  readonly code = 'step_failed';
  readonly retryable = false;
  constructor(
    readonly reason: 'timeout' | 'error',
    detail: string,
  ) {
    super(
      reason === 'timeout'
        ? `the question flow ran over its time budget (${detail})`
        : `the question flow failed: ${detail}`,
    );
    this.name = 'StepFailed';
  }
}
