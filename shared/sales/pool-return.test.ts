import { describe, expect, it } from 'vitest';
import type { Activity } from '@shared/model/activity';
import { poolReturns } from './pool-return';

const now = new Date('2026-05-31T00:00:00.000Z');
const rec = (id: string, createdAt: string, p: { ownerId?: string; trashedAt?: string } = {}) => ({
  id,
  ownerId: p.ownerId ?? 'u-li',
  createdAt,
  ...(p.trashedAt ? { trashedAt: p.trashedAt } : {}),
});
const act = (subjectId: string, at: string, p: Partial<Activity> = {}) => ({
  kind: 'call' as Activity['kind'],
  subjectId,
  accountId: '',
  at,
  ...p,
});

describe('poolReturns', () => {
  const records = [
    rec('stale', '2026-03-01T00:00:00.000Z'),
    rec('worked', '2026-03-01T00:00:00.000Z'),
    rec('new', '2026-05-20T00:00:00.000Z'),
    rec('via-account', '2026-03-01T00:00:00.000Z'),
    rec('only-system', '2026-03-01T00:00:00.000Z'),
    rec('pooled', '2026-01-01T00:00:00.000Z', { ownerId: 'pool' }),
    rec('trashed', '2026-01-01T00:00:00.000Z', { trashedAt: '2026-02-01T00:00:00.000Z' }),
  ];
  const activities = [
    act('stale', '2026-04-01T00:00:00.000Z'),
    act('worked', '2026-05-10T00:00:00.000Z'),
    act('opp-1', '2026-05-15T00:00:00.000Z', { accountId: 'via-account' }),
    act('only-system', '2026-05-30T00:00:00.000Z', { kind: 'system' }),
    act('stale', '2026-05-30T00:00:00.000Z', { trashedAt: '2026-05-30T01:00:00.000Z' }),
  ];

  it('returns records with no work for N days, oldest first, naming the last sign of work', () => {
    expect(poolReturns(records, activities, { days: 30, now })).toEqual([
      { id: 'only-system', ownerId: 'u-li', lastActivityAt: '2026-03-01T00:00:00.000Z' },
      { id: 'stale', ownerId: 'u-li', lastActivityAt: '2026-04-01T00:00:00.000Z' },
    ]);
  });

  it('counts exactly N days as not yet stale and is off at 0 days', () => {
    expect(poolReturns([rec('edge', '2026-05-01T00:00:00.000Z')], [], { days: 30, now })).toEqual([]);
    expect(poolReturns([rec('edge', '2026-04-30T23:59:59.000Z')], [], { days: 30, now })).toHaveLength(1);
    expect(poolReturns(records, activities, { days: 0, now })).toEqual([]);
  });
});
