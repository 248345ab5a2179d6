import { ServerError } from '../../db/replication';

export type LoginProblem =
  | { kind: 'wrongPassword' }
  | { kind: 'tooManyAttempts' }
  | { kind: 'unreachable' }
  | { kind: 'server'; message: string };

/** What went wrong with a sign-in, in terms the screen can name: the password, the network, or the server. */
export function loginProblem(error: unknown): LoginProblem {
  if (error instanceof ServerError) {
    if (error.code === 'BAD_CREDENTIALS') return { kind: 'wrongPassword' };
    // Login throttling (429): the wait is short and capped, so the screen says so rather than the raw reason.
    if (error.code === 'TOO_MANY_ATTEMPTS') return { kind: 'tooManyAttempts' };
    return { kind: 'server', message: error.message };
  }
  // fetch rejects with a TypeError when nothing answers (offline, wrong address, server down); a page that
  // is not the API (HTML instead of JSON) surfaces as a SyntaxError: both mean "no sync server there".
  return { kind: 'unreachable' };
}
