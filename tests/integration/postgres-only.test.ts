/**
 * Behaviour that needs concurrent transactions or several server processes: only a real PostgreSQL has
 * them (embedded PGlite is one session, so its transactions are serialised and cannot commit out of order).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../server/app';
import { api, eventually, login, openDevice, startBackend, type Backend } from './harness';
import { newAccount } from './fixtures';

/** Well under the clients' 60 s periodic re-sync (so only the stream can pass), yet generous for a busy machine. */
const STREAM_LIMIT_MS = 20_000;

const doc = (id: string) => ({
  id,
  ownerId: 'demo-user-li',
  departmentId: 'demo-dept-1',
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  createdBy: 'demo-user-li',
  updatedBy: 'demo-user-li',
  name: id,
  nameKey: id,
  phones: [],
  emails: [],
  tier: 'C',
  lifecycle: 'prospect',
});

describe('on PostgreSQL', () => {
  let backend: Backend;
  let second: RunningServer;
  beforeAll(async () => {
    backend = await startBackend('postgres');
    second = await createServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: '',
      databaseUrl: backend.databaseUrl,
      demo: true,
      logLevel: 'warn',
    });
  });
  afterAll(async () => {
    await second?.close();
    await backend?.stop();
  });

  it('pull never skips a row whose transaction committed after a later one', async () => {
    const { res } = await login(backend.server.url, 'admin@demo.local');
    const pullAll = async (checkpoint: unknown) =>
      (
        await api(
          backend.server.url,
          res.accessToken,
          'GET',
          `/sync/accounts/pull?limit=100&checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}`,
        )
      ).body;
    const start = await pullAll(null);

    const early = new pg.Client({ connectionString: backend.databaseUrl });
    const late = new pg.Client({ connectionString: backend.databaseUrl });
    await Promise.all([early.connect(), late.connect()]);
    const insert = (c: pg.Client, id: string) =>
      c.query(
        `insert into docs (collection, id, data, owner_id, department_id) values ('accounts', $1, $2, 'demo-user-li', 'demo-dept-1')`,
        [id, JSON.stringify(doc(id))],
      );
    try {
      await early.query('begin');
      await insert(early, 'acc-early-tx'); // older xid
      await late.query('begin');
      await insert(late, 'acc-later-tx'); // newer xid, commits first
      await late.query('commit');

      const whileOpen = await pullAll(start.checkpoint);
      expect(whileOpen.documents.map((d: { id: string }) => d.id)).toEqual([]);

      await early.query('commit');
      const after = await pullAll(whileOpen.checkpoint);
      expect(after.documents.map((d: { id: string }) => d.id)).toEqual(['acc-early-tx', 'acc-later-tx']);
      expect(BigInt(after.checkpoint.xid)).toBeGreaterThan(BigInt(start.checkpoint?.xid ?? 0));
    } finally {
      await Promise.all([early.end(), late.end()]);
    }
  });

  it('a write through one server process reaches a stream client of the other at once', async () => {
    const writer = await openDevice(backend.server.url, 'li@demo.local', ['accounts']);
    const reader = await openDevice(second.url, 'manager@demo.local', ['accounts']);
    try {
      await writer.online();
      await reader.online(); // live stream on the second process; its periodic re-sync is 60 s away
      const account = await newAccount(writer, 'Via Process One');
      await eventually(
        async () => expect(await reader.db.accounts.findOne(account.id).exec()).not.toBeNull(),
        STREAM_LIMIT_MS,
      );
    } finally {
      await Promise.all([writer.close(), reader.close()]);
    }
  });

  it('a revoke on one process closes the stream held by the other', async () => {
    const admin = await login(backend.server.url, 'admin@demo.local');
    const device = await openDevice(second.url, 'chen@demo.local', ['accounts']);
    const devices = async () =>
      (await api(backend.server.url, admin.res.accessToken, 'GET', '/admin/devices')).body.devices as {
        deviceId: string;
        sessionId: string;
        online: boolean;
      }[];
    try {
      await device.online();
      // The stream is held by the second process; the first knows it is online from its presence stamp.
      let session = (await devices()).find((d) => d.deviceId === device.deviceId)!;
      await eventually(async () => {
        session = (await devices()).find((d) => d.deviceId === device.deviceId)!;
        expect(session.online).toBe(true);
      }, STREAM_LIMIT_MS);
      await api(
        backend.server.url,
        admin.res.accessToken,
        'POST',
        `/admin/devices/${session.sessionId}/revoke`,
      );
      await eventually(() => expect(device.sync!.status.get().state).toBe('signedOut'), STREAM_LIMIT_MS);
      await eventually(async () => {
        expect((await devices()).find((d) => d.deviceId === device.deviceId)!.online).toBe(false);
      }, STREAM_LIMIT_MS);
    } finally {
      await device.close();
    }
  });
});
