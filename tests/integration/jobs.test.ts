import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { setClock } from '../../renderer/src/db/clock';
import { insertDoc, updateDoc } from '../../renderer/src/db/write';
import { createHybridClock } from '../../shared/sync/clock';
import { createServer, type RunningServer } from '../../server/app';
import { runJobsOnce, startJobs } from '../../server/jobs/run-jobs';
import {
  api,
  BACKENDS,
  eventually,
  login,
  openDevice,
  startBackend,
  type Backend,
  type Device,
} from './harness';
import { newId } from '@shared/model/id';

const MANAGER = 'demo-user-manager';
const hoursBefore = (t: Date, h: number) => new Date(t.getTime() - h * 3_600_000);

/** A new open opportunity on a rep's device, as the opportunity screen would write it. */
function newOpportunity(
  device: Device,
  name: string,
  expectedCloseDate: string,
  now: Date,
  extra: Partial<Opportunity> = {},
) {
  const {
    id: _id,
    ownerId: _o,
    departmentId: _d,
    createdAt: _c,
    updatedAt: _u,
    createdBy: _cb,
    updatedBy: _ub,
    ...fields
  } = validDocs.opportunities;
  return insertDoc(
    device.db,
    'opportunities',
    { ...fields, accountId: '', sourceId: '', campaignId: '', name, expectedCloseDate, ...extra },
    device.actor,
    now,
  );
}

async function serverDocs(server: RunningServer, collection: string, subjectId: string) {
  const rows = await server.store.db
    .selectFrom('docs')
    .select(['id', 'owner_id', 'data'])
    .where('collection', '=', collection)
    .where(sql<string>`data->>'subjectId'`, '=', subjectId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    ownerId: r.owner_id,
    data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Record<string, unknown>,
  }));
}

describe.each(BACKENDS)('server jobs (%s)', (kind) => {
  let backend: Backend;
  let rep: Device;
  let manager: Device;

  beforeAll(async () => {
    backend = await startBackend(kind);
    rep = await openDevice(backend.server.url, 'li@demo.local', [
      'opportunities',
      'activities',
      'notifications',
    ]);
    manager = await openDevice(backend.server.url, 'manager@demo.local', ['opportunities', 'notifications']);
    // The rep's edits are dated in the tests' simulated past: its clock must not follow the server's time.
    const simulated = createHybridClock();
    setClock(rep.db, { ...simulated, observeServerTime: () => undefined, observeStamp: () => undefined });
    await Promise.all([rep.online(), manager.online()]);
  });
  afterAll(async () => {
    await Promise.all([rep?.close(), manager?.close()]);
    await backend?.stop();
  });

  it('auto-close expires exactly the open deals whose close date is over in the company zone, once', async () => {
    // 2026-07-01 07:30 in Shanghai: June 30 is over there, July 1 is not.
    const now = new Date('2026-06-30T23:30:00.000Z');
    const created = hoursBefore(now, 1);
    const overdue = await newOpportunity(rep, 'Kettles overdue', '2026-06-30', created);
    const today = await newOpportunity(rep, 'Kettles due today', '2026-07-01', created);
    const won = await newOpportunity(rep, 'Kettles won', '2026-06-01', created, {
      status: 'won',
      closedAt: created.toISOString(),
    });
    await rep.sync!.awaitInSync();

    const first = await runJobsOnce(backend.server, now, { timeZone: 'Asia/Shanghai' });
    expect(first.expired).toContain(overdue.id);
    expect(first.expired).not.toContain(today.id);
    expect(first.expired).not.toContain(won.id);
    const again = await runJobsOnce(backend.server, new Date(now.getTime() + 60_000), {
      timeZone: 'Asia/Shanghai',
    });
    expect(again.expired).not.toContain(overdue.id);

    const history = await serverDocs(backend.server, 'activities', overdue.id);
    expect(history).toHaveLength(1);
    expect(history[0]!.data).toMatchObject({
      kind: 'system',
      ownerId: rep.user.id,
      data: { event: 'expired', expectedCloseDate: '2026-06-30' },
    });
    const notes = await serverDocs(backend.server, 'notifications', overdue.id);
    expect(notes.map((n) => n.ownerId).sort()).toEqual([MANAGER, rep.user.id].sort());
    expect(notes.every((n) => n.data.kind === 'expired')).toBe(true);

    // The owner's device pulls the new status, its history and its notification.
    await eventually(async () => {
      const doc = await rep.db.opportunities.findOne(overdue.id).exec();
      expect(doc?.status).toBe('expired');
      expect(doc?.closedAt).toBe(now.toISOString());
      expect(await rep.db.activities.find({ selector: { subjectId: overdue.id } }).exec()).toHaveLength(1);
      expect(
        (await rep.db.notifications.find({ selector: { subjectId: overdue.id } }).exec()).map(
          (n) => n.ownerId,
        ),
      ).toEqual([rep.user.id]);
    });
    expect((await rep.db.opportunities.findOne(today.id).exec())?.status).toBe('open');
    expect((await rep.db.opportunities.findOne(won.id).exec())?.status).toBe('won');
    // The manager's device gets the manager's notification.
    await eventually(async () => {
      const mine = await manager.db.notifications
        .find({ selector: { subjectId: overdue.id, ownerId: MANAGER } })
        .exec();
      expect(mine).toHaveLength(1);
    });
  });

  it('leaves open a deal whose close date the owner moved before it passed', async () => {
    const now = new Date('2026-08-10T04:00:00.000Z');
    const opp = await newOpportunity(rep, 'Moved close date', '2026-08-09', hoursBefore(now, 2));
    await rep.sync!.awaitInSync();
    await updateDoc(
      rep.db,
      'opportunities',
      opp.id,
      { expectedCloseDate: '2026-08-20' },
      rep.actor,
      hoursBefore(now, 1),
    );
    await rep.sync!.awaitInSync();
    const result = await runJobsOnce(backend.server, now, { timeZone: 'Asia/Shanghai' });
    expect(result.expired).not.toContain(opp.id);
    expect(await serverDocs(backend.server, 'notifications', opp.id)).toHaveLength(0);
  });

  it('the stale alert reaches the manager once per staleness period, after sync', async () => {
    const now = new Date('2026-09-10T10:00:00.000Z');
    const opp = await newOpportunity(rep, 'Quiet deal', '2026-12-31', hoursBefore(now, 49));
    const fresh = await newOpportunity(rep, 'Busy deal', '2026-12-31', hoursBefore(now, 49));
    // An activity on the busy deal 10 hours ago makes it fresh though the deal itself is old.
    await insertDoc(
      rep.db,
      'activities',
      {
        kind: 'call',
        subjectType: 'opportunity',
        subjectId: fresh.id,
        accountId: '',
        at: hoursBefore(now, 10).toISOString(),
        title: 'called',
      },
      rep.actor,
      hoursBefore(now, 10),
    );
    await rep.sync!.awaitInSync();

    await runJobsOnce(backend.server, now, { timeZone: 'Asia/Shanghai' });
    await runJobsOnce(backend.server, new Date(now.getTime() + 3_600_000), { timeZone: 'Asia/Shanghai' });
    await eventually(async () => {
      const alerts = await manager.db.notifications.find({ selector: { subjectId: opp.id } }).exec();
      expect(alerts.map((a) => [a.kind, a.ownerId, a.title])).toEqual([['stale', MANAGER, 'Quiet deal']]);
    });
    expect(await serverDocs(backend.server, 'notifications', fresh.id)).toHaveLength(0);
    // The rep never sees the manager's alert (it is the manager's record).
    expect(await rep.db.notifications.find({ selector: { subjectId: opp.id } }).exec()).toHaveLength(0);

    // A touch starts a new period: silence for another 48 hours makes a second alert, not before.
    await updateDoc(
      rep.db,
      'opportunities',
      opp.id,
      { probability: 50, probabilityOverridden: true },
      rep.actor,
      now,
    );
    await rep.sync!.awaitInSync();
    await runJobsOnce(backend.server, new Date(now.getTime() + 47 * 3_600_000), {
      timeZone: 'Asia/Shanghai',
    });
    expect(await serverDocs(backend.server, 'notifications', opp.id)).toHaveLength(1);
    await runJobsOnce(backend.server, new Date(now.getTime() + 48 * 3_600_000), {
      timeZone: 'Asia/Shanghai',
    });
    await eventually(async () =>
      expect(await manager.db.notifications.find({ selector: { subjectId: opp.id } }).exec()).toHaveLength(2),
    );
  });

  it('startJobs runs at once and then on its interval; stop() waits for the run in flight', async () => {
    // Real clock here: a close date long past is overdue whenever the test runs.
    const opp = await newOpportunity(
      rep,
      'Long forgotten',
      '2020-01-31',
      new Date('2020-01-01T00:00:00.000Z'),
    );
    await rep.sync!.awaitInSync();
    const errors: unknown[] = [];
    const jobs = startJobs(backend.server, {
      intervalMs: 200,
      timeZone: 'Asia/Shanghai',
      onError: (e) => errors.push(e),
    });
    try {
      await eventually(async () =>
        expect((await rep.db.opportunities.findOne(opp.id).exec())?.status).toBe('expired'),
      );
    } finally {
      await jobs.stop();
    }
    expect(errors).toEqual([]);
    expect(await serverDocs(backend.server, 'activities', opp.id)).toHaveLength(1);
  });

  // Several processes share one database only with a real Postgres (PGlite is in-process).
  if (kind === 'postgres')
    it('two server processes running the jobs at once apply them exactly once', async () => {
      const second = await createServer({
        port: 0,
        host: '127.0.0.1',
        dataDir: '',
        databaseUrl: backend.databaseUrl,
        demo: true,
        logLevel: 'warn',
      });
      try {
        const now = new Date('2026-10-15T12:00:00.000Z');
        const opps: Opportunity[] = [];
        for (let i = 0; i < 15; i++)
          opps.push(await newOpportunity(rep, `Batch ${i}`, '2026-10-01', hoursBefore(now, 100)));
        await rep.sync!.awaitInSync();
        const ids = new Set(opps.map((o) => o.id));

        const [a, b] = await Promise.all([
          runJobsOnce(backend.server, now, { timeZone: 'Asia/Shanghai' }),
          runJobsOnce(second, now, { timeZone: 'Asia/Shanghai' }),
        ]);
        const expiredA = a.expired.filter((id) => ids.has(id));
        const expiredB = b.expired.filter((id) => ids.has(id));
        expect(expiredA.length + expiredB.length).toBe(opps.length);
        expect(new Set([...expiredA, ...expiredB]).size).toBe(opps.length);
        for (const o of opps) {
          expect(await serverDocs(backend.server, 'activities', o.id)).toHaveLength(1);
          const notes = await serverDocs(backend.server, 'notifications', o.id);
          // Owner and manager told of the expiry once each; nothing stale for an expired deal.
          expect(notes.map((n) => `${n.data.kind}:${n.ownerId}`).sort()).toEqual(
            [`expired:${MANAGER}`, `expired:${rep.user.id}`].sort(),
          );
        }
        await eventually(async () => {
          const expired = await rep.db.opportunities.find({ selector: { status: 'expired' } }).exec();
          for (const o of opps) expect(expired.map((d) => d.id)).toContain(o.id);
        });
      } finally {
        await second.close();
      }
    });

  it('returns leads nobody worked for the company days to the pool with their history, once', async () => {
    const now = new Date();
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
    const token = (await login(backend.server.url, 'li@demo.local')).res.accessToken;
    const stamp = {
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-li',
    };
    const idle = {
      ...validDocs.leads,
      ...stamp,
      id: newId(),
      name: 'Idle Buyer',
      createdAt: daysAgo(40),
      updatedAt: daysAgo(40),
    };
    const worked = { ...idle, id: newId(), name: 'Worked Buyer' };
    const activity = (subjectId: string, at: string) => ({
      ...validDocs.activities,
      ...stamp,
      id: newId(),
      kind: 'call',
      subjectType: 'lead',
      subjectId,
      accountId: '',
      at,
      createdAt: at,
      updatedAt: at,
      title: 'Call',
      data: undefined,
    });
    const oldCall = activity(idle.id, daysAgo(35));
    const recentCall = activity(worked.id, daysAgo(2));
    for (const [collection, docs] of [
      ['leads', [idle, worked]],
      ['activities', [oldCall, recentCall]],
    ] as const) {
      const res = await api(
        backend.server.url,
        token,
        'POST',
        `/sync/${collection}/push`,
        docs.map((d) => ({ newDocumentState: { ...d, _deleted: false } })),
      );
      expect(res.body.rejected).toEqual([]);
    }

    const first = await runJobsOnce(backend.server, now, { timeZone: 'Asia/Shanghai' });
    expect(first.returnedToPool).toEqual([`leads/${idle.id}`]);
    const owner = async (collection: string, id: string) =>
      (
        await backend.server.store.db
          .selectFrom('docs')
          .select('owner_id')
          .where('collection', '=', collection)
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).owner_id;
    expect(await owner('leads', idle.id)).toBe('pool');
    expect(await owner('activities', oldCall.id)).toBe('pool');
    expect(await owner('leads', worked.id)).toBe('demo-user-li');

    const again = await runJobsOnce(backend.server, now, { timeZone: 'Asia/Shanghai' });
    expect(again.returnedToPool).toEqual([]);
  });
});
