import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addRxPlugin, createRxDatabase } from 'rxdb';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { collectionDefs } from '@shared/model/collections';
import { toRxJsonSchema } from '@shared/db/rxdb-schema';
import { validDocs, newFieldsOf } from '@shared/model/fixtures';
import { DocValidationError } from '@shared/model/validate';
import { openDatabase, type CrmDatabase } from './database';
import { insertDoc, restoreDoc, trashDoc, updateDoc } from './write';

// Dev-mode checks every schema against RxDB's rules; ajv validates every write against the derived schema.
disableWarnings();
addRxPlugin(RxDBDevModePlugin);
const storage = () => wrappedValidateAjvStorage({ storage: getRxStorageDexie() });
const actor = { userId: 'u-li', departmentId: 'd-1' };
let db: CrmDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

const leadFields = () => newFieldsOf('leads');

describe('local database', () => {
  it('opens every collection and stores a valid document of each', async () => {
    db = await openDatabase({ name: `t${Date.now()}a`, storage: storage() as never, multiInstance: false });
    for (const [name, doc] of Object.entries(validDocs)) {
      await (db as any)[name].insert(doc);
      expect(await (db as any)[name].count().exec()).toBe(1);
    }
  });

  it('stamps, validates and soft-deletes through the write helpers', async () => {
    db = await openDatabase({ name: `t${Date.now()}b`, storage: storage() as never, multiInstance: false });
    const lead = await insertDoc(db, 'leads', leadFields(), actor, new Date('2026-04-15T09:00:00Z'));
    expect(lead).toMatchObject({
      ownerId: 'u-li',
      departmentId: 'd-1',
      createdAt: '2026-04-15T09:00:00.000Z',
    });

    const edited = await updateDoc(
      db,
      'leads',
      lead.id,
      { city: 'Berlin' },
      { userId: 'u-zhang', departmentId: 'd-1' },
    );
    expect(edited).toMatchObject({ city: 'Berlin', createdBy: 'u-li', updatedBy: 'u-zhang' });

    await trashDoc(db, 'leads', lead.id, actor);
    expect((await db.leads.findOne(lead.id).exec())!.trashedAt).toBeTruthy();
    await restoreDoc(db, 'leads', lead.id, actor);
    expect((await db.leads.findOne(lead.id).exec())!.toJSON()).not.toHaveProperty('trashedAt');
  });

  it('refuses an invalid document, naming the field, and writes nothing', async () => {
    db = await openDatabase({ name: `t${Date.now()}c`, storage: storage() as never, multiInstance: false });
    const bad = { ...leadFields(), emails: ['nope'] };
    await expect(insertDoc(db, 'leads', bad, actor)).rejects.toThrow(DocValidationError);
    await expect(insertDoc(db, 'leads', bad, actor)).rejects.toThrow(/emails\.0/);
    expect(await db.leads.count().exec()).toBe(0);

    const lead = await insertDoc(db, 'leads', leadFields(), actor);
    await expect(updateDoc(db, 'leads', lead.id, { name: '' }, actor)).rejects.toThrow(/name/);
    expect((await db.leads.findOne(lead.id).exec())!.name).toBe('Hans Müller');
  });

  it('migrates leads stored with schema version 0 when the app opens', async () => {
    const name = `t${Date.now()}m`;
    const v1 = toRxJsonSchema('leads', collectionDefs.leads);
    // Version 0 as it shipped: one phone and one email string.
    const { phones: _p, emails: _e, companyKey: _k, ...props } = v1.properties;
    const v0 = {
      ...v1,
      version: 0,
      properties: { ...props, phone: { type: 'string' }, email: { type: 'string' } },
      required: v1.required.filter((f) => !['phones', 'emails', 'companyKey'].includes(f)),
      indexes: v1.indexes.filter((i) => i !== 'companyKey'),
    };
    const old = await createRxDatabase({ name, storage: storage(), multiInstance: false });
    await old.addCollections({ leads: { schema: v0 as never } });
    const { phones: _a, emails: _b, companyKey: _c, ...oldLead } = validDocs.leads;
    await old.leads!.insert({ ...oldLead, phone: '+493012345678', email: 'Hans@Mueller.de' });
    await old.close();

    db = await openDatabase({ name, storage: storage() as never, multiInstance: false });
    const migrated = (await db.leads.findOne(validDocs.leads.id).exec())!.toJSON();
    expect(migrated).toMatchObject({
      phones: ['+493012345678'],
      emails: ['hans@mueller.de'],
      companyKey: 'muller',
    });
    expect(migrated).not.toHaveProperty('phone');
  });

  it('keeps leads stored with schema version 1 (before tags) and lets them be tagged', async () => {
    const name = `t${Date.now()}v1`;
    const current = toRxJsonSchema('leads', collectionDefs.leads);
    const { tags: _t, ...props } = current.properties;
    const v1 = { ...current, version: 1, properties: props };
    const old = await createRxDatabase({ name, storage: storage(), multiInstance: false });
    await old.addCollections({ leads: { schema: v1 as never, migrationStrategies: { 1: (d: never) => d } } });
    await old.leads!.insert({ ...validDocs.leads });
    await old.close();

    db = await openDatabase({ name, storage: storage() as never, multiInstance: false });
    const kept = (await db.leads.findOne(validDocs.leads.id).exec())!.toJSON();
    expect(kept).toMatchObject({ name: validDocs.leads.name, emails: validDocs.leads.emails });
    expect(kept).not.toHaveProperty('tags');
    await updateDoc(db, 'leads', validDocs.leads.id, { tags: ['VIP'] }, actor);
    expect((await db.leads.findOne(validDocs.leads.id).exec())!.tags).toEqual(['VIP']);
  });
});
