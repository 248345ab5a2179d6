import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../api';
import { loginProblem } from './login-error';

const refused = (status: number, code: string, message: string) =>
  new ApiCallError({ kind: 'refused', status, code, message, issues: [], body: { code, message } });

describe('loginProblem', () => {
  it('names a wrong password, an unreachable server and any other refusal', () => {
    expect(loginProblem(refused(401, 'BAD_CREDENTIALS', 'wrong email or password'))).toEqual({
      kind: 'wrongPassword',
    });
    expect(loginProblem(refused(429, 'TOO_MANY_ATTEMPTS', 'try again in 4 s'))).toEqual({
      kind: 'tooManyAttempts',
    });
    expect(loginProblem(new TypeError('Failed to fetch'))).toEqual({ kind: 'unreachable' });
    expect(loginProblem(new SyntaxError('Unexpected token <'))).toEqual({ kind: 'unreachable' });
    expect(loginProblem(new ApiCallError({ kind: 'bad-answer', message: 'the answer is not JSON' }))).toEqual(
      {
        kind: 'unreachable',
      },
    );
    expect(loginProblem(refused(400, 'BAD_REQUEST', 'email: too long'))).toEqual({
      kind: 'server',
      message: 'email: too long',
    });
  });
});
