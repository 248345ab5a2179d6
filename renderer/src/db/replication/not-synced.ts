import type { RxDatabase } from 'rxdb';
import { deepEqual } from '../../../../shared/sync/merge';
import type { Rejection } from '@shared/api';

export interface NotSyncedItem extends Rejection {
  collection: string;
  at: string;
  /**
   * The refused state itself. The local record can still go (a reassignment's removal reaches the device
   * after the refusal), so the list keeps its own copy: the change is never lost.
   */
  doc?: Record<string, unknown>;
  /** Earlier refused states of the same record (a second refusal must not erase the first), oldest first. */
  earlier?: Record<string, unknown>[];
}

const MAX_EARLIER = 20;

const KEY = 'sync-not-synced';

/** RxDB 17 exposes no flag for it: a database opened without `localDocuments: true` throws LD8 on access. */
async function readLocal(db: RxDatabase<any>): Promise<{ ok: boolean; items: NotSyncedItem[] }> {
  try {
    const doc = await db.getLocal(KEY);
    return { ok: true, items: (doc?.toJSON().data.items ?? []) as NotSyncedItem[] };
  } catch (error) {
    if ((error as { code?: string }).code === 'LD8') return { ok: false, items: [] };
    throw error;
  }
}

/**
 * Changes the server refused, with its reason: kept in an RxDB local document (device-only, never
 * replicated; the database must be opened with `localDocuments: true`, as openDatabase does), so they
 * survive restarts and are never silently dropped. A later accepted push of the same record removes it.
 */
export class NotSyncedList {
  private items = new Map<string, NotSyncedItem>();
  private persistent = false;
  private loaded: Promise<void>;

  constructor(
    private readonly db: RxDatabase<any>,
    private readonly onChange: (count: number) => void,
  ) {
    this.loaded = this.load();
  }

  private async load() {
    const { ok, items } = await readLocal(this.db);
    this.persistent = ok;
    if (!ok) console.warn('not-synced list: the database has no local documents; the list is not persisted');
    for (const item of items) this.items.set(keyOf(item.collection, item.id), { ...item });
    this.onChange(this.items.size);
  }

  /** Resolves once the list saved on the device is loaded. */
  ready(): Promise<void> {
    return this.loaded;
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
      const before = this.items.get(keyOf(collection, r.id));
      const earlier = [...(before?.earlier ?? []), ...(before?.doc ? [before.doc] : [])].slice(-MAX_EARLIER);
      this.items.set(keyOf(collection, r.id), {
        ...r,
        collection,
        at: now.toISOString(),
        ...(doc ? { doc } : {}),
        ...(earlier.length ? { earlier } : {}),
      });
    }
    await this.save();
  }

  /**
   * A later push of the same record was accepted: its item goes only if what was refused has now landed
   * (the accepted state holds it). An unrelated later edit of the record — it came back to this user, say —
   * does not carry the refused change, so the item stays.
   */
  async landed(collection: string, accepted: readonly Record<string, unknown>[]) {
    await this.loaded;
    let changed = false;
    for (const doc of accepted) {
      const key = keyOf(collection, String(doc.id));
      const item = this.items.get(key);
      if (item?.doc && !item.earlier?.length && carries(doc, item.doc))
        changed = this.items.delete(key) || changed;
    }
    if (changed) await this.save();
  }

  private async save() {
    this.onChange(this.items.size);
    if (this.persistent) await this.db.upsertLocal(KEY, { items: this.list() });
  }
}

const keyOf = (collection: string, id: string) => `${collection}/${id}`;

/** Stamped by whoever saves: not part of what the user changed. */
const STAMPS = new Set(['updatedAt', 'updatedBy', 'createdBy']);

/** Whether `state` holds every field of `refused` (deletion included), stamps and bookkeeping aside. */
function carries(state: Record<string, unknown>, refused: Record<string, unknown>): boolean {
  if (Boolean(state._deleted) !== Boolean(refused._deleted)) return false;
  const keys = new Set([...Object.keys(state), ...Object.keys(refused)]);
  for (const k of keys) {
    if (k.startsWith('_') || STAMPS.has(k)) continue;
    if (!deepEqual(state[k], refused[k])) return false;
  }
  return true;
}
