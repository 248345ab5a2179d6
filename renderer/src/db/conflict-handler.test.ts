import { describe, expect, it } from 'vitest';
import { validateDoc } from '@shared/model/validate';
import { clashActivities } from '@shared/sync/clash-activity';
import { resolveConflict } from '@shared/sync/conflict-resolution';
import { sameDocState } from '@shared/sync/doc-state';
import { mergeConflictHandler, rememberResolutions } from './conflict-handler';

const base = {
  id: 'acc-0000001',
  ownerId: 'u-li',
  departmentId: 'd1',
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  createdBy: 'u-li',
  updatedBy: 'u-li',
  name: 'Müller GmbH',
  nameKey: 'müller',
  phones: [],
  emails: [],
  tier: 'C',
  lifecycle: 'prospect',
  _deleted: false,
};

describe('mergeConflictHandler', () => {
  it('ignores RxDB bookkeeping when comparing', () => {
    expect(
      mergeConflictHandler.isEqual(
        { ...base, _meta: { lwt: 1 }, _rev: '1-a' } as never,
        { ...base, _meta: { lwt: 2 }, _rev: '2-b' } as never,
        'test',
      ),
    ).toBe(true);
    expect(mergeConflictHandler.isEqual(base as never, { ...base, _deleted: true } as never, 'test')).toBe(
      false,
    );
  });

  it('merges field by field; the newer edit wins a clash', async () => {
    const local = { ...base, city: 'Hamburg', tier: 'A', updatedAt: '2026-05-01T10:00:00.000Z' };
    const master = {
      ...base,
      notes: 'hi',
      tier: 'B',
      updatedAt: '2026-05-01T11:00:00.000Z',
      updatedBy: 'u-li2',
    };
    const merged = await mergeConflictHandler.resolve(
      { assumedMasterState: base, newDocumentState: local, realMasterState: master } as never,
      'test',
    );
    expect(merged).toMatchObject({
      city: 'Hamburg',
      notes: 'hi',
      tier: 'B',
      _deleted: false,
      updatedAt: master.updatedAt,
    });
  });

  it('hands back the decision the sync client made for that conflict instead of merging again', async () => {
    const local = { ...base, tier: 'A' };
    const master = { ...base, tier: 'B', updatedAt: '2026-05-01T11:00:00.000Z' };
    const decided = { ...master, city: 'decided once' };
    rememberResolutions([
      { id: base.id, assumed: base, local, master, doc: decided, refused: false, settled: false },
    ]);
    const input = { assumedMasterState: base, newDocumentState: local, realMasterState: master } as never;
    expect(await mergeConflictHandler.resolve(input, 'test')).toEqual(decided);
    // Taken once: the same conflict again (not decided by the client) is merged by the same rule.
    expect(await mergeConflictHandler.resolve(input, 'test')).toMatchObject({ tier: 'B' });
    expect(await mergeConflictHandler.resolve(input, 'test')).not.toHaveProperty('city');
  });

  it('lets a server-side deletion win over local edits', () => {
    const { doc } = resolveConflict(base, { ...base, city: 'X' }, { ...base, _deleted: true });
    expect(doc._deleted).toBe(true);
  });
});

describe('clashActivities', () => {
  const { doc, clashes } = resolveConflict(
    base,
    { ...base, tier: 'A', updatedAt: '2026-05-01T10:00:00.000Z' },
    { ...base, tier: 'B', updatedAt: '2026-05-01T11:00:00.000Z' },
  );

  it('records the loser as a valid conflict activity on the record', () => {
    const [activity] = clashActivities('accounts', doc, clashes);
    expect(activity).toMatchObject({
      kind: 'conflict',
      subjectType: 'account',
      subjectId: base.id,
      accountId: base.id,
      data: { field: 'tier', loserValue: 'A', winnerValue: 'B' },
    });
    expect(validateDoc('activities', activity).ok).toBe(true);
  });

  it('gives the same id for the same clash on every device, and different ids for different clashes', () => {
    const a = clashActivities('accounts', doc, clashes)[0]!;
    const b = clashActivities(
      'accounts',
      { ...doc },
      clashes.map((c) => ({ ...c })),
    )[0]!;
    const c = clashActivities('accounts', doc, [{ ...clashes[0]!, loserValue: 'D' }])[0]!;
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{8,40}$/);
  });

  it('skips collections without a history timeline', () => {
    expect(clashActivities('products', doc, clashes)).toEqual([]);
  });
});

describe('sameDocState', () => {
  const base = { id: 'a1', name: 'Acme', phones: ['+1'], address: { city: 'Ulm' }, _deleted: false };
  it('ignores RxDB bookkeeping and undefined fields', () => {
    expect(sameDocState(base, { ...base, _rev: '3-x', _meta: { lwt: 1 }, note: undefined })).toBe(true);
  });
  it('sees a changed, added or removed field, nested values and the deleted flag', () => {
    expect(sameDocState(base, { ...base, address: { city: 'Bonn' } })).toBe(false);
    expect(sameDocState(base, { ...base, tier: 'A' })).toBe(false);
    const { phones: _phones, ...withoutPhones } = base;
    expect(sameDocState(base, withoutPhones)).toBe(false);
    expect(sameDocState(base, { ...base, _deleted: true })).toBe(false);
  });
});
