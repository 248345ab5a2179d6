import { describe, expect, it } from 'vitest';
import type { SampleStatus } from '@shared/model/sample';
import { workListOf, workLists } from './work-lists';

const s = (id: string, status: SampleStatus, extra: Record<string, string> = {}) => ({
  id,
  status,
  createdAt: '2026-04-01T00:00:00Z',
  ...extra,
});

describe('sample work lists', () => {
  it('puts each status in its queue', () => {
    expect(workListOf({ status: 'requested' })).toBe('awaitingShipment');
    expect(workListOf({ status: 'preparing' })).toBe('awaitingShipment');
    expect(workListOf({ status: 'shipped' })).toBe('inTransit');
    expect(workListOf({ status: 'delivered' })).toBe('awaitingFeedback');
    expect(workListOf({ status: 'feedback' })).toBeUndefined();
    expect(workListOf({ status: 'shipped', trashedAt: '2026-04-02T00:00:00Z' })).toBeUndefined();
  });

  it('splits and orders by the date the work has waited since', () => {
    const lists = workLists([
      s('a', 'shipped', { shipDate: '2026-04-10' }),
      s('b', 'shipped', { shipDate: '2026-04-03' }),
      s('c', 'requested'),
      s('d', 'delivered', { shipDate: '2026-04-01', receivedDate: '2026-04-05' }),
      s('e', 'feedback'),
    ]);
    expect(lists.inTransit.map((x) => x.id)).toEqual(['b', 'a']);
    expect(lists.awaitingShipment.map((x) => x.id)).toEqual(['c']);
    expect(lists.awaitingFeedback.map((x) => x.id)).toEqual(['d']);
  });
});
