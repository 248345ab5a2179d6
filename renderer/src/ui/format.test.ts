import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, localDay } from './format';

describe('locale formatting', () => {
  it('always shows the currency with an amount', () => {
    expect(formatMoney(25000, 'EUR', 'en')).toBe('€25,000.00');
    expect(formatMoney(1234.5, 'USD', 'zh-CN')).toBe('US$1,234.50');
    expect(formatMoney(80000, 'CNY', 'zh-CN')).toBe('¥80,000.00');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(10000, 'de')).toBe('10.000');
  });

  it('gives the local calendar day', () => {
    expect(localDay(new Date(2026, 3, 5, 23, 59))).toBe('2026-04-05');
  });
});
