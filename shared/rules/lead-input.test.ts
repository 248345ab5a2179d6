import { describe, expect, it } from 'vitest';
import { emptyLeadForm, leadToForm, parseLeadForm } from './lead-input';

describe('parseLeadForm', () => {
  it('normalises a typical card', () => {
    const r = parseLeadForm({
      ...emptyLeadForm,
      name: ' Hans Müller ',
      company: 'Müller GmbH',
      phones: '+49 (0)30 1234 5678; 030 9876543',
      emails: 'Hans@Mueller.DE',
      country: 'de',
      interest: 'hot',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      name: 'Hans Müller',
      companyKey: 'muller',
      phones: ['+493012345678', '+49309876543'],
      emails: ['hans@mueller.de'],
      country: 'DE',
      interest: 'hot',
    });
    expect(r.value.title).toBeUndefined();
  });

  it('names every bad field at once', () => {
    const r = parseLeadForm({
      ...emptyLeadForm,
      name: '  ',
      emails: 'ok@x.com; broken@',
      phones: 'abc',
      country: 'Germany',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'country', code: 'invalidCountry', value: 'Germany' },
      { field: 'emails', code: 'invalidEmail', value: 'broken@' },
      { field: 'phones', code: 'invalidPhone', value: 'abc' },
    ]);
  });

  it('refuses over-long text', () => {
    const r = parseLeadForm({ ...emptyLeadForm, name: 'x'.repeat(121) });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'name', code: 'tooLong' }]);
  });

  it('round-trips through the edit form', () => {
    const r = parseLeadForm({ ...emptyLeadForm, name: 'Ana', emails: 'a@b.pt; c@d.pt', interest: 'cold' });
    if (!r.ok) throw new Error('expected ok');
    const again = parseLeadForm(leadToForm(r.value));
    expect(again).toEqual(r);
  });
});
