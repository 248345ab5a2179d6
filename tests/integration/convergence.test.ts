import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateDoc } from '../../renderer/src/db/write';
import { BACKENDS, eventually, openDevice, startBackend, type Backend, type Device } from './harness';
import { minutesLater, newAccount } from './fixtures';

describe.each(BACKENDS)('offline edits converge (%s)', (kind) => {
  let backend: Backend;
  let laptop: Device;
  let phone: Device;
  let manager: Device;

  beforeAll(async () => {
    backend = await startBackend(kind);
    const url = backend.server.url;
    laptop = await openDevice(url, 'li@demo.local', ['accounts', 'activities']);
    phone = await openDevice(url, 'li@demo.local', ['accounts', 'activities']);
    manager = await openDevice(url, 'manager@demo.local', ['accounts', 'activities']);
    await Promise.all([laptop.online(), phone.online(), manager.online()]);
  });
  afterAll(async () => {
    await Promise.all([laptop?.close(), phone?.close(), manager?.close()]);
    await backend?.stop();
  });

  it('keeps both sides of different fields, gives a same-field clash to the later edit and keeps the loser in history', async () => {
    // Real time: the devices' clocks never stamp an edit before the server time they have seen (clock.ts).
    const t0 = new Date();
    const account = await newAccount(laptop, 'Müller GmbH', t0);
    await eventually(async () => expect(await phone.db.accounts.findOne(account.id).exec()).not.toBeNull());

    await Promise.all([laptop.offline(), phone.offline()]);
    await updateDoc(
      laptop.db,
      'accounts',
      account.id,
      { city: 'Hamburg', tier: 'A' },
      laptop.actor,
      minutesLater(t0, 10),
    );
    await updateDoc(
      phone.db,
      'accounts',
      account.id,
      { notes: 'met at Canton Fair', tier: 'B' },
      phone.actor,
      minutesLater(t0, 20),
    );

    await laptop.online();
    await phone.online();
    await laptop.sync!.awaitInSync();
    laptop.sync!.reSync();

    for (const device of [laptop, phone, manager]) {
      await eventually(async () => {
        const doc = (await device.db.accounts.findOne(account.id).exec())!.toJSON();
        expect(doc).toMatchObject({ city: 'Hamburg', notes: 'met at Canton Fair', tier: 'B' });
      });
    }
    await eventually(async () => {
      const history = await manager.db.activities.find({ selector: { subjectId: account.id } }).exec();
      const conflicts = history.filter((a) => a.kind === 'conflict');
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]!.data).toMatchObject({ field: 'tier', winnerValue: 'B', loserValue: 'A' });
    });
    expect(laptop.sync!.status.get().notSynced).toBe(0);
  });

  // A month of cards: every wait below is a poll whose limit scales with this much work.
  const DAYS = 30;
  const PER_DAY = 5;
  const perDoc = 400; // ms per card a busy 2-core machine may need to write, push, pull and compare it
  it(
    'a device offline for a month catches up exactly, tombstones included',
    { timeout: 120_000 + DAYS * PER_DAY * perDoc * 2 },
    async () => {
      await phone.offline();
      const start = new Date('2026-06-01T08:00:00.000Z');
      const created: string[] = [];
      for (let day = 0; day < DAYS; day++) {
        const now = new Date(start.getTime() + day * 86_400_000);
        for (let i = 0; i < PER_DAY; i++)
          created.push((await newAccount(laptop, `Buyer ${day}-${i}`, now)).id);
      }
      const catchUpMs = 30_000 + created.length * perDoc;
      // Some edited later in the month, some hard-deleted by the manager (a rep cannot).
      for (const id of created.slice(0, 20))
        await updateDoc(
          laptop.db,
          'accounts',
          id,
          { tier: 'A' },
          laptop.actor,
          minutesLater(start, 60 * 24 * 29),
        );
      await laptop.sync!.awaitInSync();
      await eventually(
        async () => expect(await manager.db.accounts.findOne(created.at(-1)!).exec()).not.toBeNull(),
        catchUpMs,
      );
      const doomed = created.slice(100, 110);
      for (const id of doomed) await (await manager.db.accounts.findOne(id).exec())!.remove();
      await manager.sync!.awaitInSync();

      await phone.online();
      const snapshot = async (d: Device) =>
        (await d.db.accounts.find().exec())
          .map((doc) => doc.toJSON())
          .sort((a, b) => a.id.localeCompare(b.id));
      await eventually(async () => {
        laptop.sync!.reSync();
        expect(await snapshot(phone)).toEqual(await snapshot(laptop));
      }, catchUpMs);
      const ids = new Set((await phone.db.accounts.find().exec()).map((d) => d.id));
      for (const id of doomed) expect(ids.has(id)).toBe(false);
      expect((await phone.db.accounts.findOne(created[0]!).exec())!.tier).toBe('A');
      await eventually(
        () =>
          expect(phone.sync!.status.get()).toMatchObject({
            state: 'synced',
            initialDone: true,
            pending: 0,
            notSynced: 0,
          }),
        catchUpMs,
      );
      // Everything it missed came in the catch-up: 150 new accounts (the 10 deleted ones arrive as tombstones or not at all).
      expect(phone.sync!.status.get().initialDocsReceived).toBeGreaterThanOrEqual(140);
      expect(phone.sync!.status.get().lastSyncedAt).not.toBeNull();
    },
  );
});
