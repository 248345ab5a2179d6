import { pipelineSchema, type Pipeline, type Stage } from '@shared/model/settings';

/**
 * Pure edits of a pipeline for the admin editor. Stage ids are never changed or reused: opportunities point at
 * them, and a removed stage's records are shown in the nearest stage (resolveStage) rather than rewritten.
 */
export function addStage(p: Pipeline, id: string, name: string): Pipeline {
  const at = p.stages.findIndex((s) => s.kind !== 'open');
  const insertAt = at === -1 ? p.stages.length : at;
  const prev = p.stages[insertAt - 1];
  const stage: Stage = { id, name, probability: prev?.kind === 'open' ? prev.probability : 10, kind: 'open' };
  return { ...p, stages: [...p.stages.slice(0, insertAt), stage, ...p.stages.slice(insertAt)] };
}

export function moveStage(p: Pipeline, index: number, step: -1 | 1): Pipeline {
  const to = index + step;
  if (index < 0 || to < 0 || to >= p.stages.length) return p;
  const stages = [...p.stages];
  [stages[index], stages[to]] = [stages[to]!, stages[index]!];
  return { ...p, stages };
}

export function updateStage(p: Pipeline, index: number, patch: Partial<Omit<Stage, 'id'>>): Pipeline {
  return { ...p, stages: p.stages.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

export function removeStage(p: Pipeline, index: number): Pipeline {
  return { ...p, stages: p.stages.filter((_, i) => i !== index) };
}

export interface PipelineIssue {
  field: string;
  message: string;
}

/** The schema's checks plus the rules a board needs: an open stage to start in, a won stage, unique ids. */
export function pipelineIssues(p: Pipeline): PipelineIssue[] {
  const parsed = pipelineSchema.safeParse(p);
  const issues: PipelineIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'pipeline', message: i.message }));
  if (!p.stages.some((s) => s.kind === 'open'))
    issues.push({ field: 'stages', message: 'a pipeline needs at least one open stage' });
  if (!p.stages.some((s) => s.kind === 'won'))
    issues.push({ field: 'stages', message: 'a pipeline needs a won stage' });
  const seen = new Set<string>();
  p.stages.forEach((s, i) => {
    if (seen.has(s.id)) issues.push({ field: `stages.${i}.id`, message: `stage id "${s.id}" is used twice` });
    seen.add(s.id);
  });
  return issues;
}
