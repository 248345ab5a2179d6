import { describe, expect, it } from 'vitest';
import type { PushResponse, PushRow } from '../api';
import { settlePushAnswer } from './conflict-resolution';

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
const row = (doc: Record<string, unknown>, assumed = base): PushRow =>
  ({ newDocumentState: doc, assumedMasterState: assumed }) as PushRow;

describe('settlePushAnswer', () => {
  it('takes accepted rows as done', () => {
    const local = { ...base, city: 'Ulm' };
    const out = settlePushAnswer('accounts', [row(local)], { conflicts: [], rejected: [] });
    expect(out).toMatchObject({ resolutions: [], clashRecords: [], accepted: [base.id], done: [base.id] });
  });

  it('resolves a same-field clash once: the merge, its clash record, and still pending when it keeps local work', () => {
    const local = { ...base, city: 'Ulm', tier: 'A', updatedAt: '2026-05-01T10:00:00.000Z' };
    const master = { ...base, tier: 'B', updatedAt: '2026-05-01T11:00:00.000Z', updatedBy: 'u-chen' };
    const out = settlePushAnswer('accounts', [row(local)], {
      conflicts: [master],
      rejected: [],
    } as PushResponse);
    expect(out.resolutions).toHaveLength(1);
    expect(out.resolutions[0]).toMatchObject({
      id: base.id,
      refused: false,
      settled: false, // the city is this device's: it goes up again
      doc: { city: 'Ulm', tier: 'B', _deleted: false },
    });
    expect(out.clashRecords).toMatchObject([{ kind: 'conflict', data: { field: 'tier', loserValue: 'A' } }]);
    expect(out.accepted).toEqual([]);
    expect(out.done).toEqual([]);
  });

  it("is done when the resolution is the server's state", () => {
    const local = { ...base, tier: 'A', updatedAt: '2026-05-01T10:00:00.000Z' };
    const master = { ...base, tier: 'B', updatedAt: '2026-05-01T11:00:00.000Z', updatedBy: 'u-chen' };
    const out = settlePushAnswer('accounts', [row(local)], {
      conflicts: [master],
      rejected: [],
    } as PushResponse);
    expect(out.resolutions[0]).toMatchObject({ settled: true, doc: { tier: 'B' } });
    expect(out.done).toEqual([base.id]);
  });

  it("takes a refused row's answer as it is: no merge, no clash record, done (it goes to the not-synced list)", () => {
    const local = { ...base, tier: 'A', updatedAt: '2026-05-01T10:00:00.000Z' };
    const truth = { ...base, _deleted: true };
    const out = settlePushAnswer('accounts', [row(local)], {
      conflicts: [truth],
      rejected: [{ id: base.id, code: 'FORBIDDEN', reason: 'not yours' }],
    } as PushResponse);
    expect(out.resolutions[0]).toMatchObject({ refused: true, settled: true, doc: truth });
    expect(out.clashRecords).toEqual([]);
    expect(out.accepted).toEqual([]);
    expect(out.done).toEqual([base.id]);
  });
});
