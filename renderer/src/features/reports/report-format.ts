import { formatMoney } from '../../ui/format';

/** Money in the company currency and ratios as percentages, in the UI language. */
export function reportFormat(lang: string, currency: string) {
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    money: (n: number) => formatMoney(n, currency, lang),
    pct: (n: number | null) => (n === null ? '—' : pct.format(n)),
  };
}
