import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline, Stage } from '@shared/model/settings';
import { resolveStage } from '@shared/pipeline/stages';
import { round2, toBase, type CurrencyRates } from '@shared/reports/currency';

export interface CurrencyTotal {
  currency: string;
  amount: number;
  /** Σ amount × probability / 100: what the column is worth, weighted by the chance to win. */
  weighted: number;
}

export interface WeightedTotals {
  byCurrency: CurrencyTotal[];
  /** The weighted sum converted to the company currency; currencies without a rate are left out and listed. */
  weightedBase: number;
  missingRates: string[];
}

/** Weighted totals grouped by currency (never added across currencies) and, where rates allow, in base currency. */
export function weightedTotals(opps: readonly Opportunity[], rates: CurrencyRates): WeightedTotals {
  const by = new Map<string, CurrencyTotal>();
  const missing = new Set<string>();
  let base = 0;
  for (const o of opps) {
    const t = by.get(o.currency) ?? { currency: o.currency, amount: 0, weighted: 0 };
    const w = (o.amount * o.probability) / 100;
    t.amount += o.amount;
    t.weighted += w;
    by.set(o.currency, t);
    const inBase = toBase(w, o.currency, rates);
    if (inBase === undefined) missing.add(o.currency);
    else base += inBase;
  }
  const byCurrency = [...by.values()]
    .map((t) => ({ ...t, amount: round2(t.amount), weighted: round2(t.weighted) }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return { byCurrency, weightedBase: round2(base), missingRates: [...missing].sort() };
}

/** Past its expected close date with no result: known on the device itself, offline too. */
export function isOverdue(opp: Pick<Opportunity, 'status' | 'expectedCloseDate'>, today: string): boolean {
  return opp.status === 'open' && opp.expectedCloseDate < today;
}

/**
 * An open deal nobody touched (edited it, or logged anything on it) for the company's staleHours: the same
 * rule as the server's alert to the manager, shown on the board before that alert arrives.
 */
export function isStale(
  opp: Pick<Opportunity, 'status'>,
  lastTouchedAt: string,
  staleHours: number,
  now: Date,
): boolean {
  return opp.status === 'open' && now.getTime() - Date.parse(lastTouchedAt) >= staleHours * 3_600_000;
}

export interface BoardColumn {
  stage: Stage;
  opps: Opportunity[];
  totals: WeightedTotals;
}

/** One column per stage in pipeline order; a record whose stage was removed shows in its resolved stage. */
export function boardColumns(
  pipeline: Pipeline,
  opps: readonly Opportunity[],
  rates: CurrencyRates,
): BoardColumn[] {
  const byStage = new Map<string, Opportunity[]>(pipeline.stages.map((s) => [s.id, []]));
  for (const o of opps) byStage.get(resolveStage(pipeline, o).stage.id)?.push(o);
  return pipeline.stages.map((stage) => {
    const list = (byStage.get(stage.id) ?? []).sort(
      (a, b) => a.expectedCloseDate.localeCompare(b.expectedCloseDate) || a.name.localeCompare(b.name),
    );
    return { stage, opps: list, totals: weightedTotals(list, rates) };
  });
}

/** The stage one step left (-1) or right (+1) of the opportunity's (resolved) stage, if there is one. */
export function neighbourStage(pipeline: Pipeline, opp: Opportunity, step: -1 | 1): Stage | undefined {
  const at = pipeline.stages.findIndex((s) => s.id === resolveStage(pipeline, opp).stage.id);
  return pipeline.stages[at + step];
}
