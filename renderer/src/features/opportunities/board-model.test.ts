import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { boardColumns, isOverdue, isStale, neighbourStage, weightedTotals } from './board-model';

const pipeline = defaultPipelines()[0]!.pipeline;
const opp = (over: Partial<Opportunity>): Opportunity =>
  ({ ...validDocs.opportunities, ...over }) as Opportunity;
const rates = { base: 'CNY', rateToBase: { USD: 7 } };

describe('weightedTotals', () => {
  it('weights by probability and groups by currency, converting to base where a rate exists', () => {
    const t = weightedTotals(
      [
        opp({ id: 'o-aaaaaaa1', amount: 1000, currency: 'USD', probability: 60 }),
        opp({ id: 'o-aaaaaaa2', amount: 500, currency: 'USD', probability: 10 }),
        opp({ id: 'o-aaaaaaa3', amount: 2000, currency: 'CNY', probability: 50 }),
        opp({ id: 'o-aaaaaaa4', amount: 100, currency: 'EUR', probability: 100 }),
      ],
      rates,
    );
    expect(t.byCurrency).toEqual([
      { currency: 'CNY', amount: 2000, weighted: 1000 },
      { currency: 'EUR', amount: 100, weighted: 100 },
      { currency: 'USD', amount: 1500, weighted: 650 },
    ]);
    expect(t.weightedBase).toBe(1000 + 650 * 7);
    expect(t.missingRates).toEqual(['EUR']);
  });
});

describe('isStale', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  it('is an open deal untouched for the company hours, counted in elapsed time', () => {
    expect(isStale({ status: 'open' }, '2026-11-21T12:00:00.000Z', 48, now)).toBe(true);
    expect(isStale({ status: 'open' }, '2026-11-21T12:00:01.000Z', 48, now)).toBe(false);
    expect(isStale({ status: 'won' }, '2026-01-01T00:00:00.000Z', 48, now)).toBe(false);
  });
});

describe('isOverdue', () => {
  it('is overdue only while open and after the expected close date', () => {
    expect(isOverdue({ status: 'open', expectedCloseDate: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'open', expectedCloseDate: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'won', expectedCloseDate: '2026-01-01' }, '2026-11-23')).toBe(false);
  });
});

describe('boardColumns', () => {
  it('puts each opportunity in its stage, and one whose stage was removed in the resolved stage', () => {
    const cols = boardColumns(
      pipeline,
      [
        opp({ id: 'o-aaaaaaa1', stageId: 'st-quote', probability: 60 }),
        opp({ id: 'o-aaaaaaa2', stageId: 'st-gone', probability: 36 }),
      ],
      rates,
    );
    expect(cols.map((c) => c.stage.id)).toEqual(pipeline.stages.map((s) => s.id));
    expect(cols.find((c) => c.stage.id === 'st-quote')!.opps.map((o) => o.id)).toEqual(['o-aaaaaaa1']);
    expect(cols.find((c) => c.stage.id === 'st-visit')!.opps.map((o) => o.id)).toEqual(['o-aaaaaaa2']);
  });
});

describe('neighbourStage', () => {
  it('steps one stage either way and stops at the ends', () => {
    expect(neighbourStage(pipeline, opp({ stageId: 'st-got' }), 1)?.id).toBe('st-contact');
    expect(neighbourStage(pipeline, opp({ stageId: 'st-contact' }), -1)?.id).toBe('st-got');
    expect(neighbourStage(pipeline, opp({ stageId: 'st-got' }), -1)).toBeUndefined();
    expect(neighbourStage(pipeline, opp({ stageId: 'st-lost', status: 'lost' }), 1)).toBeUndefined();
  });
});
