import { describe, expect, it } from 'vitest';
import { canEnterStage } from '@shared/pipeline/evidence';
import { shippedSampleCount } from './evidence';

const opp = { amount: 0, contactIds: [] as string[] };
const stage = { requires: ['sample' as const] };

describe('shipped samples as stage evidence', () => {
  it('a requested or preparing sample does not satisfy a stage that requires samples', () => {
    const samples = [
      { opportunityId: 'o1', status: 'requested' as const },
      { opportunityId: 'o1', status: 'preparing' as const },
    ];
    const ev = { shippedSamples: shippedSampleCount(samples, 'o1'), quotes: 0, contacts: 0 };
    expect(canEnterStage(opp, stage, ev)).toMatchObject({ ok: false, missing: ['sample'] });
  });

  it('a shipped, delivered or feedback sample of the same opportunity does; trashed and others do not', () => {
    const samples = [
      { opportunityId: 'o1', status: 'shipped' as const },
      { opportunityId: 'o1', status: 'feedback' as const },
      { opportunityId: 'o1', status: 'delivered' as const, trashedAt: '2026-01-01T00:00:00Z' },
      { opportunityId: 'o2', status: 'shipped' as const },
    ];
    expect(shippedSampleCount(samples, 'o1')).toBe(2);
    expect(
      canEnterStage(opp, stage, {
        shippedSamples: shippedSampleCount(samples, 'o1'),
        quotes: 0,
        contacts: 0,
      }),
    ).toEqual({ ok: true });
  });
});
