import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline, Stage } from '@shared/model/settings';
import { canWrite, type Viewer } from '@shared/permissions/policy';
import { adjacentStage, resolveStage } from '@shared/pipeline/stages';

export interface FeedbackStageOffer {
  /** Where the deal stands now (a removed stage shows as the one it maps to). */
  current: Stage;
  /** The stage the feedback most likely moves it to: the next one along the board. */
  next: Stage;
  /** Every stage it may be moved to instead (all but the current one). */
  choices: Stage[];
  /** False when the viewer may not change this opportunity: the option is shown, disabled. */
  allowed: boolean;
}

/**
 * What recording a sample's feedback can do to its opportunity: move it one stage on (the brief: "colour OK"
 * → quotation at 60 %). Nothing is offered for a closed deal or at the end of the board. Whether the viewer
 * may is the server's own rule (canWrite), so the option is never offered to someone the push would refuse.
 */
export function feedbackStageOffer(
  opp: Opportunity,
  pipeline: Pipeline,
  viewer: Viewer,
): FeedbackStageOffer | null {
  if (opp.status !== 'open' || opp.trashedAt) return null;
  const current = resolveStage(pipeline, opp).stage;
  const next = adjacentStage(pipeline, opp, 1);
  if (!next) return null;
  return {
    current,
    next,
    choices: pipeline.stages.filter((s) => s.id !== current.id),
    allowed: canWrite(viewer, 'opportunities', opp, opp, false).ok,
  };
}
