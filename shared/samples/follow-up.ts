/** Days after shipping when the rep should ask the customer for feedback (journey 4: "ten days later"). */
export const DEFAULT_FOLLOW_UP_DAYS = 10;

/** An ISO date (YYYY-MM-DD) plus whole days, computed on the calendar (no time zone can shift it). */
export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(t))
    throw new Error(`date: must be YYYY-MM-DD, got "${isoDate}"`);
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** The follow-up date a shipment gets unless the user picks one: ship date + N days. It feeds sampleReminders. */
export function defaultFollowUpDate(shipDate: string, days = DEFAULT_FOLLOW_UP_DAYS): string {
  return addDays(shipDate, days);
}
