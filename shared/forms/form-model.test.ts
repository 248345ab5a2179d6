import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CustomField } from '../model/settings';
import { text } from '../model/text';
import { createFormModel } from './form-model';

const schema = z
  .object({
    id: z.string(),
    name: text().trim().min(1).max(10),
    size: z.number().min(1).max(100).optional(),
    kind: z.enum(['a', 'b']),
    startDate: z.iso.date().optional(),
    endDate: z.iso.date().optional(),
    done: z.boolean(),
    custom: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .strict();

const spec = {
  schema,
  labelKey: (n: string) => `thing.fields.${n}`,
  check: (v: Record<string, unknown>) =>
    v.startDate && v.endDate && String(v.endDate) < String(v.startDate)
      ? [{ field: 'endDate', key: 'form.errors.dateOrder', params: {} }]
      : [],
};

const booth: CustomField = {
  entity: 'lead',
  key: 'booth',
  label: 'Booth No.',
  type: 'text',
  required: true,
  order: 0,
};
const hall: CustomField = {
  entity: 'lead',
  key: 'hall',
  label: 'Hall',
  type: 'select',
  options: ['1', '2'],
  required: false,
  order: 1,
};

describe('createFormModel', () => {
  const model = createFormModel(spec);

  it('derives kinds, options and limits from the schema, leaving system fields out', () => {
    expect(model.fields.map((f) => [f.name, f.kind])).toEqual([
      ['name', 'text'],
      ['size', 'number'],
      ['kind', 'select'],
      ['startDate', 'date'],
      ['endDate', 'date'],
      ['done', 'checkbox'],
    ]);
    expect(model.fields.find((f) => f.name === 'kind')?.options).toEqual(['a', 'b']);
    expect(model.empty()).toEqual({
      name: '',
      size: '',
      kind: 'a',
      startDate: '',
      endDate: '',
      done: false,
    });
  });

  it('maps zod issue codes to i18n keys on the right field', () => {
    const r = model.parse({
      name: 'a\u0000',
      size: '1,000',
      kind: 'c',
      startDate: '',
      endDate: '',
      done: false,
    });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'name', key: 'form.errors.badText', params: {} },
      { field: 'size', key: 'form.errors.tooLarge', params: { max: 100 } },
      { field: 'kind', key: 'form.errors.invalidOption', params: { value: 'c' } },
    ]);
    const nan = model.parse({ ...model.empty(), name: 'ok', size: 'lots' });
    expect(nan.ok ? [] : nan.errors).toEqual([
      { field: 'size', key: 'form.errors.number', params: { value: 'lots' } },
    ]);
  });

  it('parses numbers typed with separators and leaves empty optionals undefined', () => {
    const r = model.parse({ ...model.empty(), name: ' x ', size: '1 0', done: true });
    expect(r).toEqual({
      ok: true,
      value: { name: 'x', size: 10, kind: 'a', startDate: undefined, endDate: undefined, done: true },
    });
  });

  it('runs checks across fields once each field is valid', () => {
    const r = model.parse({ ...model.empty(), name: 'x', startDate: '2026-05-02', endDate: '2026-05-01' });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'endDate', key: 'form.errors.dateOrder', params: {} }]);
  });

  it('adds custom fields defined as data, checked and stored under custom', () => {
    const withCustom = createFormModel(spec, [booth, hall]);
    expect(withCustom.fields.slice(-2).map((f) => [f.name, f.label])).toEqual([
      ['custom.booth', { text: 'Booth No.' }],
      ['custom.hall', { text: 'Hall' }],
    ]);
    const missing = withCustom.parse({ ...withCustom.empty(), name: 'x', 'custom.hall': '3' });
    expect(missing.ok ? [] : missing.errors).toEqual([
      { field: 'custom.booth', key: 'form.errors.required', params: {} },
      { field: 'custom.hall', key: 'form.errors.invalidOption', params: { value: '3' } },
    ]);
    const previous = { custom: { retired: 'kept', hall: '2' } };
    const ok = withCustom.parse(
      { ...withCustom.toForm(previous), name: 'x', 'custom.booth': 'B7', 'custom.hall': '' },
      previous,
    );
    expect(ok.ok && ok.value.custom).toEqual({ retired: 'kept', booth: 'B7' });
    expect(withCustom.toForm({ custom: { booth: 'A1' } })['custom.booth']).toBe('A1');
  });
});
