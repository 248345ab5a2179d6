import { describe, expect, it } from 'vitest';
import { compact } from '../model/compact';
import { validDocs } from '../model/fixtures';
import { campaignFormModel } from './campaign-form';

const model = campaignFormModel('CNY');

describe('the campaign form model', () => {
  it('starts as a trade show costing 0 in the base currency', () => {
    expect(model.empty()).toMatchObject({ name: '', kind: 'tradeShow', cost: '0', currency: 'CNY' });
  });

  it('turns a filled form into campaign fields, cost with separators, currency upper-cased', () => {
    const r = model.parse({
      ...model.empty(),
      name: '  Canton Fair 2026 ',
      cost: '12,000.50',
      currency: 'usd',
      startDate: '2026-04-15',
      endDate: '2026-04-19',
      location: 'Guangzhou',
    });
    expect(r).toEqual({
      ok: true,
      value: {
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
    const r = model.parse({ ...model.empty(), name: ' ', kind: 'party', cost: '-5', currency: 'RMB1' });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'name', key: 'form.errors.required', params: {} },
      { field: 'kind', key: 'form.errors.invalidOption', params: { value: 'party' } },
      { field: 'cost', key: 'form.errors.tooSmall', params: { min: 0 } },
      { field: 'currency', key: 'form.errors.invalidCurrency', params: { value: 'RMB1' } },
    ]);
  });

  it('refuses an end before the start, on the end date', () => {
    const r = model.parse({ ...model.empty(), name: 'x', startDate: '2026-05-02', endDate: '2026-05-01' });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'endDate', key: 'form.errors.dateOrder', params: {} }]);
  });

  it('round-trips a stored campaign through the form', () => {
    const c = { ...validDocs.campaigns, location: 'Guangzhou' };
    const r = model.parse(model.toForm(c));
    expect(r.ok && compact(r.value)).toEqual({
      name: c.name,
      kind: c.kind,
      cost: c.cost,
      currency: c.currency,
      location: 'Guangzhou',
    });
  });
});
