import { describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/model/settings';
import { defaultPipelines } from './defaults';
import { adjacentStage, findStage, pipelineFor, resolveStage } from './stages';

const [ordinary, project] = defaultPipelines();
const pl = ordinary!.pipeline;

describe('findStage / pipelineFor', () => {
  it('finds a stage by id and nothing for an unknown id', () => {
    expect(findStage(pl, 'st-quote')?.probability).toBe(60);
    expect(findStage(pl, 'nope')).toBeUndefined();
  });

  it('uses the opportunity pipeline, else the default of its kind', () => {
    const all = defaultPipelines();
    expect(pipelineFor({ pipelineId: 'pl-project', kind: 'ordinary' }, all)?.id).toBe('pl-project');
    expect(pipelineFor({ pipelineId: 'gone', kind: 'project' }, all)?.id).toBe(project!.id);
    expect(pipelineFor({ pipelineId: 'gone', kind: 'ordinary' }, all)?.id).toBe('pl-ordinary');
    expect(pipelineFor({ pipelineId: 'gone', kind: 'ordinary' }, [])).toBeUndefined();
  });
});

describe('resolveStage: a removed stage maps to a sensible one', () => {
  const withoutVisit: Pipeline = { ...pl, stages: pl.stages.filter((s) => s.id !== 'st-visit') };

  it('keeps an existing stage', () => {
    expect(resolveStage(pl, { stageId: 'st-visit', status: 'open', probability: 35 })).toEqual({
      stage: findStage(pl, 'st-visit'),
      mapped: false,
    });
  });

  it('maps an open deal to the furthest stage its probability reached', () => {
    const r = resolveStage(withoutVisit, { stageId: 'st-visit', status: 'open', probability: 35 });
    expect(r).toMatchObject({ mapped: true, stage: { id: 'st-needs' } });
    expect(resolveStage(withoutVisit, { stageId: 'x', status: 'open', probability: 70 }).stage.id).toBe(
      'st-quote',
    );
  });

  it('maps a deal below every stage to the first open stage', () => {
    const p: Pipeline = { ...pl, stages: pl.stages.filter((s) => s.id !== 'st-got') };
    expect(resolveStage(p, { stageId: 'st-got', status: 'open', probability: 5 }).stage.id).toBe(
      'st-contact',
    );
  });

  it('maps won to the won stage and lost/expired to the lost stage', () => {
    expect(resolveStage(pl, { stageId: 'old-won', status: 'won', probability: 100 }).stage.id).toBe('st-won');
    expect(resolveStage(pl, { stageId: 'old-lost', status: 'lost', probability: 0 }).stage.id).toBe(
      'st-lost',
    );
    expect(resolveStage(pl, { stageId: 'st-quote-old', status: 'expired', probability: 60 }).stage.id).toBe(
      'st-lost',
    );
  });

  it('falls back to open stages when the pipeline has no closed stage of that kind', () => {
    const p: Pipeline = { ...pl, stages: pl.stages.filter((s) => s.kind === 'open') };
    expect(resolveStage(p, { stageId: 'x', status: 'won', probability: 100 }).stage.id).toBe('st-audit');
  });
});

describe('adjacentStage: keyboard moves on the board', () => {
  const at = (stageId: string, status: 'open' | 'won' | 'lost' = 'open', probability = 30) => ({
    stageId,
    status,
    probability,
  });

  it('steps through open stages and then to won', () => {
    expect(adjacentStage(pl, at('st-got'), 1)?.id).toBe('st-contact');
    expect(adjacentStage(pl, at('st-contact'), -1)?.id).toBe('st-got');
    expect(adjacentStage(pl, at('st-audit'), 1)?.id).toBe('st-won');
  });

  it('stops at the ends and never steps into lost', () => {
    expect(adjacentStage(pl, at('st-got'), -1)).toBeUndefined();
    expect(adjacentStage(pl, at('st-won', 'won', 100), 1)).toBeUndefined();
    expect(adjacentStage(pl, at('st-lost', 'lost', 0), 1)).toBeUndefined();
    expect(adjacentStage(pl, at('st-lost', 'lost', 0), -1)?.id).toBe('st-audit');
  });

  it('starts from the mapped stage when the current one was removed', () => {
    expect(adjacentStage(pl, at('st-removed', 'open', 35), 1)?.id).toBe('st-samples');
  });
});
