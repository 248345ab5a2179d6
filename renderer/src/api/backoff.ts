/** Longest wait between attempts while the server is unreachable or unavailable. */
export const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Exponential backoff shared by every request of one client: after a failure nothing is sent before the
 * delay is over, and the delay doubles only when a request sent after the last failure fails again (requests
 * that were already on the wire together count once). Jittered, so devices cut off together do not return
 * in lockstep.
 */
export class Backoff {
  private failures = 0;
  private notBefore = 0;
  private generation = 0;
  constructor(
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Waits out the current delay; answers the generation the request is sent in. */
  async wait(): Promise<number> {
    const ms = this.notBefore - this.now();
    if (ms > 0) await this.sleep(ms);
    return this.generation;
  }
  failed(sentIn: number, retryAfterMs = 0) {
    if (sentIn !== this.generation) return;
    this.generation++;
    this.failures++;
    const delay = Math.min(1_000 * 2 ** (this.failures - 1), MAX_RETRY_DELAY_MS);
    const jittered = delay * (0.75 + Math.random() / 2);
    this.notBefore = this.now() + Math.min(Math.max(jittered, retryAfterMs), MAX_RETRY_DELAY_MS * 2);
  }
  succeeded() {
    this.failures = 0;
    this.notBefore = 0;
  }
}
