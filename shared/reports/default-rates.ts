/**
 * Starting exchange rates to CNY for the demo organisation and for a device that has not synced the
 * company's own yet. Admins keep the real ones as `currencyRate` settings; these are only a fallback so that
 * forecasts in foreign currencies are never silently left out.
 */
export const DEFAULT_RATES_TO_CNY: Readonly<Record<string, number>> = {
  USD: 7.1,
  EUR: 7.7,
  GBP: 9.0,
  JPY: 0.047,
  HKD: 0.91,
  AUD: 4.6,
  CAD: 5.2,
};

export const rateSettingId = (currency: string) => `rate-${currency}`;
