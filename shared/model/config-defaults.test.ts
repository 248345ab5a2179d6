import { describe, expect, it } from 'vitest';
import { defaultPipelines } from '../pipeline/defaults';
import { DEFAULT_COMPANY, effectiveCompany, effectivePipelines, effectiveRates } from './config-defaults';

describe('effective configuration', () => {
  it('uses the built-in pipelines on a device with none stored, and a stored one replaces its default', () => {
    expect(effectivePipelines([]).map((p) => p.id)).toEqual(['pl-ordinary', 'pl-project']);
    const custom = { ...defaultPipelines()[0]!.pipeline, name: 'Ours' };
    const ps = effectivePipelines([{ id: 'pl-ordinary', kind: 'pipeline', data: custom as never }]);
    expect(ps.map((p) => [p.id, p.pipeline.name])).toEqual([
      ['pl-ordinary', 'Ours'],
      ['pl-project', '项目 Project'],
    ]);
  });

  it('does not bring back a default pipeline that the admin trashed', () => {
    const ps = effectivePipelines([
      { id: 'pl-project', kind: 'pipeline', data: {}, trashedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(ps.map((p) => p.id)).toEqual(['pl-ordinary']);
  });

  it('reads company settings over the defaults and currency rates by currency', () => {
    expect(effectiveCompany([])).toEqual(DEFAULT_COMPANY);
    expect(
      effectiveCompany([{ id: 'company-settings', kind: 'company', data: { baseCurrency: 'USD' } }])
        .baseCurrency,
    ).toBe('USD');
    const rates = effectiveRates(
      [{ id: 'r1', kind: 'currencyRate', data: { currency: 'USD', rateToBase: 6.9 } }],
      'CNY',
    );
    expect(rates.rateToBase.USD).toBe(6.9);
    expect(rates.rateToBase.EUR).toBeGreaterThan(0); // built-in fallback until the company's own sync
    expect(effectiveRates([], 'USD')).toEqual({ base: 'USD', rateToBase: {} });
  });
});
