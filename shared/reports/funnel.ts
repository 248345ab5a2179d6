import type { Activity } from '@shared/model/activity';
import type { Opportunity } from '@shared/model/opportunity';
import type { Stage } from '@shared/model/settings';
import type { PipelineEntry } from '@shared/pipeline/stages';

export interface FunnelStage {
  stageId: string;
  name: string;
  /** Deals that reached this stage or a later one (a skipped stage still counts as passed). */
  reached: number;
  /** Deals sitting in this stage now (open ones; the won stage counts won deals). */
  current: number;
  /** reached(next) / reached(this), 0–1; null for the last stage or when nothing reached this one. */
  conversionToNext: number | null;
}

export interface Funnel {
  stages: FunnelStage[];
  lost: number;
  /** won / all deals in the pipeline, 0–1; null when there are none. */
  winRate: number | null;
}

const stageEventIds = (e: Activity): string[] => {
  const d = e.data ?? {};
  return [d.fromStageId, d.toStageId].filter((x): x is string => typeof x === 'string');
};

/**
 * The stage funnel of one pipeline with stage-to-stage conversion rates. How far each deal got comes from its
 * stage-history events (so a lost deal counts for every stage it passed), its current stage and its status.
 */
export function funnelReport(
  entry: PipelineEntry,
  opps: readonly Opportunity[],
  events: readonly Activity[],
): Funnel {
  const won = entry.pipeline.stages.find((s) => s.kind === 'won');
  const steps: Stage[] = [...entry.pipeline.stages.filter((s) => s.kind === 'open'), ...(won ? [won] : [])];
  const indexOf = new Map(steps.map((s, i) => [s.id, i]));
  const deals = opps.filter((o) => o.pipelineId === entry.id && !o.trashedAt);
  const furthest = new Map(
    deals.map((o) => [o.id, o.status === 'won' ? steps.length - 1 : (indexOf.get(o.stageId) ?? -1)]),
  );
  for (const e of events) {
    if (e.kind !== 'stageChange' || e.subjectType !== 'opportunity' || !furthest.has(e.subjectId)) continue;
    for (const id of stageEventIds(e)) {
      const i = indexOf.get(id);
      // Only a won deal may count as having reached the won stage (a reopened deal did not win).
      if (i !== undefined && !(won && id === won.id && furthest.get(e.subjectId)! < i))
        furthest.set(e.subjectId, Math.max(furthest.get(e.subjectId)!, i));
    }
  }
  const reached = steps.map((_, i) => [...furthest.values()].filter((f) => f >= i).length);
  const stages = steps.map((s, i) => ({
    stageId: s.id,
    name: s.name,
    reached: reached[i]!,
    current: deals.filter((o) =>
      s.kind === 'won' ? o.status === 'won' : o.status === 'open' && o.stageId === s.id,
    ).length,
    conversionToNext: i + 1 < steps.length && reached[i]! > 0 ? reached[i + 1]! / reached[i]! : null,
  }));
  const wins = deals.filter((o) => o.status === 'won').length;
  return {
    stages,
    lost: deals.filter((o) => o.status === 'lost' || o.status === 'expired').length,
    winRate: deals.length > 0 ? wins / deals.length : null,
  };
}
