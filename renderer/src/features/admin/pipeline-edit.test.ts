import { describe, expect, it } from 'vitest';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { addStage, moveStage, pipelineIssues, removeStage, updateStage } from './pipeline-edit';

const base = () => defaultPipelines()[0]!.pipeline;

describe('pipeline edits', () => {
  it('adds a new open stage before the closed stages, with the previous stage probability', () => {
    const p = addStage(base(), 'st-new', 'Booth follow-up');
    const i = p.stages.findIndex((s) => s.id === 'st-new');
    expect(p.stages[i + 1]!.kind).toBe('won');
    expect(p.stages[i]).toEqual({ id: 'st-new', name: 'Booth follow-up', probability: 80, kind: 'open' });
    expect(pipelineIssues(p)).toEqual([]);
  });

  it('reorders, renames and removes stages without touching ids of the others', () => {
    let p = moveStage(base(), 0, 1);
    expect(p.stages.slice(0, 2).map((s) => s.id)).toEqual(['st-contact', 'st-got']);
    expect(moveStage(p, 0, -1)).toBe(p);
    p = updateStage(p, 1, { name: 'New lead', probability: 15, requires: ['contact'] });
    expect(p.stages[1]).toMatchObject({
      id: 'st-got',
      name: 'New lead',
      probability: 15,
      requires: ['contact'],
    });
    p = removeStage(p, 1);
    expect(p.stages.some((s) => s.id === 'st-got')).toBe(false);
  });

  it('reports bad pipelines naming the field', () => {
    expect(pipelineIssues(updateStage(base(), 0, { probability: 150 }))).toContainEqual(
      expect.objectContaining({ field: 'stages.0.probability' }),
    );
    expect(pipelineIssues(updateStage(base(), 0, { name: '' }))).toContainEqual(
      expect.objectContaining({ field: 'stages.0.name' }),
    );
    const noWon = base();
    noWon.stages = noWon.stages.filter((s) => s.kind !== 'won');
    expect(pipelineIssues(noWon)).toContainEqual({
      field: 'stages',
      message: 'a pipeline needs a won stage',
    });
    const dup = base();
    dup.stages[1] = { ...dup.stages[1]!, id: 'st-got' };
    expect(pipelineIssues(dup)).toContainEqual({
      field: 'stages.1.id',
      message: 'stage id "st-got" is used twice',
    });
  });
});
