import type { Opportunity } from '@shared/model/opportunity';
import { BaseSum, round2, type CurrencyRates } from './currency';
import { byKey, groupKey, inScope, type GroupBy, type OpportunityScope } from './scope';

export interface ForecastRow {
  key: string;
  count: number;
  /** In the company currency. */
  amount: number;
  /** Σ amount × probability, in the company currency. */
  weighted: number;
  /** The same per original currency, before conversion. */
  byCurrency: Record<string, { amount: number; weighted: number }>;
}

export interface ForecastOptions {
  groupBy: GroupBy;
  scope: OpportunityScope;
  rates: CurrencyRates;
  /** Only deals expected to close in this inclusive date range (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface Forecast {
  rows: ForecastRow[];
  total: Omit<ForecastRow, 'key'>;
  /** Currencies without a rate: their deals are counted but add nothing to the base-currency sums. */
  missingRates: string[];
}

/** Running totals of one row (or the grand total). */
class Accumulator {
  count = 0;
  readonly amount: BaseSum;
  readonly weighted: BaseSum;
  readonly byCurrency: ForecastRow['byCurrency'] = {};
  constructor(rates: CurrencyRates) {
    this.amount = new BaseSum(rates);
    this.weighted = new BaseSum(rates);
  }

  add(o: Opportunity): void {
    const weighted = (o.amount * o.probability) / 100;
    this.count++;
    this.amount.add(o.amount, o.currency);
    this.weighted.add(weighted, o.currency);
    const cur = (this.byCurrency[o.currency] ??= { amount: 0, weighted: 0 });
    cur.amount = round2(cur.amount + o.amount);
    cur.weighted = round2(cur.weighted + weighted);
  }

  result(): Omit<ForecastRow, 'key'> {
    return {
      count: this.count,
      amount: round2(this.amount.total),
      weighted: round2(this.weighted.total),
      byCurrency: this.byCurrency,
    };
  }
}

/** Weighted pipeline forecast of open deals, grouped per rep, department or expected-close month. */
export function weightedForecast(opps: readonly Opportunity[], options: ForecastOptions): Forecast {
  const { groupBy, scope, rates, from, to } = options;
  const rows = new Map<string, Accumulator>();
  const total = new Accumulator(rates);
  for (const o of opps) {
    if (o.status !== 'open' || !inScope(o, scope)) continue;
    if ((from && o.expectedCloseDate < from) || (to && o.expectedCloseDate > to)) continue;
    const key = groupKey(o, groupBy, o.expectedCloseDate);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Accumulator(rates)));
    row.add(o);
    total.add(o);
  }
  return {
    rows: [...rows.entries()].map(([key, acc]) => ({ key, ...acc.result() })).sort(byKey),
    total: total.result(),
    missingRates: [...total.amount.missing].sort(),
  };
}
