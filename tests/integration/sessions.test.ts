import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BACKENDS, eventually, login, openDevice, startBackend, type Backend } from './harness';
import { newAccount } from './fixtures';

/** Well under the clients' 60 s periodic re-sync (so only the stream can pass), yet generous for a busy machine. */
const STREAM_LIMIT_MS = 20_000;

describe.each(BACKENDS)('sessions and forced sign-out (%s)', (kind) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await startBackend(kind);
  });
  afterAll(async () => backend?.stop());

  it('rejects a wrong password without saying whether the email exists', async () => {
    const res = await fetch(`${backend.server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'li@demo.local', password: 'nope', deviceId: 'x1' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'BAD_CREDENTIALS' });
    const bad = await fetch(`${backend.server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: '' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: 'INVALID',
      issues: expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
    });
  });

  it('rotates refresh tokens and revokes the session when an old one is presented again', async () => {
    const { res, deviceId } = await login(backend.server.url, 'chen@demo.local');
    const post = (body: unknown) =>
      fetch(`${backend.server.url}/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const first = await post({ refreshToken: res.refreshToken, deviceId });
    expect(first.status).toBe(200);
    const pair = (await first.json()) as { accessToken: string };
    expect((await api(backend.server.url, pair.accessToken, 'GET', '/auth/me')).body).toMatchObject({
      email: 'chen@demo.local',
    });
    expect((await api(backend.server.url, res.accessToken, 'GET', '/auth/me')).status).toBe(401);
    // A racing second refresh of the same device gets the same pair once (refresh-tokens.test.ts)…
    const raced = await post({ refreshToken: res.refreshToken, deviceId });
    expect(await raced.json()).toEqual(pair);
    // …a third presentation is theft.
    const reuse = await post({ refreshToken: res.refreshToken, deviceId });
    expect(reuse.status).toBe(401);
    expect(await reuse.json()).toMatchObject({ code: 'SESSION_REVOKED' });
    expect((await api(backend.server.url, pair.accessToken, 'GET', '/auth/me')).body).toMatchObject({
      code: 'SESSION_REVOKED',
    });
  });

  it('an admin sees devices and forces one to sign out: its stream closes, it reports signedOut and keeps its data', async () => {
    const admin = await login(backend.server.url, 'admin@demo.local');
    const device = await openDevice(backend.server.url, 'wang@demo.local', ['accounts']);
    try {
      await device.online();
      const account = await newAccount(device, 'Tanaka KK');
      await device.sync!.awaitInSync();
      const adminToken = admin.res.accessToken;
      let sessionId = '';
      await eventually(async () => {
        const list = await api(backend.server.url, adminToken, 'GET', '/admin/devices');
        const mine = list.body.devices.find((d: { deviceId: string }) => d.deviceId === device.deviceId);
        expect(mine).toMatchObject({ userName: '王 Wang', online: true, revoked: false });
        sessionId = mine.sessionId;
      });
      const rep = await api(backend.server.url, await device.accessToken(), 'GET', '/admin/devices');
      expect(rep.status).toBe(403);

      const token = await device.accessToken();
      expect(
        (await api(backend.server.url, adminToken, 'POST', `/admin/devices/${sessionId}/revoke`)).status,
      ).toBe(200);
      await eventually(() => expect(device.sync!.status.get().state).toBe('signedOut'), STREAM_LIMIT_MS);
      const after = await api(backend.server.url, token, 'GET', '/sync/accounts/pull');
      expect(after).toMatchObject({ status: 401, body: { code: 'SESSION_REVOKED' } });
      expect(await device.db.accounts.findOne(account.id).exec()).not.toBeNull();
      const list = await api(backend.server.url, adminToken, 'GET', '/admin/devices');
      expect(list.body.devices.find((d: { sessionId: string }) => d.sessionId === sessionId)).toMatchObject({
        revoked: true,
        online: false,
      });
    } finally {
      await device.close();
    }
  });

  it('serves /health without a token and refuses sync without one', async () => {
    expect(await (await fetch(`${backend.server.url}/health`)).json()).toMatchObject({ ok: true });
    const res = await fetch(`${backend.server.url}/sync/accounts/pull`);
    expect(res.status).toBe(401);
  });
});
