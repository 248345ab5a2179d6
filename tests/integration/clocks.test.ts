import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../renderer/src/db/clock';
import { updateDoc } from '../../renderer/src/db/write';
import { MAX_AHEAD_MS, createHybridClock, type HybridClock } from '../../shared/sync/clock';
import { BACKENDS, eventually, openDevice, startBackend, type Backend, type Device } from './harness';
import { newAccount } from './fixtures';

const DAY = 86_400_000;

/** A device whose clock is `skewMs` off; `corrects: false` is an app that ignores the server's time. */
async function skewedDevice(url: string, skewMs: number, corrects = true) {
  const device = await openDevice(url, 'li@demo.local', ['accounts', 'activities']);
  const own = createHybridClock(() => Date.now() + skewMs);
  const clock: HybridClock = corrects
    ? own
    : { ...own, observeServerTime: () => undefined, observeStamp: () => undefined };
  setClock(device.db, clock);
  return { device, clock };
}

async function tierOn(device: Device, id: string) {
  return (await device.db.accounts.findOne(id).exec())?.toJSON();
}

describe.each(BACKENDS)('clocks: a skewed device does not decide clashes (%s)', (kind) => {
  let backend: Backend;
  let fast: { device: Device; clock: HybridClock };
  let slow: { device: Device; clock: HybridClock };
  let stale: { device: Device; clock: HybridClock };
  let manager: Device;

  beforeAll(async () => {
    backend = await startBackend(kind);
    const url = backend.server.url;
    fast = await skewedDevice(url, DAY);
    slow = await skewedDevice(url, -DAY);
    stale = await skewedDevice(url, DAY, false);
    manager = await openDevice(url, 'manager@demo.local', ['accounts', 'activities']);
    await Promise.all([fast.device.online(), slow.device.online(), stale.device.online(), manager.online()]);
  });
  afterAll(async () => {
    await Promise.all([fast?.device.close(), slow?.device.close(), stale?.device.close(), manager?.close()]);
    await backend?.stop();
  });

  /** Both devices have the account, then go offline and edit `tier`: `first`, and a minute later `second`. */
  async function clash(first: typeof fast, second: typeof fast, name: string) {
    const account = await newAccount(first.device, name, new Date(first.clock.physical()));
    await eventually(async () => expect(await tierOn(second.device, account.id)).toBeDefined());
    await Promise.all([first.device.offline(), second.device.offline()]);
    await updateDoc(first.device.db, 'accounts', account.id, { tier: 'A' }, first.device.actor);
    // "A minute later" by the second device's own (skewed) clock: the later edit in real time.
    await updateDoc(
      second.device.db,
      'accounts',
      account.id,
      { tier: 'B' },
      second.device.actor,
      new Date(second.clock.physical() + 60_000),
    );
    await first.device.online();
    await first.device.sync!.awaitInSync();
    return account.id;
  }

  async function expectEverywhere(id: string, tier: string, devices: Device[]) {
    for (const device of devices)
      await eventually(async () => expect(await tierOn(device, id)).toMatchObject({ tier }), 20_000);
  }

  it('the later real edit wins: a laptop a day fast against one a day slow', async () => {
    const id = await clash(fast, slow, 'Skew Fast GmbH');
    await slow.device.online();
    await slow.device.sync!.awaitInSync();
    await expectEverywhere(id, 'B', [fast.device, slow.device, manager]);
    await eventually(async () => {
      const history = await manager.db.activities.find({ selector: { subjectId: id } }).exec();
      const conflicts = history.filter((a) => a.kind === 'conflict');
      expect(conflicts.map((c) => c.data)).toMatchObject([
        { field: 'tier', winnerValue: 'B', loserValue: 'A' },
      ]);
    }, 20_000);
  });

  it('and the other way round: the slow device edits first, the fast one wins by being later', async () => {
    const id = await clash(slow, fast, 'Skew Slow GmbH');
    await fast.device.online();
    await fast.device.sync!.awaitInSync();
    await expectEverywhere(id, 'B', [fast.device, slow.device, manager]);
  });

  it('a device that ignores the server time is clamped to the server clock, with no false conflict', async () => {
    const id = await clash(stale, slow, 'Skew Stale GmbH');
    // Its push, dated a day ahead, is stored at the server's time.
    await eventually(async () => {
      const onServer = await tierOn(manager, id);
      expect(onServer).toMatchObject({ tier: 'A' });
      expect(Date.parse(onServer!.updatedAt)).toBeLessThanOrEqual(Date.now() + MAX_AHEAD_MS);
    }, 20_000);
    // The device is not left with a pending change or a clash of its own making.
    await eventually(() =>
      expect(stale.device.sync!.status.get()).toMatchObject({ state: 'synced', pending: 0, notSynced: 0 }),
    );
    const conflictsOn = async (device: Device) =>
      (await device.db.activities.find({ selector: { subjectId: id } }).exec()).filter(
        (a) => a.kind === 'conflict',
      );
    expect(await conflictsOn(stale.device)).toEqual([]);

    // The slow device's later real edit wins, and every copy ends identical to the server's.
    await slow.device.online();
    await slow.device.sync!.awaitInSync();
    await expectEverywhere(id, 'B', [stale.device, slow.device, manager]);
    await eventually(async () => {
      const onServer = await tierOn(manager, id);
      expect(await tierOn(stale.device, id)).toEqual(onServer);
      expect(await tierOn(slow.device, id)).toEqual(onServer);
    }, 20_000);
  });
});
