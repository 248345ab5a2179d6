import { describe, expect, it } from 'vitest';
import { claimOnServer, type ClaimFetch } from './claim-client';

const req = { collection: 'leads' as const, id: 'lead-0000001' };
const http = (refreshes: string[] = []) => ({
  baseUrl: 'http://127.0.0.1:1',
  accessToken: () => Promise.resolve(refreshes.length ? 'new' : 'old'),
  refresh: () => {
    refreshes.push('r');
    return Promise.resolve();
  },
});
const answer = (...replies: { status: number; body?: unknown }[]) => {
  const calls: { url: string; auth: string | undefined; body: unknown }[] = [];
  const f: ClaimFetch = async (url, init) => {
    calls.push({ url, auth: init.headers.authorization, body: JSON.parse(init.body) as unknown });
    const r = replies.shift()!;
    return { ok: r.status < 300, status: r.status, json: () => Promise.resolve(r.body ?? {}) };
  };
  return Object.assign(f, { calls });
};

describe('claimOnServer', () => {
  it('posts the claim with the token and reports success', async () => {
    const f = answer({ status: 200, body: { ok: true } });
    expect(await claimOnServer(http(), req, f)).toEqual({ kind: 'claimed' });
    expect(f.calls).toEqual([{ url: 'http://127.0.0.1:1/pool/claim', auth: 'Bearer old', body: req }]);
  });

  it('names who has the record on a 409', async () => {
    const f = answer({ status: 409, body: { code: 'ALREADY_CLAIMED', ownerId: 'u-wang' } });
    expect(await claimOnServer(http(), req, f)).toEqual({ kind: 'taken', ownerId: 'u-wang' });
  });

  it('refreshes an expired token once, then retries', async () => {
    const refreshes: string[] = [];
    const f = answer({ status: 401, body: { code: 'TOKEN_EXPIRED' } }, { status: 200 });
    expect(await claimOnServer(http(refreshes), req, f)).toEqual({ kind: 'claimed' });
    expect(refreshes).toEqual(['r']);
    expect(f.calls[1]!.auth).toBe('Bearer new');
  });

  it('keeps the claim queued when the server cannot be reached, drops it on a refusal', async () => {
    const down: ClaimFetch = () => Promise.reject(new Error('fetch failed'));
    expect(await claimOnServer(http(), req, down)).toEqual({ kind: 'unreachable', message: 'fetch failed' });
    expect(await claimOnServer(http(), req, answer({ status: 503 }))).toMatchObject({ kind: 'unreachable' });
    expect(
      await claimOnServer(http(), req, answer({ status: 404, body: { message: 'leads/x does not exist' } })),
    ).toEqual({ kind: 'refused', message: 'leads/x does not exist' });
  });
});
