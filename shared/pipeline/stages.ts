import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline, Stage } from '@shared/model/settings';

export interface PipelineEntry {
  id: string;
  pipeline: Pipeline;
}

export function findStage(pipeline: Pipeline, stageId: string): Stage | undefined {
  return pipeline.stages.find((s) => s.id === stageId);
}

export function openStages(pipeline: Pipeline): Stage[] {
  return pipeline.stages.filter((s) => s.kind === 'open');
}

/** The pipeline an opportunity runs in: its own, else the default for its kind, else any of its kind, else the first. */
export function pipelineFor(
  opp: Pick<Opportunity, 'pipelineId' | 'kind'>,
  pipelines: PipelineEntry[],
): PipelineEntry | undefined {
  return (
    pipelines.find((p) => p.id === opp.pipelineId) ??
    pipelines.find((p) => p.pipeline.opportunityKind === opp.kind && p.pipeline.isDefault) ??
    pipelines.find((p) => p.pipeline.opportunityKind === opp.kind) ??
    pipelines[0]
  );
}

export interface ResolvedStage {
  stage: Stage;
  /** True when the opportunity's stage no longer exists and was mapped to another one. */
  mapped: boolean;
}

/**
 * The stage to show an opportunity in. A configuration change never breaks a record: when the admin removed
 * the opportunity's stage, it is shown (not rewritten) in
 * - the first won / lost stage if the deal is won / lost (expired counts as lost: it ended without a win);
 * - else the furthest open stage whose default probability does not exceed the opportunity's probability,
 *   i.e. the stage that best matches how far the deal had got;
 * - else the first open stage.
 * The stored stageId is left alone, so restoring the stage restores the record; the next stage change fixes it.
 */
export function resolveStage(
  pipeline: Pipeline,
  opp: Pick<Opportunity, 'stageId' | 'status' | 'probability'>,
): ResolvedStage {
  const own = findStage(pipeline, opp.stageId);
  if (own) return { stage: own, mapped: false };
  const closedKind = opp.status === 'won' ? 'won' : opp.status === 'open' ? undefined : 'lost';
  const closed = closedKind && pipeline.stages.find((s) => s.kind === closedKind);
  if (closed) return { stage: closed, mapped: true };
  const open = openStages(pipeline);
  const reached = open.filter((s) => s.probability <= opp.probability).at(-1);
  return { stage: reached ?? open[0] ?? pipeline.stages[0]!, mapped: true };
}

/**
 * The stage one step forward or back along the board, for keyboard moves on the kanban. Open stages in order,
 * then the won stage; lost is not "next" (losing is an explicit choice). From a removed stage, moves start at
 * the stage it maps to. undefined at either end.
 */
export function adjacentStage(
  pipeline: Pipeline,
  opp: Pick<Opportunity, 'stageId' | 'status' | 'probability'>,
  direction: 1 | -1,
): Stage | undefined {
  const won = pipeline.stages.find((s) => s.kind === 'won');
  const track = [...openStages(pipeline), ...(won ? [won] : [])];
  const current = resolveStage(pipeline, opp).stage;
  const i = track.findIndex((s) => s.id === current.id);
  if (i < 0) return direction === -1 ? track.at(-2) : undefined;
  return track[i + direction];
}
