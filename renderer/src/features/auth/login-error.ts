import { apiErrorOf } from '../../api';

export type LoginProblem =
  | { kind: 'wrongPassword' }
  | { kind: 'tooManyAttempts' }
  | { kind: 'unreachable' }
  | { kind: 'server'; message: string };

/** What went wrong with a sign-in, in terms the screen can name: the password, the network, or the server. */
export function loginProblem(error: unknown): LoginProblem {
  const e = apiErrorOf(error);
  switch (e.kind) {
    case 'refused':
      if (e.code === 'BAD_CREDENTIALS') return { kind: 'wrongPassword' };
      // Login throttling (429): the wait is short and capped, so the screen says so rather than the raw reason.
      if (e.code === 'TOO_MANY_ATTEMPTS') return { kind: 'tooManyAttempts' };
      return { kind: 'server', message: e.message };
    case 'unavailable':
    case 'signed-out':
      return { kind: 'server', message: e.message };
    // Nothing answered (offline, wrong address, server down), or a page that is not the API answered (HTML
    // instead of JSON): both mean "no sync server there".
    case 'unreachable':
    case 'bad-answer':
      return { kind: 'unreachable' };
  }
}
