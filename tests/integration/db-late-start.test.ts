/**
 * A server started while its PostgreSQL is down (a host reboot brings the app up first, a failover is under
 * way): it must start, say it is not ready, answer 503 on data routes, and become ready by itself when the
 * database appears. PostgreSQL only: PGlite is in-process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../server/app';
import { startPostgres, type TestPostgres } from '../setup/postgres';
import { api, BACKENDS, eventually, login, openDevice } from './harness';
import { newLead } from './fixtures';

describe.skipIf(!BACKENDS.includes('postgres'))('a server started before its database (postgres)', () => {
  let cluster: TestPostgres;
  let server: RunningServer | undefined;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    cluster = await startPostgres();
  });
  afterAll(async () => {
    await server?.close();
    await cluster?.stop();
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  });

  it('starts, answers not ready and 503 while the database is away, then becomes ready by itself', async () => {
    const databaseUrl = await cluster.createDatabase(`crm_late_${process.pid}`);
    await cluster.restart(async () => {
      server = await createServer({
        port: 0,
        host: '127.0.0.1',
        dataDir: '',
        databaseUrl,
        demo: true,
        logLevel: 'fatal',
        waitForDatabase: true,
        dbRetryMaxMs: 500,
        dbTimeouts: { statementTimeoutMs: 2_000, connectTimeoutMs: 1_000 },
      });
      const url = server.url;
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ code: 'DB_UNAVAILABLE' });
      const loginRes = await fetch(`${url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'li@demo.local', password: 'x', deviceId: 'dev-1', deviceName: 'x' }),
      });
      expect(loginRes.status).toBe(503);
      expect(loginRes.headers.get('retry-after')).toBeTruthy();
      expect(await loginRes.json()).toMatchObject({ code: 'DB_UNAVAILABLE' });
      const pull = await api(url, 'not-a-token', 'GET', '/sync/leads/pull');
      expect(pull).toMatchObject({ status: 503, body: { code: 'DB_UNAVAILABLE' } });
    });

    // The database is up again: the same server process becomes ready, migrated and seeded, without help.
    const url = server!.url;
    await eventually(async () => expect((await fetch(`${url}/ready`)).status).toBe(200), 60_000);
    const { res } = await login(url, 'li@demo.local');
    expect(res.user.id).toBe('demo-user-li');
    const device = await openDevice(url, 'li@demo.local', ['leads']);
    try {
      await device.online();
      const lead = await newLead(device, 'Late Start GmbH');
      await device.sync!.awaitInSync();
      const pulled = await api(url, await device.accessToken(), 'GET', '/sync/leads/pull');
      expect(pulled.body.documents.map((d: { id: string }) => d.id)).toContain(lead.id);
    } finally {
      await device.close();
    }
    expect(uncaught).toEqual([]);
  });
});
