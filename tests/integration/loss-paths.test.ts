/**
 * The four ways an edit used to be lost when a record was reassigned while its owner was offline (issue
 * "Nothing lost when a record is reassigned"), each on its own, plus clash records being history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trashDoc, updateDoc } from '../../renderer/src/db/write';
import type { FetchLike } from '../../renderer/src/db/replication';
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
import { newAccount } from './fixtures';

const COLLECTIONS = ['accounts', 'activities'] as const;

describe.each(BACKENDS)('nothing lost under reassignment (%s)', (kind) => {
  let backend: Backend;
  let li: Device;
  let li2: Device;
  let chen: Device;
  let manager: Device;
  const assign = async (id: string, to: Device) =>
    expect(
      (
        await api(backend.server.url, await manager.accessToken(), 'POST', '/assign', {
          collection: 'accounts',
          ids: [id],
          ownerId: to.user.id,
        })
      ).status,
    ).toBe(200);
  const conflictsOn = async (device: Device, id: string) =>
    (await device.db.activities.find({ selector: { subjectId: id, kind: 'conflict' } }).exec()).map((d) =>
      d.toJSON(),
    );

  /** The server's row as an admin pulls it, tombstones included (a tombstone keeps the record's fields). */
  const serverRow = async (id: string) => {
    const admin = (await login(backend.server.url, 'admin@demo.local')).res.accessToken;
    const res = await api(
      backend.server.url,
      admin,
      'GET',
      `/sync/accounts/pull?limit=5000&checkpoint=${encodeURIComponent('null')}`,
    );
    return (res.body.documents as Record<string, unknown>[]).find((d) => d.id === id);
  };
  const hardDelete = async (device: Device, id: string) =>
    (await device.db.accounts.findOne(id).exec())!.remove();
  const inList = (device: Device, id: string) => device.sync!.notSynced().filter((i) => i.id === id);

  beforeAll(async () => {
    backend = await startBackend(kind);
    const url = backend.server.url;
    li = await openDevice(url, 'li@demo.local', [...COLLECTIONS], { persistent: true });
    li2 = await openDevice(url, 'li@demo.local', [...COLLECTIONS]);
    chen = await openDevice(url, 'chen@demo.local', [...COLLECTIONS]);
    manager = await openDevice(url, 'manager@demo.local', [...COLLECTIONS]);
    await Promise.all([li.online(), li2.online(), chen.online(), manager.online()]);
  });
  afterAll(async () => {
    await Promise.all([li?.close(), li2?.close(), chen?.close(), manager?.close()]);
    await backend?.stop();
  });

  it('1: a refused edit stays in the not-synced list after the app restarts', async () => {
    const account = await newAccount(li, 'Restart GmbH');
    await li.sync!.awaitInSync();
    await li.offline();
    await assign(account.id, chen);
    await trashDoc(li.db, 'accounts', account.id, li.actor); // a former owner's trash is refused
    await li.online();
    await eventually(() => expect(li.sync!.notSynced().map((i) => i.id)).toContain(account.id));

    await li.restart();
    await li.online();
    await eventually(() =>
      expect(li.sync!.notSynced()).toContainEqual(
        expect.objectContaining({
          id: account.id,
          code: 'FORBIDDEN',
          doc: expect.objectContaining({ trashedAt: expect.any(String) }),
        }),
      ),
    );
    expect(li.sync!.status.get().notSynced).toBeGreaterThanOrEqual(1);
  });

  it('2: a refused row leaves the server truth on the device (here: nothing), not the local version', async () => {
    const account = await newAccount(li, 'Stale Copy Ltd');
    await li.sync!.awaitInSync();
    await li.offline();
    await assign(account.id, chen);
    await trashDoc(li.db, 'accounts', account.id, li.actor);
    // The removal is pulled while the trash is still pending (RxDB skips it), then the push is refused.
    let pulledAccounts!: () => void;
    const pulledOnce = new Promise<void>((r) => (pulledAccounts = r));
    const ordered: FetchLike = async (input, init) => {
      const url = String(input);
      if (url.includes('/sync/accounts/push')) {
        await pulledOnce;
        await new Promise((r) => setTimeout(r, 200)); // let RxDB process the pulled page first
      }
      const res = await fetch(input as string, init as RequestInit);
      if (url.includes('/sync/accounts/pull')) pulledAccounts();
      return res;
    };
    await li.online(undefined, { fetch: ordered });
    await eventually(() => expect(li.sync!.notSynced().map((i) => i.id)).toContain(account.id));
    await li.sync!.awaitInSync();
    await eventually(async () => expect(await li.db.accounts.findOne(account.id).exec()).toBeNull());
    // A restart and a full resync do not bring it back either.
    li.sync!.reSync();
    await li.sync!.awaitInSync();
    expect(await li.db.accounts.findOne(account.id).exec()).toBeNull();
    expect((await chen.db.accounts.findOne(account.id).exec())?.trashedAt).toBeUndefined();
  });

  it('3: a former owner’s same-field clash with the new owner goes to the record’s history', async () => {
    const account = await newAccount(li, 'Clash SpA');
    await li.sync!.awaitInSync();
    await li.offline();
    await updateDoc(
      li.db,
      'accounts',
      account.id,
      { notes: 'from li', website: 'https://li.example' },
      li.actor,
    );
    await assign(account.id, chen);
    await eventually(async () => expect(await chen.db.accounts.findOne(account.id).exec()).not.toBeNull());
    await updateDoc(chen.db, 'accounts', account.id, { notes: 'from chen' }, chen.actor);
    await chen.sync!.awaitInSync();

    await li.online();
    await eventually(async () => {
      const doc = await chen.db.accounts.findOne(account.id).exec();
      // Li's other field merged; the clashing one stays Chen's, Li's value is in the history.
      expect(doc?.toJSON()).toMatchObject({ notes: 'from chen', website: 'https://li.example' });
      expect(await conflictsOn(chen, account.id)).toEqual([
        expect.objectContaining({
          ownerId: chen.user.id,
          data: expect.objectContaining({ field: 'notes', loserValue: 'from li', winnerValue: 'from chen' }),
        }),
      ]);
    });
    await eventually(async () => expect(await li.db.accounts.findOne(account.id).exec()).toBeNull());
    expect(li.sync!.notSynced().map((i) => i.id)).not.toContain(account.id);
    // Merged and dropped: nothing is left to go up, so the device says "synced".
    await eventually(async () =>
      expect(li.sync!.status.get()).toMatchObject({ pending: 0, state: 'synced' }),
    );
  });

  it('3b: a forged date does not make an edit "before the reassignment", and the answer reveals nothing', async () => {
    const account = await newAccount(li, 'Forged Date Co');
    await li.sync!.awaitInSync();
    const held = (await li.db.accounts.findOne(account.id).exec())!.toJSON();
    await assign(account.id, chen);
    await eventually(async () => expect(await chen.db.accounts.findOne(account.id).exec()).not.toBeNull());
    await updateDoc(chen.db, 'accounts', account.id, { notes: 'secret of chen' }, chen.actor);
    await chen.sync!.awaitInSync();
    await eventually(async () => expect(await li.db.accounts.findOne(account.id).exec()).toBeNull());

    const { _meta, _rev, _attachments, ...base } = held as Record<string, unknown>;
    const forged = { ...base, website: 'https://forged.example', updatedAt: '2000-01-01T00:00:00.000Z' };
    const res = await api(backend.server.url, await li.accessToken(), 'POST', '/sync/accounts/push', [
      { newDocumentState: forged, assumedMasterState: base },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.rejected).toEqual([expect.objectContaining({ id: account.id, code: 'FORBIDDEN' })]);
    expect(JSON.stringify(res.body)).not.toContain('secret of chen');
    expect(res.body.conflicts).toEqual([expect.objectContaining({ id: account.id, _deleted: true })]);
    await chen.sync!.awaitInSync();
    expect((await chen.db.accounts.findOne(account.id).exec())?.website).toBeUndefined();
  });

  it('4: a device whose edit lost the whole clash ends "synced" with nothing pending', async () => {
    const account = await newAccount(li, 'Pending Forever Inc');
    await li.sync!.awaitInSync();
    await eventually(async () => expect(await li2.db.accounts.findOne(account.id).exec()).not.toBeNull());
    await li2.offline();
    const earlier = new Date(Date.now() - 60_000);
    await updateDoc(li2.db, 'accounts', account.id, { notes: 'older' }, li2.actor, earlier);
    await updateDoc(li.db, 'accounts', account.id, { notes: 'newer' }, li.actor);
    await li.sync!.awaitInSync();
    await li2.online();
    await eventually(async () => {
      expect((await li2.db.accounts.findOne(account.id).exec())?.notes).toBe('newer');
      expect(li2.sync!.status.get()).toMatchObject({ pending: 0, state: 'synced' });
    });
  });

  it('5: the same clash is recorded once, and nobody rewrites a clash record', async () => {
    await eventually(async () => {
      const all = await li.db.activities.find({ selector: { kind: 'conflict' } }).exec();
      expect(all.length).toBeGreaterThanOrEqual(1);
    });
    const [record] = await li.db.activities.find({ selector: { kind: 'conflict' } }).exec();
    const before = record!.toJSON() as Record<string, unknown>;
    const { _meta, _rev, _attachments, ...state } = before;
    const rewritten = { ...state, title: 'nothing happened', updatedAt: new Date().toISOString() };
    const res = await api(backend.server.url, await li.accessToken(), 'POST', '/sync/activities/push', [
      { newDocumentState: rewritten, assumedMasterState: state },
    ]);
    expect(res.body.conflicts).toEqual([expect.objectContaining({ id: state.id, title: state.title })]);
    expect(res.body.rejected).toEqual([expect.objectContaining({ id: state.id, code: 'FORBIDDEN' })]);
    const dup = await li.db.activities
      .find({ selector: { subjectId: String(state.subjectId), kind: 'conflict' } })
      .exec();
    expect(dup).toHaveLength(1);
  });
  it('6: a record deleted for good is not assigned (410 GONE), and nothing writes into its tombstone', async () => {
    const account = await newAccount(li, 'Deleted Then Assigned AG');
    await li.sync!.awaitInSync();
    await eventually(async () => expect(await manager.db.accounts.findOne(account.id).exec()).not.toBeNull());
    await hardDelete(manager, account.id);
    await manager.sync!.awaitInSync();
    await eventually(async () => expect((await serverRow(account.id))?._deleted).toBe(true));

    const res = await api(backend.server.url, await manager.accessToken(), 'POST', '/assign', {
      collection: 'accounts',
      ids: [account.id],
      ownerId: chen.user.id,
    });
    expect(res.status).toBe(410);
    expect(res.body.code).toBe('GONE');
    const tombstone = (await serverRow(account.id))!;
    expect(tombstone).toMatchObject({ ownerId: li.user.id, _deleted: true });

    // A deletion pushed again with other fields is answered with the tombstone, which stays as it was.
    const rewritten = {
      ...tombstone,
      notes: 'written into a tombstone',
      updatedAt: new Date().toISOString(),
    };
    const push = await api(backend.server.url, await manager.accessToken(), 'POST', '/sync/accounts/push', [
      { newDocumentState: rewritten, assumedMasterState: tombstone },
    ]);
    expect(push.body.rejected).toEqual([]);
    expect(push.body.conflicts).toEqual([expect.objectContaining({ id: account.id, _deleted: true })]);
    expect(push.body.conflicts[0].notes).toBeUndefined();
    expect(await serverRow(account.id)).toEqual(tombstone);
  });

  it('7: an edit that lands before a hard delete goes with the record; one that lands after it is GONE and kept', async () => {
    const account = await newAccount(li, 'Deleted Offline BV');
    await li.sync!.awaitInSync();
    await eventually(async () => {
      expect(await manager.db.accounts.findOne(account.id).exec()).not.toBeNull();
      expect(await li2.db.accounts.findOne(account.id).exec()).not.toBeNull();
    });
    await li2.offline();
    // The manager deletes it offline; Li's edit reaches the server first, the deletion after it.
    await manager.offline();
    await hardDelete(manager, account.id);
    await updateDoc(li.db, 'accounts', account.id, { notes: 'landed before the deletion' }, li.actor);
    await li.sync!.awaitInSync();
    expect(inList(li, account.id)).toEqual([]);
    await manager.online();
    await manager.sync!.awaitInSync();
    await eventually(async () =>
      expect(await serverRow(account.id)).toMatchObject({
        _deleted: true,
        notes: 'landed before the deletion',
      }),
    );
    await eventually(async () => expect(await li.db.accounts.findOne(account.id).exec()).toBeNull());

    // Li's second laptop edited it offline; that edit reaches a deleted record: refused, kept in its list.
    await updateDoc(li2.db, 'accounts', account.id, { website: 'https://after.example' }, li2.actor);
    await li2.online();
    await eventually(() =>
      expect(inList(li2, account.id)).toEqual([
        expect.objectContaining({
          code: 'GONE',
          doc: expect.objectContaining({ website: 'https://after.example' }),
        }),
      ]),
    );
    await eventually(async () => expect(await li2.db.accounts.findOne(account.id).exec()).toBeNull());
    expect((await serverRow(account.id))?.website).toBeUndefined();
  });

  it('8: a refused change stays listed when a later, unrelated edit of the same record is accepted', async () => {
    const account = await newAccount(li, 'Comes Back GmbH');
    await li.sync!.awaitInSync();
    await li.offline();
    await assign(account.id, chen);
    await trashDoc(li.db, 'accounts', account.id, li.actor); // refused: Li no longer holds it
    await li.online();
    await eventually(() => expect(inList(li, account.id).map((i) => i.code)).toEqual(['FORBIDDEN']));

    await assign(account.id, li); // it comes back to her, and she edits something else
    await eventually(async () => expect(await li.db.accounts.findOne(account.id).exec()).not.toBeNull());
    await updateDoc(li.db, 'accounts', account.id, { notes: 'back with me' }, li.actor);
    await li.sync!.awaitInSync();
    await eventually(async () => expect((await serverRow(account.id))?.notes).toBe('back with me'));
    // The trash never landed: it is still there for her to see or hand over.
    expect(inList(li, account.id)).toEqual([
      expect.objectContaining({
        code: 'FORBIDDEN',
        doc: expect.objectContaining({ trashedAt: expect.any(String) }),
      }),
    ]);
  });
});
