import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS } from './backoff';
import { ApiCallError } from './errors';
import { HttpClient, type FetchLike } from './http-client';

type Pair = { access: string; refresh: string };
/** The device's tokens, kept in memory. */
function memoryTokenStore(initial: Pair) {
  let tokens: Pair | null = initial;
  return { get: async () => tokens, set: async (t: Pair) => void (tokens = t) };
}

type Call = { url: string; auth?: string; body?: string };

/** A scripted server: each answer is [status, body, headers?] or 'down'; records what the client sent. */
function scripted(answers: ([number, unknown, Record<string, string>?] | 'down')[]) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({
      url,
      auth: init?.headers?.authorization,
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    const answer = answers.shift() ?? [500, {}];
    if (answer === 'down') throw new TypeError('fetch failed');
    const [status, body, headers = {}] = answer;
    return {
      ok: status < 300,
      status,
      json: async () => body,
      headers: { get: (name: string) => headers[name] ?? null },
    };
  };
  return { calls, fetch };
}

/** A pull answer the contract accepts, told apart by `n`. */
const page = (n: number) => ({ documents: [{ id: String(n), _deleted: false }], checkpoint: null });
const pull = (http: HttpClient) => http.request('sync.pull', { params: { collection: 'accounts' } });

/** The sync client's use of the one HttpClient: token refresh, sign-out and the shared backoff. */
describe('HttpClient retries', () => {
  it('refreshes an expired access token once and retries the call with the new one', async () => {
    const tokens = memoryTokenStore({ access: 'a1', refresh: 'r1' });
    const server = scripted([
      [401, { code: 'TOKEN_EXPIRED', message: 'expired' }],
      [200, { accessToken: 'a2', refreshToken: 'r2', accessExpiresAt: '' }],
      [200, page(1)],
    ]);
    const http = new HttpClient({
      baseUrl: 'http://127.0.0.1:1/',
      tokens,
      deviceId: 'dev1',
      fetch: server.fetch,
    });
    expect(await pull(http)).toEqual(page(1));
    expect(server.calls.map((c) => c.auth)).toEqual(['Bearer a1', undefined, 'Bearer a2']);
    expect(JSON.parse(server.calls[1]!.body!)).toEqual({ refreshToken: 'r1', deviceId: 'dev1' });
    expect(await tokens.get()).toEqual({ access: 'a2', refresh: 'r2' });
  });

  it('reports a revoked session as signed out without refreshing', async () => {
    const server = scripted([[401, { code: 'SESSION_REVOKED', message: 'signed out by admin' }]]);
    const http = new HttpClient({
      baseUrl: 'http://x',
      tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
      deviceId: 'd',
      fetch: server.fetch,
    });
    const error = await pull(http).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).error.kind).toBe('signed-out');
    expect(server.calls).toHaveLength(1);
  });

  it('shares one refresh between concurrent expired calls', async () => {
    const server = scripted([
      [401, { code: 'TOKEN_EXPIRED', message: 'expired' }],
      [401, { code: 'TOKEN_EXPIRED', message: 'expired' }],
      [200, { accessToken: 'a2', refreshToken: 'r2', accessExpiresAt: '' }],
      [200, page(1)],
      [200, page(2)],
    ]);
    const http = new HttpClient({
      baseUrl: 'http://x',
      tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
      deviceId: 'd',
      fetch: server.fetch,
    });
    await Promise.all([pull(http), pull(http)]);
    expect(server.calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  describe('when the server is away', () => {
    const unavailable: [number, unknown, Record<string, string>] = [
      503,
      { code: 'DB_UNAVAILABLE', message: 'the database is unavailable; try again shortly' },
      { 'retry-after': '5' },
    ];
    function client(answers: Parameters<typeof scripted>[0]) {
      const server = scripted(answers);
      const waits: number[] = [];
      const http = new HttpClient({
        baseUrl: 'http://x',
        tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
        deviceId: 'd',
        fetch: server.fetch,
        sleep: async (ms) => void waits.push(ms),
      });
      return { http, server, waits };
    }

    it('a 503 is unavailable (retried later, never a refusal) and the next call waits Retry-After', async () => {
      const { http, waits } = client([unavailable, [200, page(1)]]);
      const error = await http
        .request('sync.push', { params: { collection: 'accounts' }, body: [] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiCallError);
      expect((error as ApiCallError).error).toMatchObject({
        kind: 'unavailable',
        retryAfterMs: 5_000,
        message: expect.stringMatching(/database is unavailable/),
      });
      expect(await pull(http)).toEqual(page(1));
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThan(4_000);
      expect(waits[0]).toBeLessThanOrEqual(5_000);
    });

    it('backs off exponentially across network errors and 503s, capped, and starts over after a success', async () => {
      const { http, waits } = client([
        'down',
        'down',
        [503, {}],
        'down',
        'down',
        'down',
        'down',
        [200, page(1)],
        'down',
        [200, page(2)],
      ]);
      for (let i = 0; i < 7; i++) await expect(pull(http)).rejects.toBeDefined();
      expect(await pull(http)).toEqual(page(1));
      await expect(pull(http)).rejects.toThrow('fetch failed');
      expect(await pull(http)).toEqual(page(2));
      // Waits before attempts 2–8 (after each failure), then one after the failure that follows the success.
      expect(waits).toHaveLength(8);
      const ratios = waits.slice(1, 5).map((w, i) => w / waits[i]!);
      for (const r of ratios) expect(r).toBeGreaterThan(1.1); // growing (jitter is ±25 %)
      for (const w of waits) expect(w).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS * 1.25);
      expect(waits[7]).toBeLessThanOrEqual(1_250); // back to the first step
    });

    it('requests sent together with a failing one do not grow the delay', async () => {
      const { http, waits } = client(['down', 'down', 'down', [200, page(1)]]);
      await Promise.allSettled([pull(http), pull(http), pull(http)]);
      expect(await pull(http)).toEqual(page(1));
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeLessThanOrEqual(1_250);
    });
  });
});
