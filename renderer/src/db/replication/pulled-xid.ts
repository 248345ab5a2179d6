import type { RxDatabase } from 'rxdb';

/**
 * The xid of the last pull checkpoint per collection, kept on the device (a local document): a push tells
 * the server how far this device had pulled when each change was made, so the server knows whether an
 * offline edit predates a reassignment the device had not yet seen (docs/sync-protocol.md).
 */
export class PulledXids {
  private xids: Record<string, string> = {};
  /** As loaded when sync started: changes made before (offline, or before a restart) were made knowing this much. */
  private atStart: Record<string, string> = {};
  private persistent = false;
  private saving: Promise<unknown> = Promise.resolve();
  readonly loaded: Promise<void>;

  constructor(
    private readonly db: RxDatabase<any>,
    private readonly key: string,
  ) {
    this.loaded = this.load();
  }

  private async load() {
    try {
      const doc = await this.db.getLocal(this.key);
      this.xids = { ...((doc?.toJSON().data ?? {}) as Record<string, string>) };
      this.atStart = this.xids;
      this.persistent = true;
    } catch (error) {
      if ((error as { code?: string }).code !== 'LD8') throw error;
    }
  }

  get(collection: string): string | undefined {
    return this.xids[collection];
  }

  /** For a change this session did not see being made. */
  getAtStart(collection: string): string | undefined {
    return this.atStart[collection];
  }

  set(collection: string, xid: string) {
    if (this.xids[collection] === xid) return;
    this.xids = { ...this.xids, [collection]: xid };
    if (!this.persistent) return;
    const snapshot = this.xids;
    this.saving = this.saving.then(() => this.db.upsertLocal(this.key, snapshot)).catch(() => undefined);
  }

  flush(): Promise<unknown> {
    return this.saving;
  }
}
