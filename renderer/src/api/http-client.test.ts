import { describe, expect, it } from 'vitest';
import { HttpClient, type FetchLike } from './http-client';
import { ApiCallError } from './errors';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** A scripted server: answers in order, records what was sent; `/auth/refresh` answers `refresh`. */
function server(replies: Reply[], refresh: Reply = { status: 200, body: pair('a2', 'r2') }) {
  const sent: { url: string; method?: string; auth?: string; body?: unknown }[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({
      url,
      method: init?.method,
      auth: init?.headers?.authorization,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
    });
    const r = url.endsWith('/auth/refresh') ? refresh : replies.shift()!;
    return {
      ok: r.status < 300,
      status: r.status,
      json: () => (r.body === undefined ? Promise.reject(new SyntaxError('empty')) : Promise.resolve(r.body)),
      headers: { get: (h: string) => r.headers?.[h] ?? null },
    };
  };
  let tokens = { access: 'a1', refresh: 'r1' };
  const client = new HttpClient({
    baseUrl: 'http://sync.test/',
    deviceId: 'dev-1',
    fetch,
    sleep: async () => {},
    tokens: { get: async () => tokens, set: async (t) => void (tokens = t) },
  });
  return { client, sent, tokens: () => tokens };
}
function pair(access: string, refresh: string) {
  return { accessToken: access, accessExpiresAt: '2026-01-01T00:00:00.000Z', refreshToken: refresh };
}

describe('HttpClient', () => {
  it('calls an endpoint by name: method, path with encoded params, query encoded by the contract', async () => {
    const { client, sent } = server([
      { status: 200, body: { documents: [], checkpoint: null } },
      { status: 200, body: { ok: true } },
    ]);
    const pulled = await client.call('sync.pull', {
      params: { collection: 'leads' },
      query: { checkpoint: { xid: '5', id: 'x' }, limit: 50 },
    });
    expect(pulled).toEqual({ ok: true, value: { documents: [], checkpoint: null } });
    await client.call('admin.revokeDevice', { params: { sessionId: 'a/b' } });
    expect(sent).toEqual([
      {
        url: `http://sync.test/sync/leads/pull?checkpoint=${encodeURIComponent('{"xid":"5","id":"x"}')}&limit=50`,
        method: 'GET',
        auth: 'Bearer a1',
        body: undefined,
      },
      {
        url: 'http://sync.test/admin/devices/a%2Fb/revoke',
        method: 'POST',
        auth: 'Bearer a1',
        body: undefined,
      },
    ]);
  });

  it('maps a refusal to its code, status and named fields', async () => {
    const issues = [{ field: 'ownerId', message: 'no active user x' }];
    const { client } = server([
      { status: 400, body: { code: 'INVALID', message: 'ownerId: no active user x', issues } },
    ]);
    const res = await client.call('assign.assign', {
      body: { collection: 'leads', ids: ['l1'], ownerId: 'x' },
    });
    expect(res).toEqual({
      ok: false,
      error: {
        kind: 'refused',
        status: 400,
        code: 'INVALID',
        message: 'ownerId: no active user x',
        issues,
        body: { code: 'INVALID', message: 'ownerId: no active user x', issues },
      },
    });
    await expect(
      client.request('assign.assign', { body: { collection: 'leads', ids: ['l1'], ownerId: 'x' } }),
    ).rejects.toBeInstanceOf(ApiCallError);
  });

  it('never sends a request the contract refuses, and names the field', async () => {
    const { client, sent } = server([]);
    const res = await client.call('pool.claim', { body: { collection: 'planets' as never, id: 'p1' } });
    expect(res).toMatchObject({ ok: false, error: { kind: 'refused', status: 400, code: 'INVALID' } });
    expect(!res.ok && res.error.kind === 'refused' && res.error.issues.map((i) => i.field)).toEqual([
      'collection',
    ]);
    expect(sent).toEqual([]);
  });

  it('tells unreachable, unavailable (with Retry-After) and a foreign answer apart', async () => {
    const down = new HttpClient({
      baseUrl: 'http://sync.test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      sleep: async () => {},
    });
    expect(await down.call('health')).toEqual({
      ok: false,
      error: { kind: 'unreachable', message: 'fetch failed' },
    });
    const { client } = server([
      {
        status: 503,
        body: { code: 'DB_UNAVAILABLE', message: 'the database is unavailable' },
        headers: { 'retry-after': '5' },
      },
      { status: 200, body: '<html>' },
    ]);
    expect(await client.call('health')).toEqual({
      ok: false,
      error: {
        kind: 'unavailable',
        code: 'DB_UNAVAILABLE',
        message: 'the database is unavailable',
        retryAfterMs: 5_000,
      },
    });
    expect(await client.call('health')).toMatchObject({ ok: false, error: { kind: 'bad-answer' } });
  });

  it('refreshes an expired token once and retries; a revoked session is signed out', async () => {
    const { client, sent, tokens } = server([
      { status: 401, body: { code: 'TOKEN_EXPIRED', message: 'expired' } },
      { status: 200, body: { devices: [] } },
      { status: 401, body: { code: 'SESSION_REVOKED', message: 'this device was signed out' } },
    ]);
    expect(await client.call('admin.devices')).toEqual({ ok: true, value: { devices: [] } });
    expect(sent.map((s) => `${s.url} ${s.auth ?? ''}`)).toEqual([
      'http://sync.test/admin/devices Bearer a1',
      'http://sync.test/auth/refresh ',
      'http://sync.test/admin/devices Bearer a2',
    ]);
    expect(sent[1]!.body).toEqual({ refreshToken: 'r1', deviceId: 'dev-1' });
    expect(tokens()).toEqual({ access: 'a2', refresh: 'r2' });
    expect(await client.call('admin.devices')).toEqual({
      ok: false,
      error: { kind: 'signed-out', code: 'SESSION_REVOKED', message: 'this device was signed out' },
    });
  });

  it('a refresh refused with 401 signs the device out', async () => {
    const { client } = server([{ status: 401, body: { code: 'TOKEN_EXPIRED', message: 'expired' } }], {
      status: 401,
      body: { code: 'SESSION_EXPIRED', message: 'sign in again' },
    });
    expect(await client.call('auth.me')).toEqual({
      ok: false,
      error: { kind: 'signed-out', code: 'SESSION_EXPIRED', message: 'sign in again' },
    });
  });

  it('builds the live stream URL with a fresh ticket', async () => {
    const { client } = server([{ status: 200, body: { ticket: 't/1', expiresAt: '2026-01-01T00:00:00Z' } }]);
    expect(await client.streamUrl()).toEqual({
      ok: true,
      value: 'http://sync.test/sync/stream?ticket=t%2F1',
    });
  });
});
