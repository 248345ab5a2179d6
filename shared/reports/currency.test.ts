import { describe, expect, it } from 'vitest';
import { BaseSum, round2, toBase } from './currency';

const rates = { base: 'CNY', rateToBase: { USD: 7.2, EUR: 7.8 } };

describe('currency', () => {
  it('converts to the company currency and leaves unknown ones undefined', () => {
    expect(toBase(100, 'CNY', rates)).toBe(100);
    expect(toBase(100, 'USD', rates)).toBe(720);
    expect(toBase(100, 'JPY', rates)).toBeUndefined();
  });

  it('sums in base currency and lists currencies without a rate', () => {
    const s = new BaseSum(rates);
    s.add(10, 'EUR');
    s.add(5, 'JPY');
    s.add(1, 'CNY');
    expect(s.total).toBe(79);
    expect([...s.missing]).toEqual(['JPY']);
    expect(round2(1.005 * 1000) / 1000).toBeCloseTo(1.005);
  });
});
