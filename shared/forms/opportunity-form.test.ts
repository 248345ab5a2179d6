import { describe, expect, it } from 'vitest';
import { validDocs } from '../model/fixtures';
import type { CustomField } from '../model/settings';
import { checkDealParts, opportunityFormModel } from './opportunity-form';

const booth: CustomField = {
  key: 'boothNo',
  label: 'Booth',
  entity: 'opportunity',
  type: 'text',
  required: true,
  order: 1,
};
const model = opportunityFormModel([booth], ['CNY', 'USD']);
const opp = { ...validDocs.opportunities, custom: { boothNo: 'B07', retired: 'kept' } };

describe('the opportunity form model', () => {
  it('shows a deal and gives back its fields with custom values, keeping retired ones', () => {
    const form = model.toForm(opp);
    expect(form).toMatchObject({ name: opp.name, currency: opp.currency, 'custom.boothNo': 'B07' });
    const r = model.parse({ ...form, amount: '12,000' }, opp);
    expect(r.ok && r.value).toMatchObject({ amount: 12000, custom: { boothNo: 'B07', retired: 'kept' } });
  });

  it('names every bad field with an i18n key, in form order', () => {
    const r = model.parse({ ...model.toForm(opp), name: ' ', probability: '120', 'custom.boothNo': '' }, opp);
    expect(r.ok ? [] : r.errors.map((e) => [e.field, e.key])).toEqual([
      ['name', 'form.errors.required'],
      ['probability', 'form.errors.tooLarge'],
      ['custom.boothNo', 'form.errors.required'],
    ]);
  });

  it('checks the lines and milestones edited outside the model', () => {
    const parts = { lines: [], teamMemberIds: [], milestones: [{ id: 'm1', title: '', done: false }] };
    expect(checkDealParts(parts)).toEqual([{ field: 'milestones', key: 'form.errors.required', params: {} }]);
  });
});
