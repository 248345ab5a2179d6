import { describe, expect, it } from 'vitest';
import { SignedOutError, SyncHttp, type FetchLike } from './sync-http';
import { memoryTokenStore } from './tokens';

type Call = { url: string; auth?: string; body?: string };

/** A scripted server: each answer is [status, body]; records what the client sent. */
function scripted(answers: [number, unknown][]) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, auth: init?.headers?.authorization, body: init?.body });
    const [status, body] = answers.shift() ?? [500, {}];
    return { ok: status < 300, status, json: async () => body };
  };
  return { calls, fetch };
}

describe('SyncHttp', () => {
  it('refreshes an expired access token once and retries the call with the new one', async () => {
    const tokens = memoryTokenStore({ access: 'a1', refresh: 'r1' });
    const server = scripted([
      [401, { code: 'TOKEN_EXPIRED' }],
      [200, { accessToken: 'a2', refreshToken: 'r2', accessExpiresAt: '' }],
      [200, { ok: 1 }],
    ]);
    const http = new SyncHttp({
      baseUrl: 'http://127.0.0.1:1/',
      tokens,
      deviceId: 'dev1',
      fetch: server.fetch,
    });
    expect(await http.request('GET', '/auth/me')).toEqual({ ok: 1 });
    expect(server.calls.map((c) => c.auth)).toEqual(['Bearer a1', undefined, 'Bearer a2']);
    expect(JSON.parse(server.calls[1]!.body!)).toEqual({ refreshToken: 'r1', deviceId: 'dev1' });
    expect(await tokens.get()).toEqual({ access: 'a2', refresh: 'r2' });
  });

  it('reports a revoked session as SignedOutError without refreshing', async () => {
    const server = scripted([[401, { code: 'SESSION_REVOKED', message: 'signed out by admin' }]]);
    const http = new SyncHttp({
      baseUrl: 'http://x',
      tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
      deviceId: 'd',
      fetch: server.fetch,
    });
    await expect(http.request('GET', '/auth/me')).rejects.toBeInstanceOf(SignedOutError);
    expect(server.calls).toHaveLength(1);
  });

  it('shares one refresh between concurrent expired calls', async () => {
    const server = scripted([
      [401, { code: 'TOKEN_EXPIRED' }],
      [401, { code: 'TOKEN_EXPIRED' }],
      [200, { accessToken: 'a2', refreshToken: 'r2' }],
      [200, 1],
      [200, 2],
    ]);
    const http = new SyncHttp({
      baseUrl: 'http://x',
      tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
      deviceId: 'd',
      fetch: server.fetch,
    });
    await Promise.all([http.request('GET', '/a'), http.request('GET', '/b')]);
    expect(server.calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });
});
