import type { CompanySettings } from './settings';
import { defaultPipelines } from '../pipeline/defaults';
import type { PipelineEntry } from '../pipeline/stages';
import type { CurrencyRates } from '../reports/currency';
import { DEFAULT_RATES_TO_CNY } from '../reports/default-rates';

/** The settings doc id of the company settings (the server's demo seed uses the same one). */
export const COMPANY_SETTINGS_ID = 'company-settings';

/** Used until the company settings have synced (or on a device that never synced): work must not wait. */
export const DEFAULT_COMPANY: CompanySettings = {
  name: 'My company',
  baseCurrency: 'CNY',
  leadManagement: true,
  closeReminderDays: 7,
  staleHours: 48,
  poolReturnDays: 30,
  commission: { base: 1000, rate: 0.01, bonus: 0 },
};

interface StoredSetting {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  trashedAt?: string;
}

/**
 * The pipelines in force: the stored ones, plus each built-in default whose id is not stored yet, so a fresh
 * offline device has a board at once and the first sync replaces the defaults by the company's own.
 */
export function effectivePipelines(settings: readonly StoredSetting[]): PipelineEntry[] {
  const stored = settings.filter((s) => s.kind === 'pipeline');
  const live = stored
    .filter((s) => !s.trashedAt)
    .map((s) => ({ id: s.id, pipeline: s.data as unknown as PipelineEntry['pipeline'] }));
  const known = new Set(stored.map((s) => s.id));
  return [...live, ...defaultPipelines().filter((p) => !known.has(p.id))];
}

export function effectiveCompany(settings: readonly StoredSetting[]): CompanySettings {
  const doc = settings.find((s) => s.kind === 'company' && !s.trashedAt);
  return doc ? { ...DEFAULT_COMPANY, ...(doc.data as Partial<CompanySettings>) } : DEFAULT_COMPANY;
}

/** Stored rates; with a CNY base, the built-in ones fill the gaps until the company's own have synced. */
export function effectiveRates(settings: readonly StoredSetting[], base: string): CurrencyRates {
  const rateToBase: Record<string, number> = base === 'CNY' ? { ...DEFAULT_RATES_TO_CNY } : {};
  for (const s of settings)
    if (s.kind === 'currencyRate' && !s.trashedAt) {
      const { currency, rateToBase: rate } = s.data as { currency: string; rateToBase: number };
      rateToBase[currency] = rate;
    }
  return { base, rateToBase };
}
