import { describe, expect, it } from 'vitest';
import { ServerError } from '../../db/replication';
import { loginProblem } from './login-error';

describe('loginProblem', () => {
  it('names a wrong password, an unreachable server and any other refusal', () => {
    expect(loginProblem(new ServerError(401, 'BAD_CREDENTIALS', 'wrong email or password'))).toEqual({
      kind: 'wrongPassword',
    });
    expect(loginProblem(new ServerError(429, 'TOO_MANY_ATTEMPTS', 'try again in 4 s'))).toEqual({
      kind: 'tooManyAttempts',
    });
    expect(loginProblem(new TypeError('Failed to fetch'))).toEqual({ kind: 'unreachable' });
    expect(loginProblem(new SyntaxError('Unexpected token <'))).toEqual({ kind: 'unreachable' });
    expect(loginProblem(new ServerError(400, 'BAD_REQUEST', 'email: too long'))).toEqual({
      kind: 'server',
      message: 'email: too long',
    });
  });
});
