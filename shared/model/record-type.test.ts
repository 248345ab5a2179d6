import { describe, expect, it } from 'vitest';
import { recordTypeOf } from './record-type';

describe('recordTypeOf', () => {
  it('names the record type of a collection, a sales document by its kind, and nothing for the rest', () => {
    expect(recordTypeOf('leads', null)).toBe('lead');
    expect(recordTypeOf('activities', null)).toBe('activity');
    expect(recordTypeOf('documents', { kind: 'quote' })).toBe('quote');
    expect(recordTypeOf('documents', { kind: 'expense' })).toBeNull();
    expect(recordTypeOf('settings', null)).toBeNull();
  });
});
