import { describe, expect, it } from 'vitest';
import type { Activity } from '@shared/model/activity';
import { validDocs } from '@shared/model/fixtures';
import { taskBuckets, visitCounts } from './task-buckets';

const a = (id: string, p: Partial<Activity>): Activity => ({
  ...validDocs.activities,
  id,
  kind: 'task',
  ownerId: 'u-li',
  createdBy: 'u-li',
  at: '2026-05-01T00:00:00.000Z',
  title: id,
  ...p,
});
// Shanghai is UTC+8: 16:00Z is already the next local day there.
const shanghaiDay = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('taskBuckets', () => {
  it('splits the rep’s open tasks into overdue, today, upcoming and undated by local day', () => {
    const b = taskBuckets(
      [
        a('late', { dueAt: '2026-05-09T10:00:00.000Z' }),
        a('today-late-utc', { dueAt: '2026-05-09T16:30:00.000Z' }),
        a('today', { dueAt: '2026-05-10T03:00:00.000Z' }),
        a('next', { dueAt: '2026-05-12T03:00:00.000Z' }),
        a('someday', {}),
        a('done', { dueAt: '2026-05-01T00:00:00.000Z', done: true }),
        a('others', { dueAt: '2026-05-01T00:00:00.000Z', ownerId: 'u-wang' }),
        a('call', { kind: 'call', dueAt: '2026-05-01T00:00:00.000Z' }),
      ],
      'u-li',
      '2026-05-10',
      shanghaiDay,
    );
    const ids = (xs: Activity[]) => xs.map((x) => x.id);
    expect(ids(b.overdue)).toEqual(['late']);
    expect(ids(b.today)).toEqual(['today-late-utc', 'today']);
    expect(ids(b.upcoming)).toEqual(['next']);
    expect(ids(b.undated)).toEqual(['someday']);
  });
});

describe('visitCounts', () => {
  it('counts visits per rep within the range', () => {
    expect(
      visitCounts(
        [
          a('v1', { kind: 'visit', at: '2026-05-02T00:00:00.000Z' }),
          a('v2', { kind: 'visit', at: '2026-05-03T00:00:00.000Z' }),
          a('v3', { kind: 'visit', at: '2026-05-03T00:00:00.000Z', createdBy: 'u-wang' }),
          a('v4', { kind: 'visit', at: '2026-06-03T00:00:00.000Z' }),
          a('c1', { kind: 'call', at: '2026-05-03T00:00:00.000Z' }),
        ],
        { from: '2026-05-01', to: '2026-05-31' },
        (iso) => iso.slice(0, 10),
      ),
    ).toEqual([
      { ownerId: 'u-li', visits: 2 },
      { ownerId: 'u-wang', visits: 1 },
    ]);
  });
});
