import type {
  ErrorBody,
  LoginRequest,
  LoginResponse,
  StreamTicket,
  TokenPair,
} from '../../../../shared/sync/protocol';
import type { TokenStore } from './tokens';

export type FetchLike = (
  input: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/** The server answered with an error body. `code` is the protocol's (SESSION_REVOKED, FORBIDDEN, …). */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** This device was signed out (revoked by an admin, logged out, or a reused refresh token). */
export class SignedOutError extends ServerError {
  constructor(message: string) {
    super(401, 'SESSION_REVOKED', message);
    this.name = 'SignedOutError';
  }
}

export interface SyncHttpOptions {
  baseUrl: string;
  tokens: TokenStore;
  deviceId: string;
  fetch?: FetchLike;
}

/** JSON over HTTP with the device's bearer token; an expired token is refreshed once and the call retried. */
export class SyncHttp {
  readonly baseUrl: string;
  private readonly fetch: FetchLike;
  private refreshing: Promise<void> | null = null;

  constructor(private readonly options: SyncHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.fetch = options.fetch ?? ((globalThis as { fetch: FetchLike }).fetch.bind(globalThis) as FetchLike);
  }

  async accessToken(): Promise<string> {
    const t = await this.options.tokens.get();
    if (!t) throw new SignedOutError('not signed in');
    return t.access;
  }

  async request<T>(method: 'GET' | 'POST', path: string, body?: unknown, retried = false): Promise<T> {
    const token = await this.accessToken();
    const res = await this.fetch(this.baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.ok) return (await res.json()) as T;
    const err = (await res.json().catch(() => ({}))) as Partial<ErrorBody>;
    if (res.status === 401 && err.code === 'SESSION_REVOKED')
      throw new SignedOutError(err.message ?? 'signed out');
    if (res.status === 401 && !retried) {
      await this.refresh();
      return this.request<T>(method, path, body, true);
    }
    throw new ServerError(res.status, err.code ?? 'HTTP_' + res.status, err.message ?? `HTTP ${res.status}`);
  }

  /**
   * The URL of the live stream, with a fresh single-use ticket (EventSource cannot send the token as a
   * header, and a token in a URL would end up in logs). Refreshes an expired token; throws SignedOutError
   * for a revoked session.
   */
  async streamUrl(): Promise<string> {
    const { ticket } = await this.request<StreamTicket>('POST', '/sync/stream-ticket');
    return `${this.baseUrl}/sync/stream?ticket=${encodeURIComponent(ticket)}`;
  }

  /** One refresh at a time: concurrent 401s wait for the same rotation (a second one would look like theft). */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh() {
    const t = await this.options.tokens.get();
    if (!t) throw new SignedOutError('not signed in');
    const res = await this.fetch(this.baseUrl + '/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: t.refresh, deviceId: this.options.deviceId }),
    });
    const body = (await res.json().catch(() => ({}))) as Partial<TokenPair & ErrorBody>;
    if (!res.ok) {
      if (res.status === 401) throw new SignedOutError(body.message ?? 'signed out');
      throw new ServerError(res.status, body.code ?? 'HTTP_' + res.status, body.message ?? 'refresh failed');
    }
    await this.options.tokens.set({ access: body.accessToken!, refresh: body.refreshToken! });
  }
}

/** Signs in and stores the device's tokens; the answer's `user` is who is now signed in. */
export async function signIn(
  baseUrl: string,
  request: LoginRequest,
  tokens: TokenStore,
  fetchImpl?: FetchLike,
): Promise<LoginResponse> {
  const f = fetchImpl ?? ((globalThis as { fetch: FetchLike }).fetch.bind(globalThis) as FetchLike);
  const res = await f(baseUrl.replace(/\/$/, '') + '/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as LoginResponse & Partial<ErrorBody>;
  if (!res.ok)
    throw new ServerError(res.status, body.code ?? 'HTTP_' + res.status, body.message ?? 'sign-in failed');
  await tokens.set({ access: body.accessToken, refresh: body.refreshToken });
  return body;
}
