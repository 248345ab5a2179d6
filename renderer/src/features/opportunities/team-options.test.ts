import { describe, expect, it } from 'vitest';
import { teamOptions } from './team-options';

const users = [
  { id: 'u-wang', name: 'Wang Fang', active: true },
  { id: 'u-li', name: 'Li Lei', active: true },
  { id: 'u-gone', name: 'Zhao Gone', active: false },
];

describe('team options', () => {
  it('offers active users by name with their ids as values', () => {
    expect(teamOptions(users, [])).toEqual([
      { value: 'u-li', label: 'Li Lei' },
      { value: 'u-wang', label: 'Wang Fang' },
    ]);
  });

  it('keeps current members who left or are unknown, so a save does not drop them', () => {
    expect(teamOptions(users, ['u-gone', 'u-unsynced'])).toEqual([
      { value: 'u-li', label: 'Li Lei' },
      { value: 'u-wang', label: 'Wang Fang' },
      { value: 'u-gone', label: 'Zhao Gone' },
      { value: 'u-unsynced', label: 'u-unsynced' },
    ]);
  });
});
