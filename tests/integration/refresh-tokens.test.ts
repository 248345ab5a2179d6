import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BACKENDS, login, startBackend, type Backend } from './harness';

interface Pair {
  accessToken: string;
  refreshToken: string;
}

describe.each(BACKENDS)('refresh-token families, idle expiry and racing refreshes (%s)', (kind) => {
  let backend: Backend;
  let clockOffset = 0;
  const DAY = 24 * 60 * 60 * 1000;
  beforeAll(async () => {
    backend = await startBackend(kind, { now: () => Date.now() + clockOffset, refreshIdleDays: 10 });
  });
  afterAll(async () => backend?.stop());

  const refresh = async (refreshToken: string, deviceId: string) => {
    const res = await fetch(`${backend.server.url}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken, deviceId }),
    });
    return { status: res.status, body: (await res.json()) as Pair & { code?: string } };
  };
  const me = async (token: string) => api(backend.server.url, token, 'GET', '/auth/me');

  it('revokes the session when any earlier token of its family comes back, not only the last one', async () => {
    const { res, deviceId } = await login(backend.server.url, 'li@demo.local');
    const p1 = await refresh(res.refreshToken, deviceId);
    const p2 = await refresh(p1.body.refreshToken, deviceId);
    const p3 = await refresh(p2.body.refreshToken, deviceId);
    expect([p1.status, p2.status, p3.status]).toEqual([200, 200, 200]);
    expect((await me(p3.body.accessToken)).status).toBe(200);
    // The login's token, two rotations back: a thief replaying an old capture.
    expect(await refresh(res.refreshToken, deviceId)).toMatchObject({
      status: 401,
      body: { code: 'SESSION_REVOKED' },
    });
    expect(await me(p3.body.accessToken)).toMatchObject({ status: 401, body: { code: 'SESSION_REVOKED' } });
    expect((await refresh(p3.body.refreshToken, deviceId)).status).toBe(401);
  });

  it('lets a refresh token go unused for the configured idle time, and no longer', async () => {
    const a = await login(backend.server.url, 'chen@demo.local');
    const b = await login(backend.server.url, 'chen@demo.local');
    try {
      clockOffset = 9 * DAY;
      const fresh = await refresh(a.res.refreshToken, a.deviceId);
      expect(fresh.status).toBe(200);
      clockOffset = 11 * DAY;
      // a was refreshed two days ago (its new token is young); b's login token is eleven days old.
      expect((await refresh(fresh.body.refreshToken, a.deviceId)).status).toBe(200);
      expect(await refresh(b.res.refreshToken, b.deviceId)).toMatchObject({
        status: 401,
        body: { code: 'SESSION_EXPIRED' },
      });
      // Still dead once the clock is back: the session was closed, not just refused.
      clockOffset = 0;
      expect((await refresh(b.res.refreshToken, b.deviceId)).status).toBe(401);
    } finally {
      clockOffset = 0;
    }
  });

  it('two refreshes racing from one device both end with the same working pair', async () => {
    const { res, deviceId } = await login(backend.server.url, 'wang@demo.local');
    const [x, y] = await Promise.all([
      refresh(res.refreshToken, deviceId),
      refresh(res.refreshToken, deviceId),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(x.body).toEqual(y.body);
    expect((await me(x.body.accessToken)).status).toBe(200);
    const next = await refresh(y.body.refreshToken, deviceId);
    expect(next.status).toBe(200);
    expect((await me(next.body.accessToken)).status).toBe(200);
  });

  it('the grace is once, for the immediately previous token, within 30 s', async () => {
    const { res, deviceId } = await login(backend.server.url, 'manager@demo.local');
    const first = await refresh(res.refreshToken, deviceId);
    // The slower of two racing requests arrives after the first has rotated: same pair.
    const late = await refresh(res.refreshToken, deviceId);
    expect(late).toMatchObject({ status: 200, body: first.body });
    // A third arrival is not a race any more.
    expect((await refresh(res.refreshToken, deviceId)).body).toMatchObject({ code: 'SESSION_REVOKED' });

    const other = await login(backend.server.url, 'manager@demo.local');
    const rotated = await refresh(other.res.refreshToken, other.deviceId);
    expect(rotated.status).toBe(200);
    clockOffset = 31_000;
    try {
      expect((await refresh(other.res.refreshToken, other.deviceId)).body).toMatchObject({
        code: 'SESSION_REVOKED',
      });
    } finally {
      clockOffset = 0;
    }
    expect((await me(rotated.body.accessToken)).status).toBe(401);
  });
});
