import { describe, expect, it } from 'vitest';
import { leadSchema } from './lead';
import { migrateLeadV0ToV1 } from './lead-migrations';

describe('lead schema v0 → v1', () => {
  const v0 = {
    id: '01JABCDEFGHJKMNPQRST',
    ownerId: 'u1',
    departmentId: 'd1',
    createdAt: '2026-04-15T08:00:00.000Z',
    updatedAt: '2026-04-15T08:00:00.000Z',
    createdBy: 'u1',
    updatedBy: 'u1',
    name: 'Hans',
    company: 'Müller GmbH',
    phone: ' +493012345678 ',
    email: 'Hans@Mueller.de',
    interest: 'hot',
    status: 'new',
    campaignId: '',
    capturedAt: '2026-04-15T08:00:00.000Z',
  };

  it('turns the single phone and email into lists and adds the company key', () => {
    const v1 = migrateLeadV0ToV1(v0);
    expect(v1).toMatchObject({
      phones: ['+493012345678'],
      emails: ['hans@mueller.de'],
      companyKey: 'muller',
    });
    expect(v1).not.toHaveProperty('phone');
    expect(leadSchema.safeParse(v1).success).toBe(true);
  });

  it('gives empty lists when the old record had none', () => {
    const v1 = migrateLeadV0ToV1({ ...v0, phone: '', email: undefined });
    expect(v1).toMatchObject({ phones: [], emails: [] });
  });
});
