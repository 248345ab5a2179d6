import type { LoginRequest, LoginResponse } from '@shared/api';
import type { ApiResult } from './errors';
import { HttpClient, type FetchLike } from './http-client';

/** Signs in at a server; nothing is stored here (the caller keeps the session it answers). */
export function signIn(
  baseUrl: string,
  request: LoginRequest,
  fetchImpl?: FetchLike,
): Promise<ApiResult<LoginResponse>> {
  return new HttpClient({ baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) }).call('auth.login', {
    body: request,
  });
}
