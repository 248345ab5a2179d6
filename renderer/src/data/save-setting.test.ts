import { describe, expect, it } from 'vitest';
import type { CrmDatabase } from '../db/database';
import { trashDoc } from '../db/write';
import { withTestDatabase } from '../ui/testing';
import { saveSetting } from './save-setting';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const admin = { userId: 'user-admin', departmentId: 'd1' };

describe('saveSetting', () => {
  it('inserts under the given id, then updates; saving a trashed setting puts it back in force', async () => {
    await saveSetting(db, 'rate-CHF', 'currencyRate', { currency: 'CHF', rateToBase: 8 }, admin);
    await trashDoc(db, 'settings', 'rate-CHF', admin);
    const saved = await saveSetting(
      db,
      'rate-CHF',
      'currencyRate',
      { currency: 'CHF', rateToBase: 8.1 },
      admin,
    );
    expect(saved.trashedAt).toBeUndefined();
    const stored = (await db.settings.findOne('rate-CHF').exec())!.toJSON();
    expect(stored.data).toEqual({ currency: 'CHF', rateToBase: 8.1 });
    expect(stored.trashedAt).toBeUndefined();
  });

  it('refuses bad data naming the field and writes nothing', async () => {
    await expect(
      saveSetting(db, 'rate-CHF', 'currencyRate', { currency: 'CHF', rateToBase: -1 }, admin),
    ).rejects.toThrow(/rateToBase/);
    expect(await db.settings.findOne('rate-CHF').exec()).toBeNull();
  });
});
