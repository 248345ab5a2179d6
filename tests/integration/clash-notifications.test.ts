/**
 * The user whose edit lost a clash is told (a 'clashLost' notification naming the record and the field), on
 * both paths that write a clash record: a device resolving a conflict, and the server merging a former
 * owner's offline edit. A forged clash record tells nobody outside the record's scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateDoc } from '../../renderer/src/db/write';
import { api, BACKENDS, eventually, openDevice, startBackend, type Backend, type Device } from './harness';
import { newAccount } from './fixtures';

const COLLECTIONS = ['accounts', 'activities', 'notifications'] as const;

describe.each(BACKENDS)('the loser of a clash is notified (%s)', (kind) => {
  let backend: Backend;
  let li: Device;
  let chen: Device;
  let manager: Device;
  /** The clash alerts addressed to the device's user (a manager's device also holds the department's). */
  const clashAlerts = async (device: Device, subjectId: string) =>
    (await device.db.notifications.find({ selector: { subjectId, ownerId: device.user.id } }).exec())
      .map((d) => d.toJSON())
      .filter((n) => n.kind === 'clashLost');

  beforeAll(async () => {
    backend = await startBackend(kind);
    const url = backend.server.url;
    li = await openDevice(url, 'li@demo.local', [...COLLECTIONS]);
    chen = await openDevice(url, 'chen@demo.local', [...COLLECTIONS]);
    manager = await openDevice(url, 'manager@demo.local', [...COLLECTIONS]);
    await Promise.all([li.online(), chen.online(), manager.online()]);
  });
  afterAll(async () => {
    await Promise.all([li?.close(), chen?.close(), manager?.close()]);
    await backend?.stop();
  });

  it("a rep's offline edit that lost to the manager's later one: the rep is told which record and field", async () => {
    const account = await newAccount(li, 'Müller GmbH');
    await li.sync!.awaitInSync();
    await eventually(async () => expect(await manager.db.accounts.findOne(account.id).exec()).not.toBeNull());
    await li.offline();
    await updateDoc(li.db, 'accounts', account.id, { tier: 'A' }, li.actor);
    await updateDoc(manager.db, 'accounts', account.id, { tier: 'B' }, manager.actor);
    await manager.sync!.awaitInSync();
    await li.online();

    await eventually(async () =>
      expect(await clashAlerts(li, account.id)).toEqual([
        expect.objectContaining({
          ownerId: li.user.id,
          subjectType: 'account',
          subjectId: account.id,
          title: 'Müller GmbH',
          data: expect.objectContaining({
            collection: 'accounts',
            field: 'tier',
            winnerUpdatedBy: manager.user.id,
            accountId: account.id,
          }),
        }),
      ]),
    );
    // The manager's edit stood: nothing to tell them; the clash is told once.
    await manager.sync!.awaitInSync();
    expect(await clashAlerts(manager, account.id)).toEqual([]);
    li.sync!.reSync();
    await li.sync!.awaitInSync();
    expect(await clashAlerts(li, account.id)).toHaveLength(1);
  });

  it('a former owner whose offline edit lost to the new owner is told, though the record is no longer theirs', async () => {
    const account = await newAccount(li, 'Clash SpA');
    await li.sync!.awaitInSync();
    await li.offline();
    await updateDoc(li.db, 'accounts', account.id, { notes: 'from li' }, li.actor);
    const moved = await api(backend.server.url, await manager.accessToken(), 'POST', '/assign', {
      collection: 'accounts',
      ids: [account.id],
      ownerId: chen.user.id,
    });
    expect(moved.status).toBe(200);
    await eventually(async () => expect(await chen.db.accounts.findOne(account.id).exec()).not.toBeNull());
    await updateDoc(chen.db, 'accounts', account.id, { notes: 'from chen' }, chen.actor);
    await chen.sync!.awaitInSync();

    await li.online();
    await eventually(async () =>
      expect(await clashAlerts(li, account.id)).toEqual([
        expect.objectContaining({
          ownerId: li.user.id,
          title: 'Clash SpA',
          data: expect.objectContaining({ field: 'notes', winnerUpdatedBy: chen.user.id }),
        }),
      ]),
    );
    expect(await clashAlerts(chen, account.id)).toEqual([]);
  });

  it('a forged clash record naming someone outside the record’s scope tells them nothing', async () => {
    const account = await newAccount(li, 'Private Lieferant AG');
    await li.sync!.awaitInSync();
    const at = new Date().toISOString();
    const forged = {
      id: `cfforged${Date.now().toString(36)}`.slice(0, 40),
      ownerId: li.user.id,
      departmentId: li.user.departmentId,
      createdAt: at,
      updatedAt: at,
      createdBy: li.user.id,
      updatedBy: li.user.id,
      kind: 'conflict',
      subjectType: 'account',
      subjectId: account.id,
      accountId: account.id,
      at,
      title: 'tier',
      data: {
        collection: 'accounts',
        field: 'tier',
        winnerValue: 'B',
        loserValue: 'A',
        loserUpdatedBy: chen.user.id,
      },
    };
    const res = await api(backend.server.url, await li.accessToken(), 'POST', '/sync/activities/push', [
      { newDocumentState: { ...forged, _deleted: false }, assumedMasterState: null },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.rejected).toEqual([]);
    chen.sync!.reSync();
    await chen.sync!.awaitInSync();
    expect(await clashAlerts(chen, account.id)).toEqual([]);
  });
});
