import { describe, expect, it } from 'vitest';
import type { Account, Contact } from '@shared/model/account';
import { validDocs } from '@shared/model/fixtures';
import type { Lead } from '@shared/model/lead';
import { stampNew } from '@shared/model/stamp';
import { validateDoc } from '@shared/model/validate';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { convertLead, matchAccount } from './convert-lead';

const actor = { userId: 'u-li', departmentId: 'd-1' };
const now = new Date('2026-05-01T00:00:00.000Z');
const [ordinary, project] = defaultPipelines();
const lead: Lead = {
  ...validDocs.leads,
  id: 'lead-0000009',
  ownerId: 'u-zhao',
  departmentId: 'd-2',
  city: 'Berlin',
  productsOfInterest: 'kettles',
};
const input = {
  ids: { account: 'acc-new00001', contact: 'con-new00001', opportunity: 'opp-new00001' },
  pipeline: ordinary!,
  amount: 12000,
  currency: 'EUR',
  expectedCloseDate: '2026-08-31',
};
const none = { accounts: [] as Account[], contacts: [] as Contact[] };

function ok(r: ReturnType<typeof convertLead>) {
  if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
  return r;
}

describe('convertLead', () => {
  it('creates account, contact and opportunity linked to the lead and marks it converted', () => {
    const r = ok(convertLead(lead, none, input));
    expect(r.leadPatch).toEqual({ status: 'converted' });
    expect(r.account).toMatchObject({
      action: 'create',
      fields: {
        id: 'acc-new00001',
        name: 'Müller GmbH',
        nameKey: 'muller',
        ownerId: 'u-zhao',
        departmentId: 'd-2',
        city: 'Berlin',
        sourceType: 'lead',
        sourceId: lead.id,
      },
    });
    expect(r.contact).toMatchObject({
      action: 'create',
      fields: {
        id: 'con-new00001',
        accountId: 'acc-new00001',
        name: 'Hans Müller',
        emails: ['hans@mueller.de'],
        isPrimary: true,
        sourceType: 'lead',
        sourceId: lead.id,
      },
    });
    expect(r.opportunity).toMatchObject({
      id: 'opp-new00001',
      kind: 'ordinary',
      accountId: 'acc-new00001',
      contactIds: ['con-new00001'],
      pipelineId: 'pl-ordinary',
      stageId: 'st-got',
      probability: 10,
      status: 'open',
      sourceType: 'lead',
      sourceId: lead.id,
      campaignId: 'cmp-canton-1',
      notes: 'kettles',
      ownerId: 'u-zhao',
    });
  });

  it('produces records that pass the schemas once stamped', () => {
    const r = ok(convertLead(lead, none, input));
    if (r.account.action !== 'create' || r.contact.action !== 'create')
      throw new Error('expected new records');
    expect(validateDoc('accounts', stampNew(r.account.fields, actor, now)).ok).toBe(true);
    expect(validateDoc('contacts', stampNew(r.contact.fields, actor, now)).ok).toBe(true);
    const opp = validateDoc('opportunities', stampNew(r.opportunity, actor, now));
    expect(opp.ok && opp.value.id).toBe('opp-new00001');
  });

  it('matches an existing account by company key and a contact by email (dedupe)', () => {
    const acc: Account = {
      ...validDocs.accounts,
      id: 'acc-old00001',
      name: 'MÜLLER GmbH & Co',
      nameKey: 'müller',
    };
    const con: Contact = {
      ...validDocs.contacts,
      id: 'con-old00001',
      accountId: 'acc-old00001',
      emails: ['Hans@Mueller.de'],
    };
    const r = ok(convertLead(lead, { accounts: [acc], contacts: [con] }, input));
    expect(r.account).toEqual({ action: 'matched', record: acc });
    expect(r.contact).toEqual({ action: 'matched', record: con });
    expect(r.opportunity).toMatchObject({ accountId: 'acc-old00001', contactIds: ['con-old00001'] });
  });

  it('matches an account through a contact email when the company name differs, and adds a new contact there', () => {
    const acc: Account = {
      ...validDocs.accounts,
      id: 'acc-old00002',
      name: 'MH Import',
      nameKey: 'mh import',
    };
    const con: Contact = {
      ...validDocs.contacts,
      id: 'con-old00002',
      accountId: 'acc-old00002',
      name: 'Someone',
      emails: ['hans@mueller.de'],
    };
    expect(matchAccount({ ...lead, company: 'Other Co' }, [acc], [con])?.id).toBe('acc-old00002');
    const other: Contact = { ...con, emails: ['x@y.de'] };
    const r = ok(
      convertLead({ ...lead, company: 'MH Import Ltd.' }, { accounts: [acc], contacts: [other] }, input),
    );
    expect(r.account.action).toBe('matched');
    expect(r.contact).toMatchObject({
      action: 'create',
      fields: { accountId: 'acc-old00002', isPrimary: false },
    });
  });

  it('ignores trashed accounts', () => {
    const acc: Account = { ...validDocs.accounts, trashedAt: '2026-01-01T00:00:00.000Z' };
    expect(ok(convertLead(lead, { accounts: [acc], contacts: [] }, input)).account.action).toBe('create');
  });

  it('starts a project-type opportunity in the project pipeline', () => {
    expect(ok(convertLead(lead, none, { ...input, pipeline: project! })).opportunity).toMatchObject({
      kind: 'project',
      stageId: 'pj-initiation',
      pipelineId: 'pl-project',
    });
  });

  it('refuses bad input, naming the field', () => {
    expect(convertLead({ ...lead, status: 'converted' }, none, input)).toMatchObject({
      ok: false,
      field: 'status',
    });
    expect(convertLead({ ...lead, status: 'disqualified' }, none, input)).toMatchObject({
      ok: false,
      field: 'status',
    });
    expect(convertLead(lead, none, { ...input, amount: -1 })).toMatchObject({ ok: false, field: 'amount' });
    expect(convertLead(lead, none, { ...input, currency: 'eur' })).toMatchObject({
      ok: false,
      field: 'currency',
    });
    expect(convertLead(lead, none, { ...input, expectedCloseDate: '31.08.2026' })).toMatchObject({
      ok: false,
      field: 'expectedCloseDate',
    });
    expect(convertLead(lead, none, { ...input, difficulty: 9 })).toMatchObject({
      ok: false,
      field: 'difficulty',
    });
  });
});
