import type { RxDatabase } from 'rxdb';
import type { Rejection } from '../../../../shared/sync/protocol';

export interface NotSyncedItem extends Rejection {
  collection: string;
  at: string;
  /**
   * The refused state itself. The local record can still go (a reassignment's removal reaches the device
   * after the refusal), so the list keeps its own copy: the change is never lost.
   */
  doc?: Record<string, unknown>;
}

const KEY = 'sync-not-synced';

/**
 * Changes the server refused, with its reason: kept in an RxDB local document (device-only, never
 * replicated), so they survive restarts and are never silently dropped. The record itself stays in the local
 * database as the user left it; a later accepted push of the same record removes it from the list.
 */
export class NotSyncedList {
  private items = new Map<string, NotSyncedItem>();
  private loaded: Promise<void>;

  constructor(
    private readonly db: RxDatabase<any>,
    private readonly onChange: (count: number) => void,
  ) {
    this.loaded = this.load();
  }

  private async load() {
    if (!this.persistent()) return;
    const doc = await this.db.getLocal(KEY);
    for (const item of (doc?.toJSON().data.items ?? []) as NotSyncedItem[])
      this.items.set(keyOf(item.collection, item.id), { ...item });
    this.onChange(this.items.size);
  }

  private persistent() {
    return (this.db as { localDocuments?: boolean }).localDocuments === true;
  }

  list(): NotSyncedItem[] {
    return [...this.items.values()];
  }

  async add(
    collection: string,
    rejections: Rejection[],
    docs: ReadonlyMap<string, Record<string, unknown>> = new Map(),
    now = new Date(),
  ) {
    await this.loaded;
    for (const r of rejections) {
      const doc = docs.get(r.id);
      this.items.set(keyOf(collection, r.id), {
        ...r,
        collection,
        at: now.toISOString(),
        ...(doc ? { doc } : {}),
      });
    }
    await this.save();
  }

  async remove(collection: string, ids: string[]) {
    await this.loaded;
    let changed = false;
    for (const id of ids) changed = this.items.delete(keyOf(collection, id)) || changed;
    if (changed) await this.save();
  }

  private async save() {
    this.onChange(this.items.size);
    if (this.persistent()) await this.db.upsertLocal(KEY, { items: this.list() });
  }
}

const keyOf = (collection: string, id: string) => `${collection}/${id}`;
