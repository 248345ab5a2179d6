import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline } from '@shared/model/settings';
import type { Actor } from '@shared/model/stamp';
import { canEnterStage, type Requirement, type StageEvidence } from '@shared/pipeline/evidence';
import { applyStageChange } from '@shared/pipeline/stage-change';
import { findStage } from '@shared/pipeline/stages';
import type { CrmDatabase } from '../db/database';
import { insertDoc, updateDoc } from '../db/write';

export type MoveResult =
  | { ok: true; opportunity: Opportunity }
  /** `missing`: the evidence the stage requires and the deal lacks, for a message in the UI language. */
  | { ok: false; field: string; message: string; missing?: Requirement[] };

const SHIPPED = ['shipped', 'delivered', 'feedback'];

/** What the opportunity already has, counted from the local store: shipped samples, quotes, contacts. */
export async function evidenceFor(db: CrmDatabase, opp: Opportunity): Promise<StageEvidence> {
  const [samples, docs] = await Promise.all([
    db.samples.find({ selector: { opportunityId: opp.id } }).exec(),
    db.documents.find({ selector: { sourceId: opp.id } }).exec(),
  ]);
  return {
    shippedSamples: samples.filter((s) => !s.trashedAt && SHIPPED.includes(s.status)).length,
    // A cancelled quote was withdrawn: it no longer shows the customer a price.
    quotes: docs.filter(
      (d) => !d.trashedAt && d.kind === 'quote' && d.sourceType === 'opportunity' && d.status !== 'cancelled',
    ).length,
    contacts: opp.contactIds.length,
  };
}

/** A checked stage move, written only when `write` is called (so a caller can save it with other changes). */
export type PreparedMove =
  { ok: true; write: () => Promise<Opportunity> } | Extract<MoveResult, { ok: false }>;

/**
 * Checks a move of an opportunity to a stage against the stage's evidence and the pipeline; nothing is written.
 * `write` then updates the record and appends the stage-history activity (who, when, from → to, probability,
 * note).
 */
export async function prepareStageMove(
  db: CrmDatabase,
  opp: Opportunity,
  toStageId: string,
  pipeline: Pipeline,
  actor: Actor,
  note?: string,
  now = new Date(),
): Promise<PreparedMove> {
  const target = findStage(pipeline, toStageId);
  if (target) {
    const check = canEnterStage(opp, target, await evidenceFor(db, opp));
    if (!check.ok) return { ok: false, field: 'stageId', message: check.message, missing: check.missing };
  }
  const change = applyStageChange(opp, toStageId, pipeline, actor, now, note);
  if (!change.ok) return change;
  return {
    ok: true,
    write: async () => {
      const updated = await updateDoc(db, 'opportunities', opp.id, change.patch, actor, now);
      await insertDoc(db, 'activities', { ...change.history, ...change.historyOwner }, actor, now);
      return updated;
    },
  };
}

/**
 * Moves an opportunity to a stage: refuses when the stage's evidence is missing, else updates the record and
 * appends the stage-history activity. Nothing is written on a refusal.
 */
export async function moveToStage(
  db: CrmDatabase,
  opp: Opportunity,
  toStageId: string,
  pipeline: Pipeline,
  actor: Actor,
  note?: string,
  now = new Date(),
): Promise<MoveResult> {
  const prepared = await prepareStageMove(db, opp, toStageId, pipeline, actor, note, now);
  if (!prepared.ok) return prepared;
  return { ok: true, opportunity: await prepared.write() };
}
