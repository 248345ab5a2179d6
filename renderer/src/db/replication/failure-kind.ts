import type { ApiError } from '../../api';

/**
 * How a failed call shows in the sync status: the server answering with a refusal (or an answer of another
 * version) is an `error`; no answer, or a 503 while its database is away, is `offline` and retried later.
 */
export const failureKind = (error: ApiError): 'offline' | 'error' =>
  error.kind === 'refused' || error.kind === 'bad-answer' ? 'error' : 'offline';
