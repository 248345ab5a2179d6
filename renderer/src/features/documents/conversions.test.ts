import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { validDocs } from '@shared/model/fixtures';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { openDatabase, type CrmDatabase } from '../../db/database';
import { updateDoc } from '../../db/write';
import {
  convertOpportunity,
  convertQuote,
  createQuote,
  orderRestOfContract,
  qualifyLead,
} from './conversions';
import { userCode } from './document-number';

const actor = { userId: 'u-li', departmentId: 'd-1' };
let db: CrmDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});
const open = async () =>
  (db = await openDatabase({
    name: `cv${Date.now()}${Math.random().toString(36).slice(2, 6)}`,
    storage: getRxStorageDexie() as never,
    multiInstance: false,
  }));

describe('qualifyLead', () => {
  it('creates account, contact and opportunity linked to the lead and marks the lead converted', async () => {
    const db = await open();
    const lead = { ...validDocs.leads, status: 'new' } as Lead;
    await db.leads.insert(lead);
    const r = await qualifyLead(
      db,
      lead,
      { pipeline: defaultPipelines()[0]!, amount: 5000, currency: 'USD', expectedCloseDate: '2027-01-31' },
      actor,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const opp = (await db.opportunities.findOne(r.opportunityId).exec())!;
    expect(opp.sourceType).toBe('lead');
    expect(opp.sourceId).toBe(lead.id);
    expect(opp.stageId).toBe('st-got');
    expect(await db.accounts.count().exec()).toBe(1);
    expect(await db.contacts.count().exec()).toBe(1);
    expect((await db.leads.findOne(lead.id).exec())!.status).toBe('converted');
  });

  it('refuses a bad currency naming the field and writes nothing', async () => {
    const db = await open();
    const lead = { ...validDocs.leads, status: 'new' } as Lead;
    await db.leads.insert(lead);
    const r = await qualifyLead(
      db,
      lead,
      { pipeline: defaultPipelines()[0]!, amount: 1, currency: 'usd', expectedCloseDate: '2027-01-31' },
      actor,
    );
    expect(r).toMatchObject({ ok: false, field: 'currency' });
    expect(await db.opportunities.count().exec()).toBe(0);
    expect(await db.accounts.count().exec()).toBe(0);
  });
});

describe('document conversions', () => {
  it('turns a won deal into a numbered contract and the contract into one order of what is left', async () => {
    const db = await open();
    const opp = {
      ...validDocs.opportunities,
      status: 'won',
      lines: [{ productId: '', name: 'Kettle', quantity: 10, unitPrice: 12.5 }],
    } as Opportunity;
    const c = await convertOpportunity(db, opp, 'contract', actor);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.document).toMatchObject({
      kind: 'contract',
      sourceType: 'opportunity',
      sourceId: opp.id,
      total: 125,
    });
    expect(c.document.number).toMatch(new RegExp(`^SC-\\d{8}-${userCode(actor.userId)}-001$`));
    const o = await orderRestOfContract(db, c.document, actor);
    expect(o.ok && o.document).toMatchObject({
      kind: 'order',
      sourceType: 'contract',
      sourceId: c.document.id,
      total: 125,
    });
    expect(await orderRestOfContract(db, c.document, actor)).toMatchObject({ ok: false, field: 'lines' });
  });

  it('refuses to convert a deal that is not won', async () => {
    const db = await open();
    const r = await convertOpportunity(db, validDocs.opportunities as Opportunity, 'order', actor);
    expect(r).toMatchObject({ ok: false, field: 'status' });
    expect(await db.documents.count().exec()).toBe(0);
  });
});

describe('quotes', () => {
  const deal = {
    ...validDocs.opportunities,
    status: 'open',
    lines: [{ productId: '', name: 'Kettle', quantity: 10, unitPrice: 12.5 }],
  } as Opportunity;

  it('quotes an open deal with numbers in the user’s own sequence', async () => {
    const db = await open();
    const first = await createQuote(db, deal, actor);
    const second = await createQuote(db, deal, actor);
    if (!first.ok || !second.ok) throw new Error('quote refused');
    expect(first.document).toMatchObject({
      kind: 'quote',
      status: 'draft',
      sourceType: 'opportunity',
      sourceId: deal.id,
      ownerId: deal.ownerId,
      total: 125,
      currency: 'EUR',
    });
    const code = userCode(actor.userId);
    expect(first.document.number).toMatch(new RegExp(`^QT-\\d{8}-${code}-001$`));
    expect(second.document.number).toMatch(new RegExp(`^QT-\\d{8}-${code}-002$`));
    // Another rep on the same day gets their own code, not QT-…-003 of this rep.
    const other = await createQuote(db, deal, { userId: 'u-wang', departmentId: 'd-1' });
    expect(other.ok && other.document.number).toMatch(new RegExp(`-${userCode('u-wang')}-001$`));
  });

  it('refuses a lost deal naming the field and writes nothing', async () => {
    const db = await open();
    expect(await createQuote(db, { ...deal, status: 'lost' }, actor)).toMatchObject({
      ok: false,
      field: 'status',
    });
    expect(await db.documents.count().exec()).toBe(0);
  });

  it('turns the quote of a won deal into a contract linked to the quote', async () => {
    const db = await open();
    await db.opportunities.insert(deal);
    const q = await createQuote(db, deal, actor);
    if (!q.ok) throw new Error(q.message);
    expect(await convertQuote(db, q.document, actor)).toMatchObject({
      ok: false,
      field: 'opportunity.status',
    });
    await updateDoc(db, 'opportunities', deal.id, { status: 'won' }, actor);
    const c = await convertQuote(db, q.document, actor);
    expect(c.ok && c.document).toMatchObject({
      kind: 'contract',
      sourceType: 'quote',
      sourceId: q.document.id,
      total: 125,
    });
    expect(await db.documents.count({ selector: { kind: 'contract' } }).exec()).toBe(1);
  });
});
