/** Locale-aware formatting through Intl; amounts always carry their currency. */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function formatDateTime(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const f = cached(
    `dt|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return f.format(new Date(iso));
}

/** Compact form for table cells, e.g. "2026/4/15 08:00" or "4/15/26, 8:00 AM". */
export function formatShortDateTime(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const f = cached(
    `sdt|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }),
  );
  return f.format(new Date(iso));
}

export function formatDate(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const f = cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  return f.format(new Date(iso));
}

/** A calendar day ("2026-11-23", no time): shown in the locale, never shifted by the time zone. */
export function formatDay(day: string | undefined, locale: string): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const f = cached(
    `day|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  return f.format(date);
}

export function formatNumber(n: number, locale: string): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return cached(
    `m|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  ).format(amount);
}

/** Local calendar day "YYYY-MM-DD" of a time, for "today" counts and date-range filters. */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
