import type { LoginRequest, LoginResponse } from '@shared/api';
import { ApiCallError, signIn as callLogin, type FetchLike } from '../../api';
import type { TokenStore } from './tokens';

/** Signs in and stores the device's tokens; the answer's `user` is who is now signed in. */
export async function signIn(
  baseUrl: string,
  request: LoginRequest,
  tokens: TokenStore,
  fetchImpl?: FetchLike,
): Promise<LoginResponse> {
  const result = await callLogin(baseUrl, request, fetchImpl);
  if (!result.ok) throw new ApiCallError(result.error);
  await tokens.set({ access: result.value.accessToken, refresh: result.value.refreshToken });
  return result.value;
}
