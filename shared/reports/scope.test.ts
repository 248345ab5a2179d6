import { describe, expect, it } from 'vitest';
import { groupKey, inScope } from './scope';

describe('scope and grouping', () => {
  it('includes ordinary, project or both, never trashed deals', () => {
    expect(inScope({ kind: 'project' }, 'both')).toBe(true);
    expect(inScope({ kind: 'project' }, 'ordinary')).toBe(false);
    expect(inScope({ kind: 'ordinary' }, 'ordinary')).toBe(true);
    expect(inScope({ kind: 'ordinary', trashedAt: '2026-01-01T00:00:00.000Z' }, 'both')).toBe(false);
  });

  it('groups by owner, department or month', () => {
    const o = { ownerId: 'u-li', departmentId: 'd-1' };
    expect(groupKey(o, 'owner', '2026-06-30')).toBe('u-li');
    expect(groupKey(o, 'department', '2026-06-30')).toBe('d-1');
    expect(groupKey(o, 'month', '2026-06-30')).toBe('2026-06');
  });
});
