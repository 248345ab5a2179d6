import type { Opportunity } from '@shared/model/opportunity';
import { isOverdue } from '@shared/sales/expiry';
import { BaseSum, round2, type CurrencyRates } from './currency';
import { byKey } from './scope';

export interface ExpiredRow {
  /** Rep id or department id. */
  key: string;
  /** Closed automatically because the expected close date passed without a result. */
  expired: number;
  expiredAmount: number;
  /** Still open but past the expected close date (not yet closed by the server, or offline). */
  overdue: number;
  overdueAmount: number;
}

/** Which reps (or departments) let opportunities expire or run overdue; amounts in the company currency. */
export function expiredReport(
  opps: readonly Opportunity[],
  options: { today: string; groupBy: 'owner' | 'department'; rates: CurrencyRates; from?: string },
): { rows: ExpiredRow[]; missingRates: string[] } {
  const rows = new Map<
    string,
    { expired: number; overdue: number; expiredSum: BaseSum; overdueSum: BaseSum }
  >();
  const missing = new Set<string>();
  for (const o of opps) {
    if (o.trashedAt) continue;
    const expired = o.status === 'expired';
    if (!expired && !isOverdue(o, options.today)) continue;
    if (options.from && o.expectedCloseDate < options.from) continue;
    const key = options.groupBy === 'owner' ? o.ownerId : o.departmentId;
    const row = rows.get(key) ?? {
      expired: 0,
      overdue: 0,
      expiredSum: new BaseSum(options.rates),
      overdueSum: new BaseSum(options.rates),
    };
    const sum = expired ? row.expiredSum : row.overdueSum;
    if (expired) row.expired++;
    else row.overdue++;
    sum.add(o.amount, o.currency);
    sum.missing.forEach((m) => missing.add(m));
    rows.set(key, row);
  }
  return {
    rows: [...rows.entries()]
      .map(([key, r]) => ({
        key,
        expired: r.expired,
        expiredAmount: round2(r.expiredSum.total),
        overdue: r.overdue,
        overdueAmount: round2(r.overdueSum.total),
      }))
      .sort((a, b) => b.expired + b.overdue - (a.expired + a.overdue) || byKey(a, b)),
    missingRates: [...missing].sort(),
  };
}
