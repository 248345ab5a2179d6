import { describe, expect, it } from 'vitest';
import type { Activity } from '@shared/model/activity';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { funnelReport } from './funnel';

const entry = defaultPipelines()[0]!;
const o = (id: string, stageId: string, status: Opportunity['status'] = 'open'): Opportunity => ({
  ...validDocs.opportunities,
  id,
  stageId,
  status,
});
const move = (subjectId: string, fromStageId: string, toStageId: string): Activity => ({
  ...validDocs.activities,
  id: `act-${subjectId}-${toStageId}`,
  subjectId,
  data: { fromStageId, toStageId, probability: 0 },
});

describe('funnelReport', () => {
  const opps = [
    o('a', 'st-got'),
    o('b', 'st-needs'),
    o('c', 'st-quote'),
    o('d', 'st-won', 'won'),
    o('e', 'st-lost', 'lost'),
    { ...o('x', 'st-quote'), pipelineId: 'pl-project' },
  ];
  const events = [
    move('b', 'st-got', 'st-needs'),
    move('e', 'st-got', 'st-contact'),
    move('e', 'st-contact', 'st-lost'),
    move('d', 'st-audit', 'st-won'),
  ];
  const f = funnelReport(entry, opps, events);
  const row = (id: string) => f.stages.find((s) => s.stageId === id)!;

  it('counts how many deals reached each stage, from history and current stage', () => {
    expect(f.stages.map((s) => s.stageId)).toEqual([
      'st-got',
      'st-contact',
      'st-needs',
      'st-visit',
      'st-samples',
      'st-quote',
      'st-audit',
      'st-won',
    ]);
    expect(f.stages.map((s) => s.reached)).toEqual([5, 4, 3, 2, 2, 2, 1, 1]);
  });

  it('gives stage-to-stage conversion rates', () => {
    expect(row('st-got').conversionToNext).toBe(4 / 5);
    expect(row('st-contact').conversionToNext).toBe(3 / 4);
    expect(row('st-quote').conversionToNext).toBe(1 / 2);
    expect(row('st-won').conversionToNext).toBeNull();
  });

  it('counts current deals, lost ones and the win rate, within this pipeline only', () => {
    expect(row('st-quote').current).toBe(1);
    expect(row('st-won').current).toBe(1);
    expect(f.lost).toBe(1);
    expect(f.winRate).toBe(1 / 5);
  });

  it('does not count a reopened deal as won and ignores unknown stages', () => {
    const g = funnelReport(
      entry,
      [o('r', 'st-quote')],
      [move('r', 'st-quote', 'st-won'), move('r', 'st-won', 'st-quote'), move('r', 'gone', 'st-quote')],
    );
    expect(g.stages.at(-1)!.reached).toBe(0);
    expect(g.stages.find((s) => s.stageId === 'st-quote')!.reached).toBe(1);
    expect(
      funnelReport(entry, [], []).stages.every((s) => s.reached === 0 && s.conversionToNext === null),
    ).toBe(true);
    expect(funnelReport(entry, [], []).winRate).toBeNull();
  });
});
