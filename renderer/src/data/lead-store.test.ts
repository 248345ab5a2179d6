import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validDocs, newFieldsOf } from '@shared/model/fixtures';
import type { CrmDatabase } from '../db/database';
import { insertDoc, restoreDoc, trashDoc, updateDoc } from '../db/write';
import { openTestDatabase } from '../ui/testing';
import { LeadStore } from './lead-store';

const actor = { userId: 'u-li', departmentId: 'd-1' };
const leadFields = newFieldsOf('leads');

let db: CrmDatabase;
let store: LeadStore;
beforeEach(async () => {
  db = await openTestDatabase();
  store = new LeadStore(db);
});
afterEach(async () => {
  store.destroy();
  await db.remove();
});

const settle = async (cond: () => boolean) => {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

describe('LeadStore', () => {
  it('follows inserts, edits and the trash, keeping search and duplicates in step', async () => {
    const lead = await insertDoc(db, 'leads', leadFields, actor);
    await settle(() => store.leads.size === 1);
    expect(store.search.match('müller')).toEqual(new Set([lead.id]));
    expect(store.duplicates.find({ name: 'x', emails: ['hans@mueller.de'], phones: [] })).toHaveLength(1);

    await updateDoc(db, 'leads', lead.id, { emails: ['hans@new.de'] }, actor);
    await settle(() => store.leads.get(lead.id)!.emails[0] === 'hans@new.de');
    expect(store.duplicates.find({ name: 'x', emails: ['hans@mueller.de'], phones: [] })).toHaveLength(0);
    expect(store.search.match('new.de')).toEqual(new Set([lead.id]));

    await trashDoc(db, 'leads', lead.id, actor);
    await settle(() => !!store.leads.get(lead.id)!.trashedAt);
    expect(store.duplicates.find({ name: 'x', emails: ['hans@new.de'], phones: [] })).toHaveLength(0);

    await restoreDoc(db, 'leads', lead.id, actor);
    await settle(() => !store.leads.get(lead.id)!.trashedAt);
    expect(store.duplicates.find({ name: 'x', emails: ['hans@new.de'], phones: [] })).toHaveLength(1);
  });

  it('indexes contacts with their account name for the company + name rule', async () => {
    await db.accounts.insert(validDocs.accounts);
    await db.contacts.insert(validDocs.contacts);
    await settle(() => store.duplicates.size === 1);
    const m = store.duplicates.find({ name: 'HANS MÜLLER', company: 'Müller GmbH', emails: [], phones: [] });
    expect(m.map((x) => [x.candidate.kind, x.reasons])).toEqual([['contact', ['companyAndName']]]);
  });

  it('bumps its version once per change, not per document', async () => {
    await settle(() => store.ready);
    const before = store.version;
    await db.leads.bulkInsert(
      Array.from({ length: 50 }, (_, i) => ({
        ...validDocs.leads,
        id: `lead-bulk-${String(i).padStart(4, '0')}`,
        emails: [`b${i}@x.de`],
      })),
    );
    await settle(() => store.leads.size === 50);
    expect(store.version - before).toBeLessThanOrEqual(2);
  });
});
