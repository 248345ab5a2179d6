import { describe, expect, it } from 'vitest';
import { assignableUsers, canAssignRecords, planAssignment } from './assign-plan';

const ids = ['l1', 'l2', 'l3', 'l4', 'l5'];

describe('planAssignment', () => {
  it('gives everything to one owner', () => {
    expect(planAssignment(ids, { mode: 'one', ownerIds: ['chen'] })).toEqual({
      ok: true,
      batches: [{ ownerId: 'chen', ids }],
    });
  });

  it('deals records out in turn across the chosen reps', () => {
    expect(planAssignment(ids, { mode: 'roundRobin', ownerIds: ['li', 'chen'] })).toEqual({
      ok: true,
      batches: [
        { ownerId: 'li', ids: ['l1', 'l3', 'l5'] },
        { ownerId: 'chen', ids: ['l2', 'l4'] },
      ],
    });
    // More reps than records: nobody gets an empty call.
    expect(planAssignment(['l1'], { mode: 'roundRobin', ownerIds: ['li', 'chen'] })).toEqual({
      ok: true,
      batches: [{ ownerId: 'li', ids: ['l1'] }],
    });
  });

  it('returns records to the pool', () => {
    expect(planAssignment(['l1', 'l1', 'l2'], { mode: 'pool', ownerIds: ['ignored'] })).toEqual({
      ok: true,
      batches: [{ ownerId: 'pool', ids: ['l1', 'l2'] }],
    });
  });

  it('names what is missing', () => {
    expect(planAssignment([], { mode: 'pool', ownerIds: [] })).toEqual({
      ok: false,
      field: 'ids',
      error: 'noRecords',
    });
    expect(planAssignment(ids, { mode: 'roundRobin', ownerIds: [] })).toEqual({
      ok: false,
      field: 'ownerIds',
      error: 'noOwner',
    });
  });
});

describe('assignableUsers', () => {
  const users = [
    { id: 'mgr', name: 'Zhang', role: 'manager' as const, departmentId: 'd1', active: true },
    { id: 'li', name: 'Li', role: 'rep' as const, departmentId: 'd1', active: true },
    { id: 'chen', name: 'Chen', role: 'rep' as const, departmentId: 'd1', active: true },
    { id: 'old', name: 'Gone', role: 'rep' as const, departmentId: 'd1', active: false },
    {
      id: 'wang',
      name: 'Wang',
      role: 'rep' as const,
      departmentId: 'd2',
      active: true,
      regions: ['DE', 'FR'],
    },
  ];

  it('keeps the markets a rep covers, as the hint beside their name', () => {
    const admin = assignableUsers(users, { role: 'admin', departmentId: '' });
    expect(admin.find((u) => u.id === 'wang')?.regions).toEqual(['DE', 'FR']);
    expect(admin.find((u) => u.id === 'li')).not.toHaveProperty('regions');
  });

  it('a manager picks among the active people of the department, reps first', () => {
    expect(assignableUsers(users, { role: 'manager', departmentId: 'd1' }).map((u) => u.id)).toEqual([
      'chen',
      'li',
      'mgr',
    ]);
  });

  it('an admin picks anyone active; a rep nobody', () => {
    expect(assignableUsers(users, { role: 'admin', departmentId: '' }).map((u) => u.id)).toEqual([
      'chen',
      'li',
      'wang',
      'mgr',
    ]);
    expect(assignableUsers(users, { role: 'rep', departmentId: 'd1' })).toEqual([]);
    expect(canAssignRecords('rep')).toBe(false);
    expect(canAssignRecords('manager')).toBe(true);
  });
});
