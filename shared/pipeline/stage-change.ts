import type { Activity } from '@shared/model/activity';
import type { BaseDoc } from '@shared/model/common';
import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline } from '@shared/model/settings';
import type { Actor } from '@shared/model/stamp';
import { findStage } from './stages';

export type OpportunityStagePatch = Pick<
  Opportunity,
  'stageId' | 'probability' | 'status' | 'probabilityOverridden'
> & {
  /** undefined clears it (updateDoc deletes keys patched to undefined) when a closed deal is reopened. */
  closedAt: string | undefined;
};

/** The payload of a stage-change history event (activity.data). */
export interface StageChangeData {
  fromStageId: string;
  toStageId: string;
  fromProbability: number;
  probability: number;
  status: Opportunity['status'];
  byUserId: string;
  note?: string;
}

export type StageHistoryFields = Omit<Activity, keyof BaseDoc> & { data: StageChangeData };

export type StageChangeResult =
  | {
      ok: true;
      patch: OpportunityStagePatch;
      /** Activity fields to insert; the event follows the opportunity's owner so the next owner sees it. */
      history: StageHistoryFields;
      historyOwner: Pick<BaseDoc, 'ownerId' | 'departmentId'>;
    }
  | { ok: false; field: 'stageId'; message: string };

/**
 * Moves an opportunity to another stage of its pipeline. Probability follows the stage's default unless someone
 * set it by hand (then it is kept while the deal is open); entering a won/lost stage closes the deal with the
 * stage's probability (the outcome is known), leaving one reopens it. Evidence is checked by canEnterStage first.
 */
export function applyStageChange(
  opp: Opportunity,
  toStageId: string,
  pipeline: Pipeline,
  actor: Actor,
  now: Date,
  note?: string,
): StageChangeResult {
  const to = findStage(pipeline, toStageId);
  if (!to)
    return {
      ok: false,
      field: 'stageId',
      message: `stage "${toStageId}" is not in pipeline "${pipeline.name}"`,
    };
  if (to.id === opp.stageId)
    return { ok: false, field: 'stageId', message: `the opportunity is already in stage "${to.name}"` };
  const closes = to.kind !== 'open';
  const keepManual = !closes && opp.probabilityOverridden;
  const probability = keepManual ? opp.probability : to.probability;
  const status: Opportunity['status'] = to.kind === 'open' ? 'open' : to.kind;
  const iso = now.toISOString();
  const patch: OpportunityStagePatch = {
    stageId: to.id,
    probability,
    probabilityOverridden: keepManual,
    status,
    closedAt: closes ? iso : undefined,
  };
  const fromName = findStage(pipeline, opp.stageId)?.name ?? opp.stageId;
  const trimmed = note?.trim();
  const history: StageHistoryFields = {
    kind: 'stageChange',
    subjectType: 'opportunity',
    subjectId: opp.id,
    accountId: opp.accountId,
    at: iso,
    title: `${fromName} → ${to.name}`,
    ...(trimmed ? { body: trimmed } : {}),
    data: {
      fromStageId: opp.stageId,
      toStageId: to.id,
      fromProbability: opp.probability,
      probability,
      status,
      byUserId: actor.userId,
      ...(trimmed ? { note: trimmed } : {}),
    },
  };
  return { ok: true, patch, history, historyOwner: { ownerId: opp.ownerId, departmentId: opp.departmentId } };
}
