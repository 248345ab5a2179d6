import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { leadSchema } from '../model/lead';
import { leadFormModel } from './lead-form';

const model = leadFormModel();
const form = (patch: Record<string, string | string[]>) => ({ ...model.empty(), ...patch });

describe('the lead form model', () => {
  it('starts empty with a warm interest and no tags', () => {
    expect(model.empty()).toMatchObject({ name: '', phones: '', interest: 'warm', tags: [], notes: '' });
  });

  it('lists the fields in the order the card is typed, notes last', () => {
    const names = model.fields.map((f) => f.name);
    expect(names.slice(0, 9)).toEqual([
      'name',
      'company',
      'title',
      'phones',
      'emails',
      'country',
      'city',
      'interest',
      'website',
    ]);
    expect(names.at(-1)).toBe('notes');
    expect(names).not.toContain('companyKey');
    expect(names).not.toContain('ownerId');
  });

  it('takes each text limit from the schema', () => {
    const limit = (n: string) => model.fields.find((f) => f.name === n)?.maxLength;
    expect(limit('name')).toBe(120);
    expect(limit('company')).toBe(200);
    expect(limit('notes')).toBe(5000);
    expect(model.fields.find((f) => f.name === 'notes')?.kind).toBe('multiline');
    expect(model.fields.find((f) => f.name === 'name')?.required).toBe(true);
  });

  it('normalises a typical card', () => {
    const r = model.parse(
      form({
        name: ' Hans Müller ',
        company: 'Müller GmbH',
        phones: '+49 (0)30 1234 5678; 030 9876543',
        emails: 'Hans@Mueller.DE',
        country: 'de',
        interest: 'hot',
        tags: [' VIP ', 'VIP', 'Canton'],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      name: 'Hans Müller',
      companyKey: 'muller',
      phones: ['+493012345678', '+49309876543'],
      emails: ['hans@mueller.de'],
      country: 'DE',
      interest: 'hot',
      tags: ['VIP', 'Canton'],
    });
    expect(r.value.title).toBeUndefined();
  });

  it('names every bad field at once, in form order, as i18n keys with the bad value', () => {
    const r = model.parse(
      form({ name: '  ', emails: 'ok@x.com; broken@', phones: 'abc', country: 'Germany' }),
    );
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'name', key: 'form.errors.required', params: {} },
      { field: 'phones', key: 'form.errors.invalidPhone', params: { value: 'abc' } },
      { field: 'emails', key: 'form.errors.invalidEmail', params: { value: 'broken@' } },
      { field: 'country', key: 'form.errors.invalidCountry', params: { value: 'Germany' } },
    ]);
  });

  it('refuses over-long text with the limit the schema sets', () => {
    const r = model.parse(form({ name: 'x'.repeat(121), notes: 'y'.repeat(5001) }));
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'name', key: 'form.errors.tooLong', params: { max: 120 } },
      { field: 'notes', key: 'form.errors.tooLong', params: { max: 5000 } },
    ]);
  });

  it('refuses a tag that is too long or too many tags, on the tags field', () => {
    const long = model.parse(form({ name: 'A', tags: ['t'.repeat(31)] }));
    expect(long.ok ? [] : long.errors).toEqual([
      { field: 'tags', key: 'form.errors.tooLong', params: { max: 30 } },
    ]);
    const many = model.parse(form({ name: 'A', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }));
    expect(many.ok ? [] : many.errors).toEqual([
      { field: 'tags', key: 'form.errors.tooMany', params: { max: 20 } },
    ]);
  });

  it('round-trips through the edit form', () => {
    const r = model.parse(form({ name: 'Ana', emails: 'a@b.pt; c@d.pt', interest: 'cold', tags: ['x'] }));
    if (!r.ok) throw new Error('expected ok');
    expect(model.parse(model.toForm(r.value))).toEqual(r);
  });

  it('shows a field added to the schema, with its limit, without other code', () => {
    const extended = leadFormModel([], leadSchema.extend({ wechatGroup: z.string().max(20).optional() }));
    const f = extended.fields.find((x) => x.name === 'wechatGroup');
    expect(f).toMatchObject({ kind: 'text', maxLength: 20, label: { key: 'lead.fields.wechatGroup' } });
    expect(extended.fields.at(-1)?.name).toBe('notes');
    const r = extended.parse({ ...extended.empty(), name: 'A', wechatGroup: 'g'.repeat(21) });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'wechatGroup', key: 'form.errors.tooLong', params: { max: 20 } },
    ]);
  });
});
