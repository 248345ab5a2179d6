import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline } from '@shared/model/settings';
import { resolveStage } from './stages';

export type ProbabilityPatch = Pick<Opportunity, 'probability' | 'probabilityOverridden'>;

/** A rep sets the win probability by hand: kept across later stage changes until reset. */
export function overrideProbability(
  value: number,
): { ok: true; patch: ProbabilityPatch } | { ok: false; field: 'probability'; message: string } {
  if (!Number.isFinite(value) || value < 0 || value > 100)
    return { ok: false, field: 'probability', message: 'probability must be between 0 and 100' };
  return { ok: true, patch: { probability: Math.round(value * 10) / 10, probabilityOverridden: true } };
}

/** Back to the stage's default probability (of the stage it maps to, if its own was removed). */
export function resetProbability(
  opp: Pick<Opportunity, 'stageId' | 'status' | 'probability'>,
  pipeline: Pipeline,
): ProbabilityPatch {
  return { probability: resolveStage(pipeline, opp).stage.probability, probabilityOverridden: false };
}
