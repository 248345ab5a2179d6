import { describe, expect, it } from 'vitest';
import { canEnterStage } from './evidence';

const none = { shippedSamples: 0, quotes: 0, contacts: 0 };
const opp = { amount: 0, contactIds: [] as string[] };

describe('canEnterStage', () => {
  it('lets any record enter a stage without requirements', () => {
    expect(canEnterStage(opp, {}, none)).toEqual({ ok: true });
    expect(canEnterStage(opp, { requires: [] }, none)).toEqual({ ok: true });
  });

  it('needs a shipped sample for "provide samples"', () => {
    expect(canEnterStage(opp, { requires: ['sample'] }, none)).toEqual({
      ok: false,
      missing: ['sample'],
      message: expect.stringContaining('sample'),
    });
    expect(canEnterStage(opp, { requires: ['sample'] }, { ...none, shippedSamples: 1 })).toEqual({
      ok: true,
    });
  });

  it('counts contacts from the evidence or the opportunity itself', () => {
    expect(canEnterStage(opp, { requires: ['contact'] }, none).ok).toBe(false);
    expect(canEnterStage(opp, { requires: ['contact'] }, { ...none, contacts: 1 }).ok).toBe(true);
    expect(canEnterStage({ ...opp, contactIds: ['con-1'] }, { requires: ['contact'] }, none).ok).toBe(true);
  });

  it('needs an amount above zero and a quote when asked', () => {
    expect(canEnterStage(opp, { requires: ['amount', 'quote'] }, none)).toMatchObject({
      ok: false,
      missing: ['amount', 'quote'],
    });
    expect(
      canEnterStage({ ...opp, amount: 1 }, { requires: ['amount', 'quote'] }, { ...none, quotes: 2 }),
    ).toEqual({ ok: true });
  });
});
