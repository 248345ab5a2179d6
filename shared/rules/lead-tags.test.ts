import { describe, expect, it } from 'vitest';
import { hasTag, retag, tagsInUse } from './lead-tags';

describe('lead tags', () => {
  it('adds tags once, whatever the case, and keeps the first spelling', () => {
    expect(retag(['VIP'], ['vip', 'Canton', ' Canton '], [])).toEqual(['VIP', 'Canton']);
    expect(retag(undefined, ['new'], [])).toEqual(['new']);
  });

  it('removes tags whatever their case, leaving no empty list', () => {
    expect(retag(['VIP', 'Canton'], [], ['vip'])).toEqual(['Canton']);
    expect(retag(['VIP'], [], ['VIP'])).toBeUndefined();
    // Removing wins over adding the same tag in one edit.
    expect(retag([], ['x'], ['X'])).toBeUndefined();
  });

  it('lists the tags in use, one spelling each, sorted', () => {
    const leads = [{ tags: ['b', 'A'] }, {}, { tags: ['a', 'c'] }];
    expect(tagsInUse(leads, (x, y) => x.localeCompare(y))).toEqual(['A', 'b', 'c']);
    expect(hasTag(['VIP'], 'vip')).toBe(true);
    expect(hasTag(undefined, 'vip')).toBe(false);
  });
});
