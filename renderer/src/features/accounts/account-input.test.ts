import { describe, expect, it } from 'vitest';
import { emptyAccountForm, emptyContactForm, parseAccountForm, parseContactForm } from './account-input';

describe('parseAccountForm', () => {
  it('normalises phones, emails, country and the name key', () => {
    const r = parseAccountForm({
      ...emptyAccountForm,
      name: ' Müller GmbH ',
      country: 'de',
      phones: '030 1234567',
      emails: 'Info@Mueller.de',
      tier: 'A',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fields).toMatchObject({
      name: 'Müller GmbH',
      country: 'DE',
      phones: ['+49301234567'],
      emails: ['info@mueller.de'],
      tier: 'A',
      lifecycle: 'prospect',
    });
    expect(r.fields.nameKey).not.toContain('gmbh');
  });

  it('names each bad field with the bad value', () => {
    const r = parseAccountForm({
      ...emptyAccountForm,
      name: '',
      country: 'Germany',
      emails: 'nope',
      tier: 'Z',
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'required' },
        { field: 'country', code: 'invalidCountry', value: 'Germany' },
        { field: 'emails', code: 'invalidEmail', value: 'nope' },
        { field: 'tier', code: 'required' },
      ],
    });
  });
});

describe('parseContactForm', () => {
  it('reads a local phone number in the account’s country', () => {
    const r = parseContactForm({ ...emptyContactForm, name: 'Hans', phones: '0170 1234567' }, 'DE');
    expect(r.ok && r.fields.phones).toEqual(['+491701234567']);
    expect(parseContactForm({ ...emptyContactForm, name: ' ' })).toEqual({
      ok: false,
      errors: [{ field: 'name', code: 'required' }],
    });
  });
});
