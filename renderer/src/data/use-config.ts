import { useMemo } from 'react';
import type { SettingsDoc } from '@shared/model/settings';
import type { CompanySettings } from '@shared/model/settings';
import type { PipelineEntry } from '@shared/pipeline/stages';
import type { CurrencyRates } from '@shared/reports/currency';
import type { CrmDatabase } from '../db/database';
import { useLiveDocs } from './use-live-docs';
import { effectiveCompany, effectivePipelines, effectiveRates } from '@shared/model/config-defaults';

export interface Config {
  pipelines: PipelineEntry[];
  company: CompanySettings;
  rates: CurrencyRates;
  settings: SettingsDoc[];
}

/** Pipelines, company settings and currency rates, live from the synced settings collection. */
export function useConfig(db: CrmDatabase): Config {
  const settings = useLiveDocs(db, 'settings');
  return useMemo(() => {
    const all = settings ?? [];
    const company = effectiveCompany(all);
    return {
      pipelines: effectivePipelines(all),
      company,
      rates: effectiveRates(all, company.baseCurrency),
      settings: all,
    };
  }, [settings]);
}
