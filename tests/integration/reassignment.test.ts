import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trashDoc, updateDoc } from '../../renderer/src/db/write';
import { newId } from '../../shared/model/id';
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
import { newAccount, newActivity, newContact } from './fixtures';

describe.each(BACKENDS)('reassignment while the old owner is offline (%s)', (kind) => {
  let backend: Backend;
  let li: Device;
  let chen: Device;
  let manager: Device;

  beforeAll(async () => {
    backend = await startBackend(kind);
    const url = backend.server.url;
    li = await openDevice(url, 'li@demo.local', ['accounts', 'contacts', 'activities']);
    chen = await openDevice(url, 'chen@demo.local', ['accounts', 'contacts', 'activities']);
    manager = await openDevice(url, 'manager@demo.local', ['accounts', 'contacts', 'activities']);
    await Promise.all([li.online(), chen.online(), manager.online()]);
  });
  afterAll(async () => {
    await Promise.all([li?.close(), chen?.close(), manager?.close()]);
    await backend?.stop();
  });

  it('moves the account with its children to the new owner, drops them from the old device and keeps the offline edit', async () => {
    const account = await newAccount(li, 'Rossi SpA', new Date(Date.now() - 60_000));
    const contact = await newContact(li, account.id, 'Marco Rossi');
    const note = await newActivity(li, account.id, 'first call');
    await li.sync!.awaitInSync();
    await eventually(async () => expect(await manager.db.activities.findOne(note.id).exec()).not.toBeNull());
    expect(await chen.db.accounts.findOne(account.id).exec()).toBeNull();

    await li.offline();
    await updateDoc(li.db, 'accounts', account.id, { notes: 'wants 40HQ container price' }, li.actor);

    const res = await api(backend.server.url, await manager.accessToken(), 'POST', '/assign', {
      collection: 'accounts',
      ids: [account.id],
      ownerId: chen.user.id,
    });
    expect(res).toEqual({ status: 200, body: { assigned: 1 } });

    await eventually(async () => {
      const [a, c, n] = await Promise.all([
        chen.db.accounts.findOne(account.id).exec(),
        chen.db.contacts.findOne(contact.id).exec(),
        chen.db.activities.findOne(note.id).exec(),
      ]);
      expect([a?.ownerId, c?.ownerId, n?.ownerId]).toEqual([chen.user.id, chen.user.id, chen.user.id]);
    });

    await li.online();
    await eventually(async () => {
      expect(await li.db.accounts.findOne(account.id).exec()).toBeNull();
      expect(await li.db.contacts.findOne(contact.id).exec()).toBeNull();
      expect(await li.db.activities.findOne(note.id).exec()).toBeNull();
    });
    await eventually(async () => {
      const doc = await chen.db.accounts.findOne(account.id).exec();
      expect(doc?.toJSON()).toMatchObject({
        notes: 'wants 40HQ container price',
        ownerId: chen.user.id,
        name: 'Rossi SpA',
      });
    });
    expect(li.sync!.status.get().notSynced).toBe(0);
  });

  it('refuses a former owner’s trash (with the edit in it), and keeps it in the not-synced list', async () => {
    const account = await newAccount(li, 'Schmidt AG');
    await li.sync!.awaitInSync();
    await li.offline();
    const res = await api(backend.server.url, await manager.accessToken(), 'POST', '/assign', {
      collection: 'accounts',
      ids: [account.id],
      ownerId: chen.user.id,
    });
    expect(res.status).toBe(200);
    // An offline edit of a device that had not yet pulled the reassignment would be merged; a trash is not.
    await updateDoc(li.db, 'accounts', account.id, { notes: 'too late' }, li.actor);
    await trashDoc(li.db, 'accounts', account.id, li.actor);
    await li.online();
    await eventually(() => {
      expect(li.sync!.notSynced()).toEqual([
        expect.objectContaining({
          collection: 'accounts',
          id: account.id,
          code: 'FORBIDDEN',
          // The list keeps the refused state itself: the local record may be removed after this.
          doc: expect.objectContaining({ notes: 'too late' }),
        }),
      ]);
    });
    await eventually(async () =>
      expect((await chen.db.accounts.findOne(account.id).exec())?.notes).toBeUndefined(),
    );

    // Li hands the refused change to the new owner: the server writes the note in Chen's name.
    const request = {
      noteId: newId(),
      collection: 'accounts' as const,
      id: account.id,
      title: 'Change not synced: Schmidt AG',
      body: 'notes: too late',
    };
    expect(await li.sync!.handOver(request)).toEqual({ noteId: request.noteId, ownerId: chen.user.id });
    expect(await li.sync!.handOver(request)).toEqual({ noteId: request.noteId, ownerId: chen.user.id });
    await eventually(async () => {
      const notes = await chen.db.activities
        .find({ selector: { subjectId: account.id, kind: 'note' } })
        .exec();
      expect(notes.map((n) => n.toJSON())).toEqual([
        expect.objectContaining({
          id: request.noteId,
          ownerId: chen.user.id,
          createdBy: li.user.id,
          accountId: account.id,
          body: 'notes: too late',
        }),
      ]);
    });
    expect(await li.db.activities.findOne(request.noteId).exec()).toBeNull();
    // Someone who never held the record and cannot see it may not write on it.
    const wang = await login(backend.server.url, 'wang@demo.local');
    const denied = await api(backend.server.url, wang.res.accessToken, 'POST', '/sync/hand-over', {
      ...request,
      noteId: newId(),
    });
    expect(denied.status).toBe(404);
    const invalid = await api(backend.server.url, await li.accessToken(), 'POST', '/sync/hand-over', {
      ...request,
      title: '',
    });
    expect(invalid).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'title' })] },
    });
  });

  it('pool: the first claim wins, the second gets 409 without the owner', async () => {
    const account = await newAccount(manager, 'Pool Ltd', new Date(), { ownerId: 'pool' });
    await manager.sync!.awaitInSync();
    await eventually(async () => expect(await li.db.accounts.findOne(account.id).exec()).not.toBeNull());
    const [a, b] = await Promise.all([
      api(backend.server.url, await li.accessToken(), 'POST', '/pool/claim', {
        collection: 'accounts',
        id: account.id,
      }),
      api(backend.server.url, await chen.accessToken(), 'POST', '/pool/claim', {
        collection: 'accounts',
        id: account.id,
      }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? li : chen;
    const loser = a.status === 200 ? chen : li;
    const refusal = (a.status === 409 ? a : b).body;
    expect(refusal).toMatchObject({ code: 'ALREADY_CLAIMED' });
    expect(JSON.stringify(refusal)).not.toContain(winner.user.id); // who won is not the loser's to learn
    await eventually(async () => {
      expect((await winner.db.accounts.findOne(account.id).exec())?.ownerId).toBe(winner.user.id);
      expect(await loser.db.accounts.findOne(account.id).exec()).toBeNull();
    });
  });
});
