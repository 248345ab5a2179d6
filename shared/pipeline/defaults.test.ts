import { describe, expect, it } from 'vitest';
import { pipelineSchema } from '@shared/model/settings';
import { validateDoc } from '@shared/model/validate';
import { validDocs } from '@shared/model/fixtures';
import { DEFAULT_STAGE_LABELS, defaultPipelines, stageLabel } from './defaults';

describe('defaultPipelines', () => {
  it('ships an ordinary and a project pipeline with stable ids that pass the schema', () => {
    const pls = defaultPipelines();
    expect(pls.map((p) => p.id)).toEqual(['pl-ordinary', 'pl-project']);
    for (const { pipeline } of pls) expect(pipelineSchema.parse(pipeline)).toEqual(pipeline);
    expect(pls.map((p) => p.pipeline.opportunityKind)).toEqual(['ordinary', 'project']);
  });

  it('validates as a settings document', () => {
    for (const { id, pipeline } of defaultPipelines()) {
      const r = validateDoc('settings', { ...validDocs.settings, id, kind: 'pipeline', data: pipeline });
      expect(r.ok).toBe(true);
    }
  });

  it('follows the brief: samples require a sample, quotation at 60%, closed won/lost', () => {
    const ordinary = defaultPipelines()[0]!.pipeline;
    expect(ordinary.stages.map((s) => s.name)).toEqual([
      '获得商机',
      '初步接洽',
      '需求收集',
      '客户拜访',
      '提供样品',
      '报价',
      '客户验厂',
      '赢单',
      '输单',
    ]);
    const byId = Object.fromEntries(ordinary.stages.map((s) => [s.id, s]));
    expect(byId['st-samples']!.requires).toEqual(['sample']);
    expect(byId['st-quote']!.probability).toBe(60);
    expect(byId['st-won']).toMatchObject({ kind: 'won', probability: 100 });
    expect(byId['st-lost']).toMatchObject({ kind: 'lost', probability: 0 });
  });

  it('has unique stage ids across pipelines and probabilities rising along open stages', () => {
    const all = defaultPipelines().flatMap((p) => p.pipeline.stages);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const { pipeline } of defaultPipelines()) {
      const open = pipeline.stages.filter((s) => s.kind === 'open').map((s) => s.probability);
      expect([...open].sort((a, b) => a - b)).toEqual(open);
    }
  });

  it('returns fresh copies so a caller cannot mutate the defaults', () => {
    const a = defaultPipelines();
    a[0]!.pipeline.stages[0]!.probability = 99;
    a[0]!.pipeline.stages[4]!.requires!.push('quote');
    expect(defaultPipelines()[0]!.pipeline.stages[0]!.probability).toBe(10);
    expect(defaultPipelines()[0]!.pipeline.stages[4]!.requires).toEqual(['sample']);
  });
});

describe('stageLabel', () => {
  it('gives zh and en names for every default stage', () => {
    for (const { pipeline } of defaultPipelines())
      for (const s of pipeline.stages) expect(DEFAULT_STAGE_LABELS[s.id]).toBeDefined();
    expect(stageLabel({ id: 'st-audit', name: '客户验厂' }, 'en')).toBe('Factory audit by customer');
    expect(stageLabel({ id: 'st-audit', name: 'x' }, 'zh-CN')).toBe('客户验厂');
  });

  it('falls back to the configured name for admin-made stages', () => {
    expect(stageLabel({ id: 'custom-1', name: 'Trial order' }, 'en')).toBe('Trial order');
  });
});
