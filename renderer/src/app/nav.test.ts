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
});
