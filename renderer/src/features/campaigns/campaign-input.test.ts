import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import { definedOnly, emptyCampaignForm, formOfCampaign, parseCampaignForm } from './campaign-input';

describe('parseCampaignForm', () => {
  it('turns a filled form into campaign fields, cost with separators, currency upper-cased', () => {
    const r = parseCampaignForm({
      ...emptyCampaignForm('CNY'),
      name: '  Canton Fair 2026 ',
      cost: '12,000.50',
      currency: 'usd',
      startDate: '2026-04-15',
      endDate: '2026-04-19',
      location: 'Guangzhou',
    });
    expect(r).toEqual({
      ok: true,
      fields: {
        name: 'Canton Fair 2026',
        kind: 'tradeShow',
        cost: 12000.5,
        currency: 'USD',
        startDate: '2026-04-15',
        endDate: '2026-04-19',
        location: 'Guangzhou',
        notes: undefined,
      },
    });
  });

  it('names every bad field and returns no fields', () => {
    const r = parseCampaignForm({
      ...emptyCampaignForm('CNY'),
      name: ' ',
      kind: 'party',
      cost: '-5',
      currency: 'RMB1',
      startDate: '2026-05-02',
      endDate: '2026-05-01',
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'required' },
        { field: 'kind', code: 'required' },
        { field: 'cost', code: 'number' },
        { field: 'currency', code: 'currency' },
        { field: 'endDate', code: 'dateOrder' },
      ],
    });
  });

  it('round-trips a stored campaign through the form', () => {
    const c = { ...validDocs.campaigns, location: 'Guangzhou' };
    const r = parseCampaignForm(formOfCampaign(c));
    expect(r.ok && definedOnly(r.fields)).toEqual({
      name: c.name,
      kind: c.kind,
      cost: c.cost,
      currency: c.currency,
      location: 'Guangzhou',
    });
  });
});
