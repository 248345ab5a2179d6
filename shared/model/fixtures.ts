import type { CollectionName, DocOf } from './collections';

/** One valid document per collection: the baseline for schema tests, benchmarks and seeds. */
const base = (id: string) => ({
  id,
  ownerId: 'u-li',
  departmentId: 'd-1',
  createdAt: '2026-04-15T08:00:00.000Z',
  updatedAt: '2026-04-15T08:00:00.000Z',
  createdBy: 'u-li',
  updatedBy: 'u-li',
});

export const validDocs: { [N in CollectionName]: DocOf<N> } = {
  settings: { ...base('pl-ordinary'), kind: 'department', data: { name: '外贸一部' } },
  campaigns: {
    ...base('cmp-canton-1'),
    name: 'Canton Fair 2026 Phase 1',
    kind: 'tradeShow',
    cost: 80000,
    currency: 'CNY',
  },
  products: {
    ...base('prd-00000001'),
    sku: 'KT-100',
    name: 'Kettle 1.7L',
    price: 12.5,
    currency: 'USD',
    stockStatus: 'inStock',
    lifecycle: 'active',
  },
  leads: {
    ...base('lead-0000001'),
    name: 'Hans Müller',
    company: 'Müller GmbH',
    companyKey: 'muller',
    phones: ['+493012345678'],
    emails: ['hans@mueller.de'],
    interest: 'hot',
    status: 'new',
    campaignId: 'cmp-canton-1',
    capturedAt: '2026-04-15T08:00:00.000Z',
  },
  accounts: {
    ...base('acc-0000001'),
    name: 'Müller GmbH',
    nameKey: 'muller',
    phones: [],
    emails: [],
    tier: 'B',
    lifecycle: 'prospect',
  },
  contacts: {
    ...base('con-0000001'),
    accountId: 'acc-0000001',
    name: 'Hans Müller',
    phones: [],
    emails: ['hans@mueller.de'],
    isPrimary: true,
  },
  opportunities: {
    ...base('opp-0000001'),
    name: 'Kettles for Müller',
    kind: 'ordinary',
    accountId: 'acc-0000001',
    contactIds: [],
    pipelineId: 'pl-ordinary',
    stageId: 'st-samples',
    probability: 40,
    probabilityOverridden: false,
    amount: 25000,
    currency: 'EUR',
    expectedCloseDate: '2026-06-30',
    status: 'open',
    difficulty: 1,
    sourceType: 'lead',
    sourceId: 'lead-0000001',
    campaignId: 'cmp-canton-1',
    lines: [],
    teamMemberIds: [],
    milestones: [],
  },
  activities: {
    ...base('act-0000001'),
    kind: 'stageChange',
    subjectType: 'opportunity',
    subjectId: 'opp-0000001',
    accountId: 'acc-0000001',
    at: '2026-04-15T08:00:00.000Z',
    title: 'needs → samples',
    data: { fromStageId: 'st-needs', toStageId: 'st-samples', probability: 40 },
  },
  samples: {
    ...base('smp-0000001'),
    accountId: 'acc-0000001',
    opportunityId: 'opp-0000001',
    status: 'shipped',
    lines: [{ productId: '', name: 'Kettle KT-100', quantity: 2, unitCost: 8, charged: false }],
    currency: 'CNY',
    courier: 'DHL',
    trackingNumber: '1234567890',
  },
  attachments: {
    ...base('att-0000001'),
    sha256: 'a'.repeat(64),
    name: 'box.jpg',
    mime: 'image/jpeg',
    size: 1024,
    subjectType: 'sample',
    subjectId: 'smp-0000001',
    accountId: 'acc-0000001',
  },
  documents: {
    ...base('doc-0000001'),
    kind: 'order',
    number: 'SO-2026-001',
    title: 'Kettles',
    accountId: 'acc-0000001',
    status: 'confirmed',
    sourceType: 'opportunity',
    sourceId: 'opp-0000001',
    currency: 'EUR',
    lines: [{ productId: '', name: 'Kettle', quantity: 2000, unitPrice: 12.5 }],
    total: 25000,
    date: '2026-05-01',
    paymentPlan: [],
  },
  notifications: {
    ...base('ntf-0000001'),
    kind: 'stale',
    subjectType: 'opportunity',
    subjectId: 'opp-0000001',
    title: 'Not updated for 48 hours',
    at: '2026-04-17T08:00:00.000Z',
  },
};

/** `n` distinct, valid leads spread over companies, campaigns and days: for list tests and benchmarks. */
export function manyLeads(n: number): DocOf<'leads'>[] {
  return Array.from({ length: n }, (_, i) => ({
    ...validDocs.leads,
    id: `lead-${String(i).padStart(8, '0')}`,
    name: `Buyer ${i} ${['Müller', 'García', '王', 'Smith'][i % 4]}`,
    company: `Company ${i % 900} ${['GmbH', 'SL', '有限公司', 'Inc'][i % 4]}`,
    emails: [`buyer${i}@company${i % 900}.example`],
    phones: [`+4930${String(1_000_000 + i)}`],
    campaignId: i % 3 ? 'cmp-canton-1' : '',
    capturedAt: new Date(Date.UTC(2026, 3, 1 + (i % 28), 8)).toISOString(),
  }));
}

type Stamped = 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'ownerId' | 'departmentId';

/** A fixture's domain fields without those the write helpers stamp (id, owner, department, who/when). */
export function newFieldsOf<N extends CollectionName>(name: N): Omit<DocOf<N>, Stamped> {
  const {
    id: _i,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    ownerId: _o,
    departmentId: _d,
    ...fields
  } = validDocs[name] as DocOf<N> & Record<Stamped, string>;
  return fields as Omit<DocOf<N>, Stamped>;
}
