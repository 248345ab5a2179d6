import { describe, expect, it } from 'vitest';
import { compareVersions, deepEqual, merge3, stableStringify } from './merge';

const at = (m: number) => new Date(Date.UTC(2026, 10, 1, 8, m)).toISOString();
const base = { id: 'acc1', name: 'ACME', phone: '+491', tier: 'B', updatedAt: at(0), updatedBy: 'u0' };

describe('merge3', () => {
  it('keeps both sides when they changed different fields', () => {
    const local = { ...base, phone: '+492', updatedAt: at(5), updatedBy: 'chen' };
    const remote = { ...base, tier: 'A', updatedAt: at(3), updatedBy: 'zhang' };
    const { merged, clashes } = merge3(base, local, remote);
    expect(merged).toMatchObject({ phone: '+492', tier: 'A', updatedAt: at(5), updatedBy: 'chen' });
    expect(clashes).toEqual([]);
  });

  it('a same-field clash keeps the newer edit and reports the loser', () => {
    const local = { ...base, tier: 'C', updatedAt: at(2), updatedBy: 'chen' };
    const remote = { ...base, tier: 'A', updatedAt: at(4), updatedBy: 'zhang' };
    const { merged, clashes } = merge3(base, local, remote);
    expect(merged.tier).toBe('A');
    expect(clashes).toEqual([
      {
        field: 'tier',
        winner: 'remote',
        winnerValue: 'A',
        loserValue: 'C',
        loserUpdatedAt: at(2),
        loserUpdatedBy: 'chen',
      },
    ]);
    // The same inputs from the other side pick the same winner.
    expect(merge3(base, remote, local).merged.tier).toBe('A');
  });

  it('equal changes on both sides are no clash', () => {
    const local = { ...base, tier: 'A', updatedAt: at(2), updatedBy: 'chen' };
    const remote = { ...base, tier: 'A', updatedAt: at(4), updatedBy: 'zhang' };
    expect(merge3(base, local, remote).clashes).toEqual([]);
  });

  it('a field removed on one side stays removed', () => {
    const withNote = { ...base, note: 'x' };
    const local = { ...base, updatedAt: at(2), updatedBy: 'chen' };
    const remote = { ...withNote, tier: 'A', updatedAt: at(3), updatedBy: 'zhang' };
    const { merged } = merge3(withNote, local, remote);
    expect('note' in merged).toBe(false);
    expect(merged.tier).toBe('A');
  });

  it('without a base every difference is decided by recency', () => {
    const local = { ...base, phone: '+492', updatedAt: at(9), updatedBy: 'chen' };
    const remote = { ...base, tier: 'A', updatedAt: at(3), updatedBy: 'zhang' };
    const { merged, clashes } = merge3(undefined, local, remote);
    expect(merged).toMatchObject({ phone: '+492', tier: 'B' });
    expect(clashes.map((c) => c.field).sort()).toEqual(['phone', 'tier']);
  });

  it('compares arrays and objects by value', () => {
    const b = { ...base, phones: ['+1'], custom: { booth: '1' } };
    const local = { ...b, phones: ['+1', '+2'], updatedAt: at(1), updatedBy: 'a' };
    const remote = { ...b, custom: { booth: '1' }, updatedAt: at(2), updatedBy: 'b' };
    expect(merge3(b, local, remote).merged.phones).toEqual(['+1', '+2']);
  });

  it('takes RxDB meta fields from the remote side', () => {
    const local = { ...base, _deleted: false, _rev: '1-a' } as Record<string, unknown>;
    const remote = { ...base, _deleted: false, _rev: '2-b' } as Record<string, unknown>;
    expect(merge3(base, local, remote).merged._rev).toBe('2-b');
  });
});

describe('helpers', () => {
  it('stableStringify ignores key order and undefined', () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
  });
  it('deepEqual treats an absent key like undefined', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
  });
  it('compareVersions breaks ties deterministically', () => {
    const a = { updatedAt: at(1), updatedBy: 'a' };
    const b = { updatedAt: at(1), updatedBy: 'b' };
    expect(compareVersions(a, b)).toBeLessThan(0);
    expect(compareVersions(b, a)).toBeGreaterThan(0);
  });
});

/**
 * Fuzz: three replicas edit one record offline and sync in random orders through a compare-and-swap master,
 * the way RxDB's replication protocol does (push with assumedMasterState, conflict → merge → push again).
 */
describe('merge3 fuzz: random edits on 3 replicas, random sync orders', () => {
  type Doc = Record<string, unknown>;
  const FIELDS = ['name', 'phone', 'tier', 'city', 'notes'];

  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  function run(seed: number) {
    const rand = rng(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    let master: Doc = {
      id: 'r1',
      name: 'n0',
      phone: 'p0',
      tier: 't0',
      city: 'c0',
      notes: 'x0',
      updatedAt: at(0),
      updatedBy: 'init',
    };
    const replicas = [0, 1, 2].map((i) => ({
      name: `dev${i}`,
      fork: { ...master },
      assumed: { ...master } as Doc,
    }));
    const writers = new Map<string, Set<string>>();
    const lastWrite = new Map<string, unknown>();
    const written = new Map<string, Set<unknown>>();
    let clock = 0;

    const push = (r: (typeof replicas)[number]) => {
      if (deepEqual(r.fork, r.assumed)) return;
      if (deepEqual(master, r.assumed)) {
        master = { ...r.fork };
        r.assumed = { ...master };
      } else {
        r.fork = merge3(r.assumed, r.fork, master).merged;
        r.assumed = { ...master };
      }
    };
    const pull = (r: (typeof replicas)[number]) => {
      if (deepEqual(r.fork, r.assumed)) {
        r.fork = { ...master };
        r.assumed = { ...master };
      }
    };

    for (let step = 0; step < 60; step++) {
      const r = pick(replicas);
      const op = rand();
      if (op < 0.5) {
        const field = pick(FIELDS);
        const value = `${r.name}-${field}-${step}`;
        r.fork = { ...r.fork, [field]: value, updatedAt: at(++clock), updatedBy: r.name };
        (writers.get(field) ?? writers.set(field, new Set()).get(field)!).add(r.name);
        (written.get(field) ?? written.set(field, new Set()).get(field)!).add(value);
        lastWrite.set(field, value);
      } else if (op < 0.75) push(r);
      else pull(r);
    }
    for (let round = 0; round < 10; round++) {
      for (const r of replicas) {
        push(r);
        pull(r);
      }
    }
    return { master, replicas, writers, written, lastWriteByField: lastWrite };
  }

  it.each(Array.from({ length: 300 }, (_, i) => i + 1))(
    'seed %i converges and loses no single-writer edit',
    (seed) => {
      const { master, replicas, writers, written, lastWriteByField } = run(seed);
      for (const r of replicas) {
        expect(r.fork).toEqual(master);
        expect(r.assumed).toEqual(master);
      }
      for (const field of FIELDS) {
        const who = writers.get(field);
        if (!who) continue;
        // A field only one device edited ends with that device's last value; a contested one with one of the written values.
        if (who.size === 1) expect(master[field]).toBe(lastWriteByField.get(field));
        else expect(written.get(field)!.has(master[field])).toBe(true);
      }
    },
  );
});
