/**
 * Wall-clock time in an IANA zone, without I/O. @date-fns/tz was chosen over dayjs' timezone plugin: TZDate is
 * small, has no dependencies, reads the zone rules from the runtime's Intl data, and constructs a local time
 * across DST changes correctly (dayjs' `tz()` parsing has long-standing DST-edge bugs).
 */
import { TZDate } from '@date-fns/tz';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

export function assertTimeZone(tz: string): void {
  if (!isValidTimeZone(tz)) throw new RangeError(`timeZone: "${tz}" is not an IANA time zone`);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, tz: string): string {
  assertTimeZone(tz);
  const d = new TZDate(instant.getTime(), tz);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Minutes since local midnight of an instant in a zone. */
export function localMinutes(instant: Date, tz: string): number {
  assertTimeZone(tz);
  const d = new TZDate(instant.getTime(), tz);
  return d.getHours() * 60 + d.getMinutes();
}

export function parseTime(hhmm: string, field = 'time'): number {
  const m = TIME.exec(hhmm);
  if (!m) throw new RangeError(`${field}: "${hhmm}" must be a time HH:mm`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function parseDate(date: string, field: string): [number, number, number] {
  const m = DATE.exec(date);
  const parts: [number, number, number] | undefined = m
    ? [Number(m[1]), Number(m[2]), Number(m[3])]
    : undefined;
  if (!parts || new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])).getUTCDate() !== parts[2])
    throw new RangeError(`${field}: "${date}" must be a date YYYY-MM-DD`);
  return parts;
}

/**
 * The instant of a local date + time in a zone. A time skipped by a DST change (e.g. 02:30 on the spring-forward
 * night) lands just after the gap; a repeated one (autumn) takes one of its two instants.
 */
export function zonedInstant(date: string, hhmm: string, tz: string): Date {
  assertTimeZone(tz);
  const [y, mo, d] = parseDate(date, 'date');
  const minutes = parseTime(hhmm);
  return new Date(new TZDate(y, mo - 1, d, Math.floor(minutes / 60), minutes % 60, 0, tz).getTime());
}

/** Calendar arithmetic on a plain date: "2026-03-31" + 1 day = "2026-04-01", independent of any zone. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parseDate(date, 'date');
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
