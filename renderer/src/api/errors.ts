import type { ErrorBody, Issue } from '@shared/api';

/** Why a call to the sync server did not give its answer, in the terms a caller acts on. */
export type ApiError =
  /** Nothing answered (offline, wrong address, the server is down): try again later. */
  | { kind: 'unreachable'; message: string }
  /** The server answered but cannot serve now (503, its database is away): retry, never a refusal. */
  | { kind: 'unavailable'; code: string; message: string; retryAfterMs: number }
  /** This device is signed out (revoked, logged out, a reused or expired refresh token): sign in again. */
  | { kind: 'signed-out'; code: string; message: string }
  /** The server refused the request: `code` from the contract's error codes, `issues` name bad fields. */
  | {
      kind: 'refused';
      status: number;
      code: string;
      message: string;
      issues: Issue[];
      /** The whole error body, for fields some answers add (e.g. `retryAfter`). */
      body: ErrorBody;
    }
  /** The answer does not match the contract (a server of another version, or not the sync server). */
  | { kind: 'bad-answer'; message: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A failed call as an exception, for callers that prefer throwing (`HttpClient.request`). */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get code(): string | undefined {
    return 'code' in this.error ? this.error.code : undefined;
  }
  get status(): number | undefined {
    return this.error.kind === 'refused' ? this.error.status : undefined;
  }
}

/** The error of anything a call threw: an ApiCallError's own, else the network's. */
export function apiErrorOf(err: unknown): ApiError {
  if (err instanceof ApiCallError) return err.error;
  return { kind: 'unreachable', message: err instanceof Error ? err.message : String(err) };
}
