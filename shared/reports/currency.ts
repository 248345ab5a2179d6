/** Company currency and the rate of each other currency to it (1 unit of currency = rate units of base). */
export interface CurrencyRates {
  base: string;
  rateToBase: Readonly<Record<string, number>>;
}

/** The amount in the company currency, or undefined when no rate is known (reports list those, never guess). */
export function toBase(amount: number, currency: string, rates: CurrencyRates): number | undefined {
  if (currency === rates.base) return amount;
  const rate = rates.rateToBase[currency];
  return rate !== undefined && rate > 0 ? amount * rate : undefined;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Sums amounts in the base currency and remembers currencies without a rate. */
export class BaseSum {
  total = 0;
  readonly missing = new Set<string>();
  constructor(private readonly rates: CurrencyRates) {}

  add(amount: number, currency: string): number {
    const v = toBase(amount, currency, this.rates);
    if (v === undefined) {
      this.missing.add(currency);
      return 0;
    }
    this.total += v;
    return v;
  }
}
