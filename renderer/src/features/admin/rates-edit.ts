import { currencyRateSchema } from '@shared/model/settings';
import { DEFAULT_RATES_TO_CNY, rateSettingId } from '@shared/reports/default-rates';

interface StoredSetting {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  updatedAt: string;
  updatedBy: string;
  trashedAt?: string;
}

/** One line of the rates editor: a stored rate (with who/when) or a built-in default not saved yet. */
export interface RateRow {
  currency: string;
  rateToBase: number;
  /** The settings doc that holds (or will hold) this rate. */
  settingId: string;
  stored?: { updatedAt: string; updatedBy: string };
}

/**
 * The rates reports use (see effectiveRates), one row per currency other than the base, by code. Defaults are
 * listed with a CNY base only, as the reports use them then; saving one stores it under its usual id.
 */
export function rateRows(settings: readonly StoredSetting[], base: string): RateRow[] {
  const rows = new Map<string, RateRow>();
  if (base === 'CNY')
    for (const [currency, rateToBase] of Object.entries(DEFAULT_RATES_TO_CNY))
      rows.set(currency, { currency, rateToBase, settingId: rateSettingId(currency) });
  for (const s of settings) {
    if (s.kind !== 'currencyRate' || s.trashedAt) continue;
    const parsed = currencyRateSchema.safeParse(s.data);
    if (!parsed.success) continue;
    const { currency, rateToBase } = parsed.data;
    rows.set(currency, {
      currency,
      rateToBase,
      settingId: s.id,
      stored: { updatedAt: s.updatedAt, updatedBy: s.updatedBy },
    });
  }
  rows.delete(base);
  return [...rows.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export interface RateIssue {
  field: string;
  message: string;
}

/** The schema's verdict on one rate, naming the field; an empty input arrives as NaN and is refused too. */
export function rateIssues(currency: string, rateToBase: number, base: string): RateIssue[] {
  const parsed = currencyRateSchema.safeParse({ currency, rateToBase });
  const issues: RateIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'rate', message: i.message }));
  if (currency === base)
    issues.push({ field: 'currency', message: `${base} is the base currency (its rate is always 1)` });
  return issues;
}

/** Currencies export companies commonly invoice in, offered when adding a rate (any ISO code is valid). */
export const COMMON_CURRENCIES = [
  'AED',
  'AUD',
  'BRL',
  'CAD',
  'CHF',
  'CNY',
  'CZK',
  'DKK',
  'EUR',
  'GBP',
  'HKD',
  'IDR',
  'ILS',
  'INR',
  'JPY',
  'KRW',
  'MXN',
  'MYR',
  'NOK',
  'NZD',
  'PHP',
  'PLN',
  'RUB',
  'SAR',
  'SEK',
  'SGD',
  'THB',
  'TRY',
  'TWD',
  'USD',
  'VND',
  'ZAR',
] as const;

/** Codes that can still be added: common ones without a row, never the base currency. */
export function addableCurrencies(rows: readonly RateRow[], base: string): string[] {
  const taken = new Set([base, ...rows.map((r) => r.currency)]);
  return COMMON_CURRENCIES.filter((c) => !taken.has(c));
}
