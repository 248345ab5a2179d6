import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateDoc } from '../../renderer/src/db/write';
import type { PullResponse } from '../../shared/api';
import { api, BACKENDS, eventually, openDevice, startBackend, type Backend, type Device } from './harness';
import { newLead } from './fixtures';

/** Everything the live stream sends to one session, as text, until closed. */
async function tapStream(url: string, token: string) {
  const ticket = await api<{ ticket: string }>(url, token, 'POST', '/sync/stream-ticket');
  const abort = new AbortController();
  const res = await fetch(`${url}/sync/stream?ticket=${encodeURIComponent(ticket.body.ticket)}`, {
    signal: abort.signal,
  });
  let text = '';
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const reading = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value);
      }
    } catch {
      // aborted
    }
  })();
  return {
    text: () => text,
    close: async () => {
      abort.abort();
      await reading;
    },
  };
}

/** A raw pull as the bytes the server sends. */
async function rawPull(url: string, token: string, collection: string, limit = 10_000) {
  const res = await fetch(`${url}/sync/${collection}/pull?checkpoint=&limit=${limit}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe.each(BACKENDS)('a former owner learns nothing of a reassigned record (%s)', (kind) => {
  let backend: Backend;
  let li: Device;
  let chen: Device;
  let manager: Device;

  beforeAll(async () => {
    backend = await startBackend(kind);
    const url = backend.server.url;
    // The former owner's device checks every write against the schemas, pulled removals included.
    li = await openDevice(url, 'li@demo.local', ['leads'], { validate: true });
    chen = await openDevice(url, 'chen@demo.local', ['leads']);
    manager = await openDevice(url, 'manager@demo.local', ['leads']);
    await Promise.all([li.online(), chen.online(), manager.online()]);
  });
  afterAll(async () => {
    await Promise.all([li?.close(), chen?.close(), manager?.close()]);
    await backend?.stop();
  });

  it("sends the former owner a bare tombstone, never the new owner's writes, and the device drops its copy", async () => {
    const url = backend.server.url;
    const lead = await newLead(li, 'Lindqvist AB', new Date(), { notes: 'met at the Canton fair' });
    await li.sync!.awaitInSync();
    await eventually(async () => expect(await chen.db.leads.findOne(lead.id).exec()).toBeNull());
    const stream = await tapStream(url, await li.accessToken());

    const assigned = await api(url, await manager.accessToken(), 'POST', '/assign', {
      collection: 'leads',
      ids: [lead.id],
      ownerId: chen.user.id,
    });
    expect(assigned).toEqual({ status: 200, body: { assigned: 1 } });
    const secret = 'SECRET-price-floor-7731';
    const secretCity = 'Secretville-4411';
    await eventually(async () => expect(await chen.db.leads.findOne(lead.id).exec()).not.toBeNull());
    const patch = { notes: secret, city: secretCity, name: 'Renamed by chen' };
    await updateDoc(chen.db, 'leads', lead.id, patch, chen.actor);
    await chen.sync!.awaitInSync();
    await eventually(async () => {
      const pulled = await api<PullResponse>(url, await manager.accessToken(), 'GET', '/sync/leads/pull');
      expect(pulled.body.documents.find((d) => d.id === lead.id)).toMatchObject({ notes: secret });
    });

    // What the server sends the former owner: the id and the removal, nothing of the record.
    const text = await rawPull(url, await li.accessToken(), 'leads');
    for (const value of [secret, secretCity, 'Renamed by chen', chen.user.id, 'Lindqvist'])
      expect(text).not.toContain(value);
    const tomb = (JSON.parse(text) as PullResponse).documents.find((d) => d.id === lead.id);
    expect(tomb).toEqual({ id: lead.id, _deleted: true });

    // The former owner's device (the real sync client) removes its copy, keeps nothing of chen's, errs nowhere.
    li.sync!.reSync();
    await eventually(async () => expect(await li.db.leads.findOne(lead.id).exec()).toBeNull());
    await li.sync!.awaitInSync();
    const [local] = await li.db.leads.storageInstance.findDocumentsById([lead.id], true);
    expect(local).toMatchObject({ _deleted: true, notes: 'met at the Canton fair', ownerId: li.user.id });
    expect(JSON.stringify(local)).not.toContain(secret);
    expect(li.sync!.status.get()).toMatchObject({ notSynced: 0, pending: 0 });
    expect(li.sync!.status.get().state).not.toBe('error');

    // The live stream only names collections.
    await stream.close();
    expect(stream.text()).toContain('event: change');
    for (const value of [secret, secretCity, lead.id]) expect(stream.text()).not.toContain(value);

    // Nothing lost: the new owner holds both the record and their edit.
    expect((await chen.db.leads.findOne(lead.id).exec())!.toJSON()).toMatchObject({
      notes: secret,
      ownerId: chen.user.id,
    });
  });

  it('a fresh device of the former owner skips removals of records it never held and still pulls every page', async () => {
    const url = backend.server.url;
    const given: { id: string }[] = [];
    for (const company of ['Aalto Oy', 'Borg AS', 'Cruz SA']) given.push(await newLead(li, company));
    await li.sync!.awaitInSync();
    await api(url, await manager.accessToken(), 'POST', '/assign', {
      collection: 'leads',
      ids: given.map((d) => d.id),
      ownerId: chen.user.id,
    });
    const kept = await newLead(li, 'Dahl ApS');
    await li.sync!.awaitInSync();

    // Pages of two: the first pages hold only removals the fresh device has nothing to remove for.
    const fresh = await openDevice(url, 'li@demo.local', ['leads'], { validate: true });
    try {
      await fresh.online(undefined, { pullBatchSize: 2 });
      expect(await fresh.db.leads.findOne(kept.id).exec()).not.toBeNull();
      const stored = await fresh.db.leads.storageInstance.findDocumentsById(
        given.map((d) => d.id),
        true,
      );
      expect(stored).toEqual([]);
      expect(fresh.sync!.status.get().state).not.toBe('error');
    } finally {
      await fresh.close();
    }
  });
});
