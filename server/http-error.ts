import type { ErrorBody } from '../shared/api';

/** An error that becomes an HTTP answer `{code, message, issues?}` (see app.ts's error handler). */
export class HttpError extends Error {
  /** Response headers that go with the answer (e.g. Retry-After). */
  headers?: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorBody['issues'],
    /** More fields for programs, e.g. the current owner of an already claimed record. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
  body(): ErrorBody & Record<string, unknown> {
    return {
      ...this.extra,
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}
