import { describe, expect, it } from 'vitest';
import { monthRange, visibleTo } from './report-scope';

const doc = (id: string, ownerId: string, departmentId: string, trashedAt?: string) => ({
  id,
  ownerId,
  departmentId,
  ...(trashedAt ? { trashedAt } : {}),
});
const docs = [
  doc('a', 'u-li', 'd-1'),
  doc('b', 'u-wang', 'd-1'),
  doc('c', 'u-zhao', 'd-2'),
  doc('d', 'pool', 'd-2'),
  doc('e', 'u-li', 'd-1', '2026-01-01T00:00:00.000Z'),
];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('visibleTo', () => {
  it('gives a rep own records and the pool, never the trash', () => {
    expect(
      ids(visibleTo({ userId: 'u-li', role: 'rep', departmentId: 'd-1' }, 'opportunities', docs)),
    ).toEqual(['a', 'd']);
  });
  it('gives a manager the department and the pool, an admin everything', () => {
    expect(
      ids(visibleTo({ userId: 'u-m', role: 'manager', departmentId: 'd-1' }, 'opportunities', docs)),
    ).toEqual(['a', 'b', 'd']);
    expect(ids(visibleTo({ userId: 'x', role: 'admin', departmentId: '' }, 'opportunities', docs))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});

describe('monthRange', () => {
  it('covers the whole month and the same month last year, leap years included', () => {
    expect(monthRange('2028-02-10')).toEqual({
      period: { from: '2028-02-01', to: '2028-02-29' },
      previous: { from: '2027-02-01', to: '2027-02-28' },
    });
    expect(monthRange('2026-12-31').period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
