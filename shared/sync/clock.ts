/**
 * Time for `updatedAt`, which decides a same-field clash (merge.ts). A device's own clock cannot be trusted
 * for that: a laptop a day fast would win every clash for a day, one a day slow would lose them all. Two
 * halves keep the order to one the server vouches for (docs/sync-protocol.md, Clocks):
 *
 * - the device stamps with a hybrid logical clock: its own clock corrected by the offset to the server's clock
 *   (learned from `serverTime` in every pull and push answer), never behind the latest server time or
 *   server-vouched `updatedAt` it has seen, and never behind its own previous stamp;
 * - the server clamps a pushed `updatedAt` more than `MAX_AHEAD_MS` ahead of its own clock to its own clock
 *   (a device that does not correct itself, or lies, cannot date an edit into the future).
 */

/** How far ahead of the server's clock a pushed `updatedAt` may be before the server clamps it. */
export const MAX_AHEAD_MS = 2 * 60_000;
/** Offsets below this are measurement noise (half a round trip), not skew: the device keeps its own clock. */
export const MIN_OFFSET_MS = 2_000;

/** The pushed `updatedAt`, or the server's now when it is more than `toleranceMs` ahead of it. */
export function clampUpdatedAt(updatedAt: string, serverNowMs: number, toleranceMs = MAX_AHEAD_MS): string {
  const at = Date.parse(updatedAt);
  return Number.isFinite(at) && at > serverNowMs + toleranceMs
    ? new Date(serverNowMs).toISOString()
    : updatedAt;
}

export interface HybridClock {
  /** The device's own clock reading (skewed or not), in ms. */
  physical(): number;
  /** The time to stamp an edit with; `physical` is the device's reading (default: now). Monotonic. */
  stamp(physical?: Date): Date;
  /**
   * A server answer's `serverTime`, read between `sentAt` and `receivedAt` (physical ms): learns the offset
   * to the server's clock and never runs behind it afterwards.
   */
  observeServerTime(serverTime: unknown, sentAt: number, receivedAt: number): void;
  /** An `updatedAt` the server handed over (a pulled document): the next stamp comes after it. */
  observeStamp(updatedAt: unknown): void;
  /** Server clock minus device clock, as last measured (0 while it is within the noise). */
  offsetMs(): number;
}

export function createHybridClock(physical: () => number = Date.now): HybridClock {
  let offset = 0;
  let last = 0;
  /** The latest server time seen: what a pulled `updatedAt` may be trusted up to (plus the server's tolerance). */
  let serverSeen: number | null = null;

  const advance = (ms: number) => {
    if (Number.isFinite(ms) && ms > last) last = ms;
  };

  return {
    physical,
    stamp(at) {
      const t = Math.max((at ? at.getTime() : physical()) + offset, last + 1);
      last = t;
      return new Date(t);
    },
    observeServerTime(serverTime, sentAt, receivedAt) {
      if (typeof serverTime !== 'string') return;
      const server = Date.parse(serverTime);
      if (!Number.isFinite(server) || receivedAt < sentAt) return;
      const measured = server - (sentAt + receivedAt) / 2;
      offset = Math.abs(measured) < MIN_OFFSET_MS ? 0 : Math.round(measured);
      serverSeen = Math.max(serverSeen ?? 0, server);
      advance(server);
    },
    observeStamp(updatedAt) {
      if (typeof updatedAt !== 'string' || serverSeen === null) return;
      // Documents older than the clamp may carry a skewed future date: trust them only as far as the server would.
      advance(Math.min(Date.parse(updatedAt), serverSeen + MAX_AHEAD_MS));
    },
    offsetMs: () => offset,
  };
}
