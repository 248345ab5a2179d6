import type { Opportunity } from '@shared/model/opportunity';
import type { CompanySettings } from '@shared/model/settings';
import { round2, toBase, type CurrencyRates } from './currency';
import { inRange, wonDate, type DateRange } from './won-date';

/** base (per won deal, scaled by difficulty) + rate × amount + bonus (per won deal), in the company currency. */
export type CommissionRule = CompanySettings['commission'];

export interface Commission {
  /** base × difficulty coefficient: 1000 × 2.5 = 2500 for a hard deal. */
  basePart: number;
  ratePart: number;
  bonus: number;
  total: number;
  /** Set when the deal's currency has no rate: the rate part is then 0 until one is entered. */
  missingRate?: string;
}

const ZERO: Commission = { basePart: 0, ratePart: 0, bonus: 0, total: 0 };

/**
 * The commission a deal earns its owner. Only a won deal earns anything. Without rates the amount is taken as
 * already in the company currency.
 */
export function commissionFor(
  opp: Pick<Opportunity, 'status' | 'difficulty' | 'amount' | 'currency'>,
  rule: CommissionRule,
  rates?: CurrencyRates,
): Commission {
  if (opp.status !== 'won') return { ...ZERO };
  const amount = rates ? toBase(opp.amount, opp.currency, rates) : opp.amount;
  const basePart = round2(rule.base * opp.difficulty);
  const ratePart = round2(rule.rate * (amount ?? 0));
  return {
    basePart,
    ratePart,
    bonus: rule.bonus,
    total: round2(basePart + ratePart + rule.bonus),
    ...(amount === undefined ? { missingRate: opp.currency } : {}),
  };
}

export interface CommissionRow extends Omit<Commission, 'missingRate'> {
  ownerId: string;
  deals: number;
}

/** Commission per rep for the deals won in a period (local dates in the company zone). */
export function commissionReport(
  opps: readonly Opportunity[],
  rule: CommissionRule,
  options: { period: DateRange; rates: CurrencyRates; tz: string },
): { rows: CommissionRow[]; missingRates: string[] } {
  const rows = new Map<string, CommissionRow>();
  const missing = new Set<string>();
  for (const o of opps) {
    if (o.status !== 'won' || o.trashedAt || !inRange(wonDate(o, options.tz), options.period)) continue;
    const c = commissionFor(o, rule, options.rates);
    if (c.missingRate) missing.add(c.missingRate);
    const row = rows.get(o.ownerId) ?? { ownerId: o.ownerId, deals: 0, ...ZERO };
    rows.set(o.ownerId, {
      ownerId: o.ownerId,
      deals: row.deals + 1,
      basePart: round2(row.basePart + c.basePart),
      ratePart: round2(row.ratePart + c.ratePart),
      bonus: round2(row.bonus + c.bonus),
      total: round2(row.total + c.total),
    });
  }
  return {
    rows: [...rows.values()].sort((a, b) => (a.ownerId < b.ownerId ? -1 : a.ownerId > b.ownerId ? 1 : 0)),
    missingRates: [...missing].sort(),
  };
}
