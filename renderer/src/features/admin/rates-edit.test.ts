import { describe, expect, it } from 'vitest';
import { addableCurrencies, rateIssues, rateRows } from './rates-edit';

const stored = (id: string, data: Record<string, unknown>, extra: Record<string, string> = {}) => ({
  id,
  kind: 'currencyRate',
  data,
  updatedAt: '2026-11-20T08:00:00.000Z',
  updatedBy: 'u-admin',
  ...extra,
});

describe('rate rows', () => {
  it('lists the defaults under a CNY base, overridden by stored rates that carry who/when', () => {
    const rows = rateRows([stored('rate-USD', { currency: 'USD', rateToBase: 7.2 })], 'CNY');
    expect(rows.map((r) => r.currency)).toEqual(['AUD', 'CAD', 'EUR', 'GBP', 'HKD', 'JPY', 'USD']);
    expect(rows.find((r) => r.currency === 'USD')).toEqual({
      currency: 'USD',
      rateToBase: 7.2,
      settingId: 'rate-USD',
      stored: { updatedAt: '2026-11-20T08:00:00.000Z', updatedBy: 'u-admin' },
    });
    expect(rows.find((r) => r.currency === 'EUR')).toEqual({
      currency: 'EUR',
      rateToBase: 7.7,
      settingId: 'rate-EUR',
    });
  });

  it('ignores trashed and malformed docs, and never lists the base currency', () => {
    const rows = rateRows(
      [
        stored('rate-CHF', { currency: 'CHF', rateToBase: 8 }, { trashedAt: '2026-11-21T00:00:00.000Z' }),
        stored('rate-SEK', { currency: 'SEK', rateToBase: -1 }),
        stored('rate-CNY', { currency: 'CNY', rateToBase: 1 }),
        stored('rate-USD', { currency: 'USD', rateToBase: 0.14 }),
      ],
      'EUR',
    );
    // No defaults with a EUR base: they are rates to CNY.
    expect(rows.map((r) => [r.currency, r.rateToBase])).toEqual([
      ['CNY', 1],
      ['USD', 0.14],
    ]);
    expect(rateRows([stored('rate-CNY', { currency: 'CNY', rateToBase: 1 })], 'CNY')).not.toContainEqual(
      expect.objectContaining({ currency: 'CNY' }),
    );
  });
});

describe('rate issues', () => {
  it('accepts a positive rate and refuses zero, negative and empty ones naming rateToBase', () => {
    expect(rateIssues('USD', 7.2, 'CNY')).toEqual([]);
    for (const bad of [0, -3, NaN])
      expect(rateIssues('USD', bad, 'CNY')).toEqual([expect.objectContaining({ field: 'rateToBase' })]);
  });

  it('refuses a malformed code or the base currency naming currency', () => {
    expect(rateIssues('usd', 7, 'CNY')).toEqual([
      { field: 'currency', message: 'must be a 3-letter currency code' },
    ]);
    expect(rateIssues('CNY', 1, 'CNY')).toEqual([expect.objectContaining({ field: 'currency' })]);
  });
});

describe('addable currencies', () => {
  it('offers common codes that have no row yet, never the base', () => {
    const rows = rateRows([], 'CNY');
    const addable = addableCurrencies(rows, 'CNY');
    expect(addable).toContain('CHF');
    expect(addable).not.toContain('USD');
    expect(addable).not.toContain('CNY');
  });
});
