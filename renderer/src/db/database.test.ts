import 'fake-indexeddb/auto';
import { test, expect } from 'vitest';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { addRxPlugin } from 'rxdb';
import { RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { openDatabase } from './database';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { insertDoc, trashDoc, restoreDoc } from './write';
addRxPlugin(RxDBDevModePlugin);
test('open', async () => {
  const db = await openDatabase({ name: 'x' + Date.now(), storage: wrappedValidateAjvStorage({ storage: getRxStorageDexie() }) as never, multiInstance: false });
  const actor = { userId: 'u1', departmentId: 'd1' };
  const lead = await insertDoc(db, 'leads', { name: 'Hans', company: 'ACME', companyKey: 'acme', phones: [], emails: ['a@b.de'], interest: 'hot', status: 'new', campaignId: '', capturedAt: new Date().toISOString() }, actor);
  await trashDoc(db, 'leads', lead.id, actor);
  expect((await db.leads.findOne(lead.id).exec())!.trashedAt).toBeTruthy();
  await restoreDoc(db, 'leads', lead.id, actor);
  expect((await db.leads.findOne(lead.id).exec())!.toJSON().trashedAt).toBeUndefined();
  await db.close();
});
