import type { Sample, SampleLine } from '@shared/model/sample';
import { BaseSum, round2, type CurrencyRates } from '@shared/reports/currency';

/** What a sample cost the company (every line, charged or free) and what the customer pays back (charged lines). */
export function sampleCost(lines: readonly Pick<SampleLine, 'quantity' | 'unitCost' | 'charged'>[]): {
  cost: number;
  charged: number;
} {
  let cost = 0;
  let charged = 0;
  for (const l of lines) {
    cost += l.quantity * l.unitCost;
    if (l.charged) charged += l.quantity * l.unitCost;
  }
  return { cost: round2(cost), charged: round2(charged) };
}

export interface CostRollUp {
  currency: string;
  /** Free samples are the company's expense: cost minus what was charged. */
  cost: number;
  charged: number;
  net: number;
  samples: number;
  /** Currencies without a rate to `currency`; their samples are left out, never guessed. */
  missingRates: string[];
}

type Costed = Pick<Sample, 'lines' | 'currency' | 'trashedAt' | 'accountId' | 'opportunityId'>;

/** The sample cost of one opportunity or account, in the rates' base currency. Trashed samples do not count. */
export function rollUpCost(
  samples: readonly Costed[],
  by: { opportunityId: string } | { accountId: string },
  rates: CurrencyRates,
): CostRollUp {
  const match = (s: Costed) =>
    'opportunityId' in by ? s.opportunityId === by.opportunityId : s.accountId === by.accountId;
  const cost = new BaseSum(rates);
  const charged = new BaseSum(rates);
  let count = 0;
  for (const s of samples) {
    if (s.trashedAt || !match(s)) continue;
    const c = sampleCost(s.lines);
    cost.add(c.cost, s.currency);
    charged.add(c.charged, s.currency);
    if (!cost.missing.has(s.currency)) count++;
  }
  return {
    currency: rates.base,
    cost: round2(cost.total),
    charged: round2(charged.total),
    net: round2(cost.total - charged.total),
    samples: count,
    missingRates: [...cost.missing].sort(),
  };
}
