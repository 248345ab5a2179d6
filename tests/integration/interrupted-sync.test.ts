import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../renderer/src/db/replication';
import { updateDoc } from '../../renderer/src/db/write';
import { api, BACKENDS, eventually, openDevice, startBackend, type Backend, type Device } from './harness';
import { newAccount } from './fixtures';

/**
 * The app dies (or the network drops) after the server took a push but before the answer arrived: the
 * server has the change, the device does not know. On restart the device pushes again; the server must take
 * it as the same change (no conflict, no duplicate, no refusal) and both sides end equal.
 */
describe.each(BACKENDS)('a push whose answer never arrived (%s)', (kind) => {
  let backend: Backend;
  let laptop: Device;
  beforeAll(async () => {
    backend = await startBackend(kind);
    laptop = await openDevice(backend.server.url, 'li@demo.local', ['accounts', 'activities']);
  });
  afterAll(async () => {
    await laptop?.close();
    await backend?.stop();
  });

  it('is pushed again after a restart and lands once', async () => {
    await laptop.online();
    const account = await newAccount(laptop, 'Crash Test GmbH');
    await laptop.sync!.awaitInSync();
    await laptop.offline();
    await updateDoc(
      laptop.db,
      'accounts',
      account.id,
      { tier: 'A', notes: 'before the crash' },
      laptop.actor,
    );

    // Push requests reach the server, then the "process dies": the answer is thrown away.
    let delivered = 0;
    const dying: FetchLike = async (url, init) => {
      const res = await fetch(url, init as RequestInit);
      if (url.includes('/push')) {
        delivered++;
        await res.arrayBuffer();
        throw new TypeError('connection reset');
      }
      return res;
    };
    // Its first sync never completes (every push "fails"), so it is not awaited.
    void laptop.online(undefined, { fetch: dying }).catch(() => undefined);
    await eventually(() => expect(delivered).toBeGreaterThan(0));
    await laptop.offline();
    const token = (await laptop.accessToken()) as string;
    const onServer = async () =>
      (await api(backend.server.url, token, 'GET', '/sync/accounts/pull?limit=1000')).body.documents.find(
        (d: { id: string }) => d.id === account.id,
      );
    expect(await onServer()).toMatchObject({ tier: 'A', notes: 'before the crash' });
    const after = (await api(backend.server.url, token, 'GET', '/sync/accounts/pull?limit=1000')).body
      .checkpoint;

    // Restart: the device still counts the change as pending and sends it again.
    await laptop.online();
    await laptop.sync!.awaitInSync();
    await eventually(() =>
      expect(laptop.sync!.status.get()).toMatchObject({ state: 'synced', pending: 0, notSynced: 0 }),
    );
    expect(await onServer()).toMatchObject({ tier: 'A', notes: 'before the crash', _deleted: false });
    expect((await laptop.db.accounts.findOne(account.id).exec())!.toJSON()).toMatchObject({
      tier: 'A',
      notes: 'before the crash',
    });
    // Written once: nothing about it changed on the server since the first delivery.
    const since = await api(
      backend.server.url,
      token,
      'GET',
      `/sync/accounts/pull?limit=1000&checkpoint=${encodeURIComponent(JSON.stringify(after))}`,
    );
    expect(since.body.documents.map((d: { id: string }) => d.id)).not.toContain(account.id);
    // Nothing was treated as a clash.
    const clashes = await laptop.db.activities
      .find({ selector: { subjectId: account.id, kind: 'conflict' } })
      .exec();
    expect(clashes).toHaveLength(0);
  });
});
