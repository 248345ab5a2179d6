import { describe, expect, it } from 'vitest';
import { dequeue, enqueue, isPending, loadQueue, saveQueue } from './claim-queue';

const claim = (id: string) => ({
  collection: 'leads' as const,
  id,
  name: id,
  at: '2026-05-01T00:00:00.000Z',
});

describe('claim queue', () => {
  it('queues a record once and removes it when answered', () => {
    let q = enqueue([], claim('a'));
    q = enqueue(q, claim('a'));
    q = enqueue(q, claim('b'));
    expect(q.map((c) => c.id)).toEqual(['a', 'b']);
    expect(isPending(q, { collection: 'leads', id: 'a' })).toBe(true);
    expect(isPending(q, { collection: 'accounts', id: 'a' })).toBe(false);
    expect(dequeue(q, { collection: 'leads', id: 'a' }).map((c) => c.id)).toEqual(['b']);
  });

  it('survives a reload and ignores garbage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveQueue([claim('a')], storage);
    expect(loadQueue(storage)).toEqual([claim('a')]);
    store.set('crm.pool.pendingClaims', '[{"collection":"x","id":1}, 3]');
    expect(loadQueue(storage)).toEqual([]);
    store.set('crm.pool.pendingClaims', '{not json');
    expect(loadQueue(storage)).toEqual([]);
  });
});
