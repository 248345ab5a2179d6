import { afterEach, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { collectionDefs } from '../../../../shared/model/collections';
import { toRxJsonSchema } from '../../../../shared/db/rxdb-schema';
import type { CrmDatabase } from '../database';
import { insertDoc } from '../write';
import { LOCAL_USER_ID, reownLocalRecords } from './reown';

let db: CrmDatabase | undefined;
afterEach(async () => {
  await db?.close();
});

describe('reownLocalRecords', () => {
  it('gives records of the local profile to the signed-in user and leaves others alone', async () => {
    db = (await createRxDatabase({
      name: `reown${Date.now()}`,
      storage: getRxStorageMemory(),
      multiInstance: false,
    })) as unknown as CrmDatabase;
    await db.addCollections({
      accounts: { schema: toRxJsonSchema('accounts', collectionDefs.accounts) },
    } as never);
    const fields = { nameKey: 'x', phones: [], emails: [], tier: 'C', lifecycle: 'prospect' } as const;
    const mine = await insertDoc(db, 'accounts', { ...fields, name: 'Made offline' } as never, {
      userId: LOCAL_USER_ID,
      departmentId: '',
    });
    const theirs = await insertDoc(db, 'accounts', { ...fields, name: 'Synced' } as never, {
      userId: 'u-chen',
      departmentId: 'd1',
    });

    expect(await reownLocalRecords(db, { id: 'u-li', departmentId: 'd1' })).toBe(1);
    expect((await db.accounts.findOne(mine.id).exec())!.toJSON()).toMatchObject({
      ownerId: 'u-li',
      departmentId: 'd1',
      createdBy: 'u-li',
      updatedBy: 'u-li',
    });
    expect((await db.accounts.findOne(theirs.id).exec())!.ownerId).toBe('u-chen');
  });
});
