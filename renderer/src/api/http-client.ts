import type { z } from 'zod';
import {
  errorBodySchema,
  httpContract,
  pathOf,
  queryOf,
  type CallInput,
  type EndpointDef,
  type EndpointName,
  type ErrorBody,
  type HttpContract,
  type ResponseOf,
  type TokenPair,
} from '@shared/api';
import { Backoff } from './backoff';
import { ApiCallError, type ApiError, type ApiResult } from './errors';

/** The part of `fetch` this client uses (tests pass a fake). */
export type FetchLike = (
  input: string,
  init?: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array;
    signal?: AbortSignal;
  },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  arrayBuffer?(): Promise<ArrayBuffer>;
  headers?: { get(name: string): string | null };
}>;
type Answer = Awaited<ReturnType<FetchLike>>;

/** Where the device keeps its tokens (db/replication/tokens.ts's TokenStore has this shape). */
export interface TokenSource {
  get(): Promise<{ access: string; refresh: string } | null>;
  set(tokens: { access: string; refresh: string }): Promise<void>;
}

/** Learns the server's time from answers that carry it (shared/sync/clock.ts's HybridClock). */
export interface AnswerClock {
  physical(): number;
  observeServerTime(serverTime: unknown, sentAt: number, receivedAt: number): void;
  observeStamp(stamp: unknown): void;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Needed for endpoints of a signed-in device; without it only public ones can be called. */
  tokens?: TokenSource;
  /** This device's id: refresh tokens are bound to it. */
  deviceId?: string;
  fetch?: FetchLike;
  /** Waits between retries (tests pass a recorder). */
  sleep?: (ms: number) => Promise<void>;
  clock?: AnswerClock;
}

export type Response<N extends EndpointName> = ResponseOf<HttpContract[N]>;
export type Input<N extends EndpointName> = CallInput<HttpContract[N]>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(res: Answer): number {
  const seconds = Number(res.headers?.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : 0;
}

const failure = (error: ApiError) => ({ ok: false, error }) as const;

/**
 * The one HTTP client of the sync server: calls the endpoints of the contract (shared/api) by name, checks
 * the request before sending and the answer after, sends the device's bearer token and refreshes it once on
 * a 401, waits out failures with one shared backoff, and answers every failure as a typed ApiError.
 */
export class HttpClient {
  readonly baseUrl: string;
  private readonly fetch: FetchLike;
  private readonly backoff: Backoff;
  private refreshing: Promise<ApiResult<void>> | null = null;

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.backoff = new Backoff(options.sleep ?? defaultSleep);
    // Looked up at each call, so a fetch replaced later (tests, service workers) is the one used.
    this.fetch = options.fetch ?? ((input, init) => (globalThis as { fetch: FetchLike }).fetch(input, init));
  }

  /** The full URL of one call (for the live stream, whose EventSource fetches it itself). */
  url<N extends EndpointName>(name: N, input: Input<N> = {} as Input<N>): string {
    const def: EndpointDef = httpContract[name];
    const { params, query } = input as { params?: Record<string, string>; query?: Record<string, unknown> };
    return this.baseUrl + pathOf(def, params) + queryOf(def, query);
  }

  /** Calls an endpoint; every failure is a value, never a throw. */
  async call<N extends EndpointName>(
    name: N,
    input: Input<N> = {} as Input<N>,
    options: { signal?: AbortSignal } = {},
  ): Promise<ApiResult<Response<N>>> {
    return this.exchange(name, input, options.signal, false);
  }

  /** Calls an endpoint; a failure throws an ApiCallError carrying the ApiError. */
  async request<N extends EndpointName>(name: N, input: Input<N> = {} as Input<N>): Promise<Response<N>> {
    const result = await this.call(name, input);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value;
  }

  async accessToken(): Promise<string> {
    const t = await this.options.tokens?.get();
    if (!t) throw new ApiCallError({ kind: 'signed-out', code: 'UNAUTHENTICATED', message: 'not signed in' });
    return t.access;
  }

  /** Rotates the tokens; one rotation at a time (a second concurrent one would look like theft). */
  refresh(): Promise<ApiResult<void>> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The live stream's URL with a fresh single-use ticket (a token in a URL would end up in logs). */
  async streamUrl(): Promise<ApiResult<string>> {
    const ticket = await this.call('sync.streamTicket');
    if (!ticket.ok) return ticket;
    return { ok: true, value: this.url('sync.stream', { query: { ticket: ticket.value.ticket } }) };
  }

  private async doRefresh(): Promise<ApiResult<void>> {
    const t = await this.options.tokens?.get();
    if (!t) return failure({ kind: 'signed-out', code: 'UNAUTHENTICATED', message: 'not signed in' });
    const res = await this.exchange(
      'auth.refresh',
      { body: { refreshToken: t.refresh, deviceId: this.options.deviceId ?? '' } },
      undefined,
      true,
    );
    if (!res.ok) {
      const e = res.error;
      // Any 401 of a refresh closes the session for this device.
      if (e.kind === 'refused' && e.status === 401)
        return failure({ kind: 'signed-out', code: e.code, message: e.message });
      return res;
    }
    const pair: TokenPair = res.value;
    await this.options.tokens!.set({ access: pair.accessToken, refresh: pair.refreshToken });
    return { ok: true, value: undefined };
  }

  private async exchange<N extends EndpointName>(
    name: N,
    input: Input<N>,
    signal: AbortSignal | undefined,
    retried: boolean,
  ): Promise<ApiResult<Response<N>>> {
    const def: EndpointDef = httpContract[name];
    const { params, query, body } = input as {
      params?: Record<string, string>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const headers: Record<string, string> = {};
    let payload: string | Uint8Array | undefined;
    if (def.body && 'kind' in def.body) {
      payload = body as Uint8Array;
      headers['content-type'] = 'application/octet-stream';
    } else if (def.body) {
      // Checked here too: a request the server would refuse is never sent, and says which field.
      const checked = (def.body as z.ZodType).safeParse(body);
      if (!checked.success) {
        const issues = checked.error.issues.map((i) => ({
          field: i.path.join('.') || 'body',
          message: i.message,
        }));
        const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
        const errorBody: ErrorBody = { code: 'INVALID', message, issues };
        return failure({ kind: 'refused', status: 400, code: 'INVALID', message, issues, body: errorBody });
      }
      payload = JSON.stringify(checked.data);
      headers['content-type'] = 'application/json';
    }
    if (def.access === 'session') {
      const t = await this.options.tokens?.get();
      if (!t) return failure({ kind: 'signed-out', code: 'UNAUTHENTICATED', message: 'not signed in' });
      headers.authorization = `Bearer ${t.access}`;
    }

    const clock = this.options.clock;
    const sentAt = clock?.physical() ?? 0;
    const generation = await this.backoff.wait();
    let res: Answer;
    try {
      res = await this.fetch(this.baseUrl + pathOf(def, params) + queryOf(def, query), {
        method: def.method,
        headers,
        ...(payload === undefined ? {} : { body: payload }),
        ...(signal ? { signal } : {}),
      });
    } catch (err) {
      this.backoff.failed(generation);
      return failure({ kind: 'unreachable', message: err instanceof Error ? err.message : String(err) });
    }
    if (res.status === 503) {
      const wait = retryAfterMs(res);
      this.backoff.failed(generation, wait);
      const err = await this.errorBody(res);
      return failure({ kind: 'unavailable', code: err.code, message: err.message, retryAfterMs: wait });
    }
    this.backoff.succeeded();

    if (res.ok) return this.answer(def, res, sentAt);
    const err = await this.errorBody(res);
    if (res.status === 401 && def.access === 'session') {
      if (err.code === 'SESSION_REVOKED')
        return failure({ kind: 'signed-out', code: err.code, message: err.message });
      if (!retried) {
        const refreshed = await this.refresh();
        if (!refreshed.ok) return refreshed;
        return this.exchange(name, input, signal, true);
      }
    }
    return failure({
      kind: 'refused',
      status: res.status,
      code: err.code,
      message: err.message,
      issues: err.issues ?? [],
      body: err,
    });
  }

  private async answer<N extends EndpointName>(
    def: EndpointDef,
    res: Answer,
    sentAt: number,
  ): Promise<ApiResult<Response<N>>> {
    const ok = (value: unknown) => ({ ok: true, value: value as Response<N> }) as const;
    const response = def.response;
    if ('kind' in response) {
      if (response.kind !== 'bytes') return ok(undefined);
      if (!res.arrayBuffer) return failure({ kind: 'bad-answer', message: 'the answer has no bytes' });
      return ok(new Uint8Array(await res.arrayBuffer()));
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      return failure({ kind: 'bad-answer', message: 'the answer is not JSON' });
    }
    const clock = this.options.clock;
    if (clock) observeAnswer(clock, json, sentAt, clock.physical());
    const parsed = (response as z.ZodType).safeParse(json);
    if (!parsed.success)
      return failure({
        kind: 'bad-answer',
        message: parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; '),
      });
    return ok(parsed.data);
  }

  private async errorBody(res: Answer): Promise<ErrorBody> {
    const fallback = { code: `HTTP_${res.status}`, message: `HTTP ${res.status}` };
    const raw = await res.json().catch(() => undefined);
    // A body missing its code or message (a proxy's, an older server's) keeps what it has.
    const parsed = errorBodySchema.safeParse(
      raw && typeof raw === 'object' ? { ...fallback, ...raw } : fallback,
    );
    return parsed.success ? parsed.data : fallback;
  }
}

/** Lets the clock learn the server's time from an answer that carries it (pull does). */
function observeAnswer(clock: AnswerClock, body: unknown, sentAt: number, receivedAt: number) {
  if (!body || typeof body !== 'object') return;
  const { serverTime, documents } = body as { serverTime?: unknown; documents?: unknown };
  clock.observeServerTime(serverTime, sentAt, receivedAt);
  if (Array.isArray(documents))
    for (const doc of documents) clock.observeStamp((doc as { updatedAt?: unknown } | null)?.updatedAt);
}
