/** How sessions behave; the clock is injectable so tests can step through minutes and days without waiting. */
export interface AuthSettings {
  now: () => number;
  /** A refresh token unused this long is dead (CRM_REFRESH_IDLE_DAYS). */
  refreshIdleMs: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_REFRESH_IDLE_DAYS = 30;
/** Two refreshes racing from one device: the loser may present the previous token this long after the winner. */
export const REFRESH_GRACE_MS = 30_000;
/** A stream ticket opens one stream within this time. */
export const STREAM_TICKET_TTL_MS = 60_000;

export function defaultAuthSettings(partial: Partial<AuthSettings> = {}): AuthSettings {
  return { now: Date.now, refreshIdleMs: DEFAULT_REFRESH_IDLE_DAYS * DAY_MS, ...partial };
}
