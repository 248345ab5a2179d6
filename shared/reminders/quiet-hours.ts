import { addDays, localDate, localMinutes, parseTime, zonedInstant } from './zoned-time';

export interface QuietHours {
  /** Local HH:mm; start after end means the quiet time spans midnight (22:00–07:00). Equal means none. */
  start: string;
  end: string;
}

/** A reminder due inside the user's quiet hours moves to their end (local time, DST-safe); others stay. */
export function applyQuietHours(due: Date, quiet: QuietHours | undefined, tz: string): Date {
  if (!quiet) return due;
  const start = parseTime(quiet.start, 'quietHours.start');
  const end = parseTime(quiet.end, 'quietHours.end');
  if (start === end) return due;
  const t = localMinutes(due, tz);
  const day = localDate(due, tz);
  const wraps = start > end;
  if (!wraps) return t >= start && t < end ? zonedInstant(day, quiet.end, tz) : due;
  if (t >= start) return zonedInstant(addDays(day, 1), quiet.end, tz);
  if (t < end) return zonedInstant(day, quiet.end, tz);
  return due;
}
