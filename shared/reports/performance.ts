import type { Opportunity } from '@shared/model/opportunity';
import { BaseSum, round2, type CurrencyRates } from './currency';
import { byKey, inScope, type OpportunityScope } from './scope';
import { inRange, wonDate, type DateRange } from './won-date';

export interface PerformanceRow {
  /** Rep id or department id. */
  key: string;
  wonCount: number;
  /** Company currency. */
  wonAmount: number;
  previousAmount: number;
  /** (this − previous) / previous; null without a previous amount. */
  growth: number | null;
  quota: number | null;
  /** wonAmount / quota, 0–∞; null without a quota. */
  completion: number | null;
}

export interface PerformanceOptions {
  groupBy: 'owner' | 'department';
  period: DateRange;
  /** The period to compare with, e.g. the same month last year. */
  previous?: DateRange;
  /** Quota per rep or department in the company currency. */
  quotas?: Readonly<Record<string, number>>;
  rates: CurrencyRates;
  tz: string;
  scope?: OpportunityScope;
}

/** Sales performance: won amount per rep or department in a period, growth on a previous period, quota completion. */
export function salesPerformance(
  opps: readonly Opportunity[],
  options: PerformanceOptions,
): { rows: PerformanceRow[]; missingRates: string[] } {
  const { groupBy, period, previous, quotas = {}, rates, tz, scope = 'both' } = options;
  const current = new Map<string, { count: number; sum: BaseSum }>();
  const before = new Map<string, BaseSum>();
  const missing = new Set<string>();
  const keyOf = (o: Opportunity) => (groupBy === 'owner' ? o.ownerId : o.departmentId);
  for (const o of opps) {
    if (o.status !== 'won' || !inScope(o, scope)) continue;
    const date = wonDate(o, tz);
    const key = keyOf(o);
    if (inRange(date, period)) {
      const row = current.get(key) ?? { count: 0, sum: new BaseSum(rates) };
      row.count++;
      row.sum.add(o.amount, o.currency);
      row.sum.missing.forEach((m) => missing.add(m));
      current.set(key, row);
    } else if (previous && inRange(date, previous)) {
      const sum = before.get(key) ?? new BaseSum(rates);
      sum.add(o.amount, o.currency);
      sum.missing.forEach((m) => missing.add(m));
      before.set(key, sum);
    }
  }
  const keys = new Set([...current.keys(), ...before.keys(), ...Object.keys(quotas)]);
  const rows = [...keys].map((key): PerformanceRow => {
    const wonAmount = round2(current.get(key)?.sum.total ?? 0);
    const previousAmount = round2(before.get(key)?.total ?? 0);
    const quota = quotas[key] ?? null;
    return {
      key,
      wonCount: current.get(key)?.count ?? 0,
      wonAmount,
      previousAmount,
      growth: previous && previousAmount > 0 ? (wonAmount - previousAmount) / previousAmount : null,
      quota,
      completion: quota ? wonAmount / quota : null,
    };
  });
  return { rows: rows.sort(byKey), missingRates: [...missing].sort() };
}
