import { describe, expect, it } from 'vitest';
import { HttpClient, type FetchLike } from '../../api';
import { memoryTokenStore } from '../../db/replication';
import { claimOnServer } from './claim-client';

const req = { collection: 'leads' as const, id: 'lead-0000001' };
/** The device's client on a fake server; `/auth/refresh` answers a new pair (counted in `refreshes`). */
const http = (f: FetchLike, refreshes: string[] = []) =>
  new HttpClient({
    baseUrl: 'http://127.0.0.1:1',
    tokens: memoryTokenStore({ access: 'old', refresh: 'r1' }),
    deviceId: 'd1',
    sleep: async () => {},
    fetch: (url, init) => {
      if (!url.endsWith('/auth/refresh')) return f(url, init);
      refreshes.push('r');
      const pair = { accessToken: 'new', accessExpiresAt: '2026-01-01T00:00:00Z', refreshToken: 'r2' };
      return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(pair) });
    },
  });
const answer = (...replies: { status: number; body?: unknown }[]) => {
  const calls: { url: string; auth: string | undefined; body: unknown }[] = [];
  const f: FetchLike = async (url, init) => {
    calls.push({
      url,
      auth: init?.headers?.authorization,
      body: JSON.parse(init!.body as string) as unknown,
    });
    const r = replies.shift()!;
    return { ok: r.status < 300, status: r.status, json: () => Promise.resolve(r.body ?? { ok: true }) };
  };
  return Object.assign(f, { calls });
};

describe('claimOnServer', () => {
  it('posts the claim with the token and reports success', async () => {
    const f = answer({ status: 200, body: { ok: true } });
    expect(await claimOnServer(http(f), req)).toEqual({ kind: 'claimed' });
    expect(f.calls).toEqual([{ url: 'http://127.0.0.1:1/pool/claim', auth: 'Bearer old', body: req }]);
  });

  it('names who has the record on a 409', async () => {
    const f = answer({ status: 409, body: { code: 'ALREADY_CLAIMED', ownerId: 'u-wang' } });
    expect(await claimOnServer(http(f), req)).toEqual({ kind: 'taken', ownerId: 'u-wang' });
  });

  it('refreshes an expired token once, then retries', async () => {
    const refreshes: string[] = [];
    const f = answer({ status: 401, body: { code: 'TOKEN_EXPIRED' } }, { status: 200 });
    expect(await claimOnServer(http(f, refreshes), req)).toEqual({ kind: 'claimed' });
    expect(refreshes).toEqual(['r']);
    expect(f.calls[1]!.auth).toBe('Bearer new');
  });

  it('keeps the claim queued when the server cannot be reached, drops it on a refusal', async () => {
    const down: FetchLike = () => Promise.reject(new Error('fetch failed'));
    expect(await claimOnServer(http(down), req)).toEqual({ kind: 'unreachable', message: 'fetch failed' });
    expect(await claimOnServer(http(answer({ status: 503 })), req)).toMatchObject({ kind: 'unreachable' });
    expect(
      await claimOnServer(http(answer({ status: 404, body: { message: 'leads/x does not exist' } })), req),
    ).toEqual({ kind: 'refused', message: 'leads/x does not exist' });
  });
});
