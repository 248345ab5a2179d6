import type { HybridClock } from '../../../../shared/sync/clock';
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
  headers?: { get(name: string): string | null };
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

/**
 * The server is reachable but cannot serve now (503: its database is away). Like a network error it is
 * retried later, never a refusal: the change stays pending and never goes to the "not synced" list.
 */
export class UnavailableError extends Error {
  constructor(
    message: string,
    /** The server's Retry-After, in ms (0 when it named none). */
    readonly retryAfterMs: number,
  ) {
    super(message);
    this.name = 'UnavailableError';
  }
}

/** Longest wait between attempts while the server is unreachable or unavailable. */
export const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Exponential backoff shared by every request of one device: after a failure nothing is sent before the
 * delay is over (the replication of each collection retries on its own timer, so they all wait here), and
 * the delay doubles only when a request sent after the last failure fails again.
 */
class Backoff {
  private failures = 0;
  private notBefore = 0;
  /** Counts failures: a request failing with an older generation was sent before the last failure. */
  private generation = 0;
  constructor(private readonly sleep: (ms: number) => Promise<void>) {}

  /** Waits out the current delay; answers the generation the request is sent in. */
  async wait(): Promise<number> {
    const ms = this.notBefore - Date.now();
    if (ms > 0) await this.sleep(ms);
    return this.generation;
  }
  failed(sentIn: number, retryAfterMs = 0) {
    if (sentIn !== this.generation) return; // sent together with the request that failed first
    this.generation++;
    this.failures++;
    const delay = Math.min(1_000 * 2 ** (this.failures - 1), MAX_RETRY_DELAY_MS);
    // Jitter, so that devices cut off together do not come back in lockstep.
    const jittered = delay * (0.75 + Math.random() / 2);
    this.notBefore = Date.now() + Math.min(Math.max(jittered, retryAfterMs), MAX_RETRY_DELAY_MS * 2);
  }
  succeeded() {
    this.failures = 0;
    this.notBefore = 0;
  }
}

export interface SyncHttpOptions {
  baseUrl: string;
  tokens: TokenStore;
  deviceId: string;
  fetch?: FetchLike;
  /** Waits between retries (tests pass a recorder). */
  sleep?: (ms: number) => Promise<void>;
  /** Fed the `serverTime` of every answer and the `updatedAt` of pulled documents (shared/sync/clock.ts). */
  clock?: HybridClock;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(res: Awaited<ReturnType<FetchLike>>): number {
  const seconds = Number(res.headers?.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : 0;
}

/** Lets the clock learn the server's time from an answer that carries it (pull and push do). */
function observeAnswer(clock: HybridClock, body: unknown, sentAt: number, receivedAt: number) {
  if (!body || typeof body !== 'object') return;
  const { serverTime, documents } = body as { serverTime?: unknown; documents?: unknown };
  clock.observeServerTime(serverTime, sentAt, receivedAt);
  if (Array.isArray(documents))
    for (const doc of documents) clock.observeStamp((doc as { updatedAt?: unknown } | null)?.updatedAt);
}

/** JSON over HTTP with the device's bearer token; an expired token is refreshed once and the call retried. */
export class SyncHttp {
  readonly baseUrl: string;
  private readonly fetch: FetchLike;
  private refreshing: Promise<void> | null = null;
  private readonly backoff: Backoff;

  constructor(private readonly options: SyncHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.backoff = new Backoff(options.sleep ?? defaultSleep);
    const f = options.fetch ?? ((globalThis as { fetch: FetchLike }).fetch.bind(globalThis) as FetchLike);
    this.fetch = (input, init) => this.send(f, input, init);
  }

  /** One HTTP exchange behind the shared backoff; a 503 becomes an UnavailableError. */
  private async send(f: FetchLike, input: string, init: Parameters<FetchLike>[1]) {
    const generation = await this.backoff.wait();
    let res: Awaited<ReturnType<FetchLike>>;
    try {
      res = await f(input, init);
    } catch (error) {
      this.backoff.failed(generation);
      throw error;
    }
    if (res.status === 503) {
      const wait = retryAfterMs(res);
      this.backoff.failed(generation, wait);
      const body = (await res.json().catch(() => ({}))) as Partial<ErrorBody>;
      throw new UnavailableError(body.message ?? 'the server is unavailable', wait);
    }
    this.backoff.succeeded();
    return res;
  }

  async accessToken(): Promise<string> {
    const t = await this.options.tokens.get();
    if (!t) throw new SignedOutError('not signed in');
    return t.access;
  }

  async request<T>(method: 'GET' | 'POST', path: string, body?: unknown, retried = false): Promise<T> {
    const token = await this.accessToken();
    const clock = this.options.clock;
    const sentAt = clock?.physical() ?? 0;
    const res = await this.fetch(this.baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.ok) {
      const receivedAt = clock?.physical() ?? 0;
      const answer = await res.json();
      if (clock) observeAnswer(clock, answer, sentAt, receivedAt);
      return answer as T;
    }
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
