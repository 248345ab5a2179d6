import { describe, expect, it } from 'vitest';
import { toRxJsonSchema } from '../db/rxdb-schema';
import { collectionDefs, collectionNames, isCollectionName } from './collections';
import { validDocs } from './fixtures';
import { validateDoc } from './validate';

describe('collections', () => {
  it('stay within RxDB open-source limit (at most 12 of 13)', () => {
    expect(collectionNames.length).toBeLessThanOrEqual(12);
  });
  it('know their names', () => {
    expect(isCollectionName('leads')).toBe(true);
    expect(isCollectionName('toString')).toBe(false);
  });
});

describe.each(collectionNames)('%s schema', (name) => {
  it('accepts a valid document', () => {
    const r = validateDoc(name, validDocs[name]);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('refuses a document without an owner, naming the field', () => {
    const r = validateDoc(name, { ...validDocs[name], ownerId: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toContain('ownerId');
  });

  it('refuses unknown fields', () => {
    expect(validateDoc(name, { ...validDocs[name], surprise: 1 }).ok).toBe(false);
  });

  it('refuses a bad id', () => {
    const r = validateDoc(name, { ...validDocs[name], id: '../../etc' });
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toContain('id');
  });

  it('derives an RxDB schema whose indexed fields are required and bounded', () => {
    const schema = toRxJsonSchema(name, collectionDefs[name]);
    expect(schema.version).toBe(collectionDefs[name].version);
    for (const field of schema.indexes.flat()) {
      expect(schema.required).toContain(field);
      const prop = schema.properties[field]!;
      if (prop.type === 'string') expect(prop.maxLength).toBeTypeOf('number');
    }
  });

  it('has a migration for every version above 0', () => {
    const def = collectionDefs[name];
    for (let v = 1; v <= def.version; v++) expect(def.migrations[v]).toBeTypeOf('function');
  });
});

describe('domain rules inside schemas', () => {
  it('lead tags are optional short labels, checked on every side (client, server, import)', () => {
    expect(validateDoc('leads', { ...validDocs.leads, tags: ['VIP', '广交会'] }).ok).toBe(true);
    const long = validateDoc('leads', { ...validDocs.leads, tags: ['x'.repeat(31)] });
    expect(long.ok ? [] : long.issues.map((i) => i.field)).toEqual(['tags.0']);
    const many = validateDoc('leads', {
      ...validDocs.leads,
      tags: Array.from({ length: 21 }, (_, i) => `t${i}`),
    });
    expect(many.ok ? [] : many.issues.map((i) => i.field)).toEqual(['tags']);
  });

  it('lead emails must be emails', () => {
    const r = validateDoc('leads', { ...validDocs.leads, emails: ['not-an-email'] });
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['emails.0']);
  });
  it('opportunity probability stays within 0–100 and difficulty within bounds', () => {
    expect(validateDoc('opportunities', { ...validDocs.opportunities, probability: 120 }).ok).toBe(false);
    expect(validateDoc('opportunities', { ...validDocs.opportunities, difficulty: 0 }).ok).toBe(false);
  });
  it('amounts carry a currency code', () => {
    const r = validateDoc('opportunities', { ...validDocs.opportunities, currency: 'euro' });
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['currency']);
  });
  it('settings data is validated by its kind', () => {
    const r = validateDoc('settings', {
      ...validDocs.settings,
      kind: 'pipeline',
      data: { name: 'x', stages: [] },
    });
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['data.stages']));
  });
  it('a sample needs at least one line', () => {
    const r = validateDoc('samples', { ...validDocs.samples, lines: [] });
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['lines']);
  });
});
