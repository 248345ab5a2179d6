import { describe, expect, it } from 'vitest';
import { validDocs } from './fixtures';
import { findBadText, isCleanText } from './text';
import { validateDoc } from './validate';

describe('text PostgreSQL can store', () => {
  it('refuses NUL and unpaired surrogates, keeps pairs (emoji) and CJK', () => {
    expect(isCleanText('张经理 👍 ok')).toBe(true);
    expect(isCleanText('a\u0000b')).toBe(false);
    expect(isCleanText('a\uD800')).toBe(false);
    expect(isCleanText('\uDC00a')).toBe(false);
    expect(isCleanText('\uDC00\uD800')).toBe(false);
  });
  it('finds the first bad string or key anywhere in a value', () => {
    expect(findBadText({ a: ['ok', { b: 'x\u0000' }] })).toEqual(['a', 1, 'b']);
    expect(findBadText({ ['k\uD800']: 1 })).toEqual(['k\uD800']);
    expect(findBadText({ a: 1, b: [true, null, 'fine'] })).toBeNull();
  });
  it('is refused by every schema with the field named, the client and the server alike', () => {
    const lead = validateDoc('leads', { ...validDocs.leads, notes: 'call\u0000back' });
    expect(lead.ok ? [] : lead.issues).toEqual([
      expect.objectContaining({ field: 'notes', message: expect.stringMatching(/NUL/) }),
    ]);
    const custom = validateDoc('leads', { ...validDocs.leads, custom: { ['x\uDC00']: 1 } });
    expect(custom.ok).toBe(false);
    const activity = validateDoc('activities', {
      ...validDocs.activities,
      data: { deep: [{ s: '\uD83D' }] },
    });
    expect(activity.ok ? [] : activity.issues.map((i) => i.field)).toEqual(['data.deep.0.s']);
  });
});
