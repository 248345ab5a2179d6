import { describe, expect, it } from 'vitest';
import { homePath, NAV_ITEMS, visibleNavItems } from './nav';

describe('navigation and lead management', () => {
  it('shows every domain when the company manages leads', () => {
    expect(visibleNavItems(true)).toEqual(NAV_ITEMS);
    expect(homePath(true)).toBe('/leads/entry');
  });
  it('starts at opportunities and hides lead screens when lead management is off', () => {
    const keys = visibleNavItems(false).map((i) => i.key);
    expect(keys).not.toContain('leads');
    expect(keys).not.toContain('entry');
    expect(keys).toContain('opportunities');
    expect(homePath(false)).toBe('/opportunities');
  });
  it('shows each role only what it can use: reps do not see administration and exchange rates', () => {
    const rep = visibleNavItems(true, 'rep').map((i) => i.key);
    expect(rep).not.toContain('admin');
    expect(rep).not.toContain('rates');
    expect(rep).toContain('entry');
    expect(visibleNavItems(true, 'manager').map((i) => i.key)).toContain('admin');
    expect(visibleNavItems(true, 'admin')).toEqual(NAV_ITEMS);
  });
});
