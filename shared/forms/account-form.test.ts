import { describe, expect, it } from 'vitest';
import { accountFormModel, contactFormModel } from './account-form';

describe('the account form model', () => {
  const model = accountFormModel();

  it('normalises phones, emails, country and the name key', () => {
    const r = model.parse({
      ...model.empty(),
      name: ' Müller GmbH ',
      country: 'de',
      phones: '030 1234567',
      emails: 'Info@Mueller.de',
      tier: 'A',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      name: 'Müller GmbH',
      country: 'DE',
      phones: ['+49301234567'],
      emails: ['info@mueller.de'],
      tier: 'A',
      lifecycle: 'prospect',
    });
    expect(r.value.nameKey).not.toContain('gmbh');
  });

  it('names each bad field with the bad value, in form order', () => {
    const r = model.parse({ ...model.empty(), name: '', country: 'Germany', emails: 'nope', tier: 'Z' });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'name', key: 'form.errors.required', params: {} },
      { field: 'tier', key: 'form.errors.invalidOption', params: { value: 'Z' } },
      { field: 'country', key: 'form.errors.invalidCountry', params: { value: 'Germany' } },
      { field: 'emails', key: 'form.errors.invalidEmail', params: { value: 'nope' } },
    ]);
  });

  it('labels fields from the accounts namespace', () => {
    expect(model.fields[0]).toMatchObject({ name: 'name', label: { key: 'accounts:fields.name' } });
  });
});

describe('the contact form model', () => {
  it('reads a local phone number in the account’s country', () => {
    const model = contactFormModel('DE');
    const r = model.parse({ ...model.empty(), name: 'Hans', phones: '0170 1234567' });
    expect(r.ok && r.value.phones).toEqual(['+491701234567']);
    expect(model.parse({ ...model.empty(), name: ' ' })).toEqual({
      ok: false,
      errors: [{ field: 'name', key: 'form.errors.required', params: {} }],
    });
  });
});
