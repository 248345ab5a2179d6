import type { DateRange } from './won-date';

const DAY = 86_400_000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * How many months a period is, counting a part-month by its days: 1 for a calendar month, 3 for a quarter,
 * 0.5 for 1–15 June. Quotas are set per month; a report over any period compares against this share.
 */
export function monthsIn(period: DateRange): number {
  const from = utc(period.from);
  const to = utc(period.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return 0;
  let months = 0;
  for (let start = from; start <= to;) {
    const d = new Date(start);
    const nextMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    const daysInMonth = (nextMonth - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)) / DAY;
    const end = Math.min(to + DAY, nextMonth);
    months += (end - start) / DAY / daysInMonth;
    start = nextMonth;
  }
  return Math.round(months * 1000) / 1000;
}

/** Quota per rep or department for the period, from monthly quotas (keys without a quota are left out). */
export function periodQuotas(
  monthly: ReadonlyMap<string, number>,
  period: DateRange,
): Record<string, number> {
  const share = monthsIn(period);
  const out: Record<string, number> = {};
  for (const [key, quota] of monthly) if (quota > 0) out[key] = Math.round(quota * share * 100) / 100;
  return out;
}

type SettingsLike = { id: string; kind: string; data: Record<string, unknown>; trashedAt?: string };

/** Monthly quota per user or department id, from their settings documents (the id is the user's or department's). */
export function monthlyQuotas(
  settings: readonly SettingsLike[],
  kind: 'user' | 'department',
): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of settings)
    if (s.kind === kind && !s.trashedAt && typeof s.data.monthlyQuota === 'number')
      out.set(s.id, s.data.monthlyQuota);
  return out;
}
