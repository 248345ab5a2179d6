/**
 * Database faults under a running server (PostgreSQL only: PGlite is in-process and cannot drop or freeze).
 * Three devices keep writing while the test kills every server connection (the LISTEN one included),
 * restarts PostgreSQL and freezes it past the statement timeout. The server must stay up in this process,
 * answer 503 (not 500, not hang) while the database is away, lose no acknowledged write, and its live
 * streams must work again afterwards.
 */
import pg from 'pg';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../server/app';
import type { PostgresBus } from '../../server/db/bus';
import type { FetchLike } from '../../renderer/src/db/replication';
import { startPostgres, type TestPostgres } from '../setup/postgres';
import { api, BACKENDS, eventually, login, openDevice, startBackend, type Device } from './harness';
import { newAccount } from './fixtures';

const STATEMENT_TIMEOUT_MS = 1_500;
const CONNECT_TIMEOUT_MS = 1_000;

/** Push answers the server acknowledged: the ids it took (neither a conflict nor refused). */
function ackingFetch(acked: Set<string>): FetchLike {
  return async (input, init) => {
    const res = await fetch(input, init as RequestInit);
    if (!res.ok || init?.method !== 'POST' || !/\/sync\/\w+\/push$/.test(input)) return res;
    const body = (await res.json()) as { conflicts: { id: string }[]; rejected: { id: string }[] };
    const refused = new Set([...body.conflicts, ...body.rejected].map((r) => r.id));
    for (const row of JSON.parse(init.body as string) as { newDocumentState: { id: string } }[])
      if (!refused.has(row.newDocumentState.id)) acked.add(row.newDocumentState.id);
    return { ok: true, status: res.status, json: async () => body };
  };
}

/** The device's live stream, recording every event it receives. */
function recordingEventSource(events: string[]) {
  return class extends EventSource {
    constructor(url: string) {
      super(url);
      this.addEventListener('change', (e) => events.push(String(e.data)));
    }
  };
}

describe.skipIf(!BACKENDS.includes('postgres'))('database faults under load (postgres)', () => {
  let cluster: TestPostgres;
  let server: RunningServer;
  let databaseUrl: string;
  const dbName = `crm_faults_${process.pid}`;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);
  const devices: Device[] = [];
  const acked = new Map<Device, Set<string>>();
  const created = new Map<Device, string[]>();
  const streamEvents = new Map<Device, string[]>();

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    cluster = await startPostgres();
    databaseUrl = await cluster.createDatabase(dbName);
    server = await createServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: '',
      databaseUrl,
      demo: true,
      logLevel: 'fatal',
      dbTimeouts: { statementTimeoutMs: STATEMENT_TIMEOUT_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS },
    });
    for (const email of ['li@demo.local', 'chen@demo.local', 'manager@demo.local']) {
      const device = await openDevice(server.url, email, ['accounts']);
      acked.set(device, new Set());
      created.set(device, []);
      streamEvents.set(device, []);
      await device.online(server.url, {
        fetch: ackingFetch(acked.get(device)!),
        EventSource: recordingEventSource(streamEvents.get(device)!) as never,
        resyncEveryMs: 10 * 60_000, // no periodic safety net: the stream alone must carry changes
      });
      devices.push(device);
    }
  });

  afterAll(async () => {
    await Promise.all(devices.map((d) => d.close()));
    cluster?.resume();
    await server?.close();
    await cluster?.stop();
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  });

  const bus = () => server.store.bus as PostgresBus;
  const ackedTotal = () => devices.reduce((n, d) => n + acked.get(d)!.size, 0);
  /** Waits until every device has had `more` further writes acknowledged (the server is back). */
  const moreAcks = async (more: number) => {
    const before = devices.map((d) => acked.get(d)!.size);
    await eventually(
      () => devices.forEach((d, i) => expect(acked.get(d)!.size).toBeGreaterThanOrEqual(before[i]! + more)),
      60_000,
    );
  };
  const countOnServer = async (ids: string[]) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const res = await client.query(
        `select count(*)::int as n from docs where collection = 'accounts' and id = any($1)`,
        [ids],
      );
      return res.rows[0].n as number;
    } finally {
      await client.end();
    }
  };

  it('stays up, answers 503 while the database is away, loses no acknowledged write and converges', async () => {
    const { res: admin } = await login(server.url, 'admin@demo.local');
    let writing = true;
    // Each device writes a card every 30 ms until the faults are over (bounded, whatever happens).
    const writers = devices.map(async (device) => {
      for (let i = 0; writing && i < 3_000; i++) {
        created.get(device)!.push((await newAccount(device, `${device.user.name} card ${i}`)).id);
        await new Promise((r) => setTimeout(r, 30));
      }
    });

    try {
      await moreAcks(3);

      // 1. Every connection of the server is terminated, the LISTEN one included.
      const reconnectsBefore = bus().reconnects;
      expect(await cluster.terminateConnections(dbName)).toBeGreaterThanOrEqual(2);
      await eventually(() => expect(bus().reconnects).toBeGreaterThan(reconnectsBefore), 60_000);
      // The missed NOTIFYs are made up for: every live stream is told to re-sync (beyond its first event).
      await eventually(
        () =>
          devices.forEach((d) =>
            expect(streamEvents.get(d)!.filter((e) => e === '"RESYNC"').length).toBeGreaterThanOrEqual(2),
          ),
        30_000,
      );
      await moreAcks(3);

      // 2. PostgreSQL restarts; while it is down the server answers 503 with Retry-After, at once.
      const restartsBefore = bus().reconnects;
      await cluster.restart(async () => {
        const started = Date.now();
        const pull = await fetch(`${server.url}/sync/accounts/pull?limit=10`, {
          headers: { authorization: `Bearer ${admin.accessToken}` },
        });
        expect(pull.status).toBe(503);
        expect(pull.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(await pull.json()).toMatchObject({ code: 'DB_UNAVAILABLE' });
        expect((await fetch(`${server.url}/ready`)).status).toBe(503);
        expect((await fetch(`${server.url}/health`)).status).toBe(200);
        expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS * 4 + 5_000);
      });
      await eventually(() => expect(bus().reconnects).toBeGreaterThan(restartsBefore), 60_000);
      await moreAcks(3);

      // 3. PostgreSQL freezes for longer than the statement timeout: requests end with 503, not a hang.
      cluster.pause();
      try {
        const started = Date.now();
        const pull = await api(server.url, admin.accessToken, 'GET', '/sync/accounts/pull?limit=10');
        expect(pull.status).toBe(503);
        expect(pull.body).toMatchObject({ code: 'DB_UNAVAILABLE' });
        expect((await fetch(`${server.url}/ready`)).status).toBe(503);
        // Bounded by the timeouts (connect or statement), not by how long the database stays frozen.
        expect(Date.now() - started).toBeLessThan(STATEMENT_TIMEOUT_MS * 2 + CONNECT_TIMEOUT_MS * 4 + 5_000);
        await new Promise((r) => setTimeout(r, STATEMENT_TIMEOUT_MS * 2)); // the fault lasts past the timeout
      } finally {
        cluster.resume();
      }
      await moreAcks(3);
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    } finally {
      writing = false;
      await Promise.all(writers);
    }

    // Nothing acknowledged is missing, and everything any device wrote arrives once the dust settles.
    const ackedIds = devices.flatMap((d) => [...acked.get(d)!]);
    expect(ackedIds.length).toBe(ackedTotal());
    expect(await countOnServer(ackedIds)).toBe(ackedIds.length);
    const allCreated = devices.flatMap((d) => created.get(d)!);
    await eventually(async () => expect(await countOnServer(allCreated)).toBe(allCreated.length), 120_000);

    // All three converge: the manager sees the department's cards, each rep their own.
    const manager = devices[2]!;
    const idsOn = async (d: Device) => new Set((await d.db.accounts.find().exec()).map((doc) => doc.id));
    await eventually(async () => {
      const seen = await idsOn(manager);
      expect(allCreated.filter((id) => !seen.has(id))).toEqual([]);
    }, 120_000);
    for (const d of devices) {
      expect(d.sync!.notSynced()).toEqual([]); // a 503 is a retry, not a refusal
      await eventually(
        () => expect(d.sync!.status.get()).toMatchObject({ pending: 0, notSynced: 0 }),
        60_000,
      );
    }

    // After the LISTEN reconnects, a write on one device reaches another's live stream again (no periodic pull).
    const late = await newAccount(devices[0]!, 'After the storm');
    await eventually(
      async () => expect(await manager.db.accounts.findOne(late.id).exec()).not.toBeNull(),
      15_000,
    );

    // Same process, still serving, and nothing escaped as an uncaught error.
    expect(uncaught).toEqual([]);
    expect(server.app.server.listening).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  }, 600_000);
});

describe.skipIf(!BACKENDS.includes('pglite'))('readiness on embedded PGlite (unchanged path)', () => {
  it('answers /ready and /health, with no PostgreSQL anywhere', async () => {
    const backend = await startBackend('pglite');
    try {
      const ready = await fetch(`${backend.server.url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ok: true, db: 'pglite' });
      expect((await fetch(`${backend.server.url}/health`)).status).toBe(200);
    } finally {
      await backend.stop();
    }
  });
});
