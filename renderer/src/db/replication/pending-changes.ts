import { sameDocState } from '../../../../shared/sync/doc-state';
import type { PulledXids } from './pulled-xid';

type Doc = Record<string, unknown>;

/**
 * Which local changes the server has not accepted yet, per `collection/id` (docs/sync-protocol.md, "Pending
 * changes on the client"). Every state the server delivers (a pulled document, a push answer) is remembered
 * until RxDB writes it, so its change event is not taken for a local edit; anything else that changes a
 * document is pending until a push settles it. Also remembers how far the device had pulled when each change
 * was made (the push's `pulledXid`).
 */
export class PendingChanges {
  private readonly dirty = new Set<string>();
  private readonly madeAtXid = new Map<string, string>();
  /** Server states on their way into the local store (a record can be delivered twice before either write). */
  private readonly incoming = new Map<string, Doc[]>();

  constructor(
    private readonly pulled: PulledXids,
    /** Called whenever the count may have changed. */
    private readonly onChange: (count: number) => void,
  ) {}

  get count(): number {
    return this.dirty.size;
  }

  /** The server sent this state; RxDB is about to write it. */
  delivered(collection: string, doc: Doc) {
    const key = `${collection}/${String(doc.id)}`;
    const list = this.incoming.get(key);
    if (!list) this.incoming.set(key, [doc]);
    else if (list.push(doc) > 4) list.shift();
  }

  /** A document changed in the local store: a delivered state, or a local edit (now pending). */
  changed(collection: string, id: string, data: Doc | undefined) {
    const key = `${collection}/${id}`;
    const seen = this.incoming.get(key);
    if (seen !== undefined) {
      const at = data ? seen.findIndex((doc) => sameDocState(doc, data)) : -1;
      if (at >= 0) {
        seen.splice(at, 1);
        if (!seen.length) this.incoming.delete(key);
        return;
      }
      this.incoming.delete(key); // a local edit came in between: what was delivered is no longer what is written
    }
    this.dirty.add(key);
    const xid = this.pulled.get(collection);
    if (xid && !this.madeAtXid.has(key)) this.madeAtXid.set(key, xid);
    this.onChange(this.count);
  }

  /** RxDB hands these to the push: changes made before this run (offline, then a reload) are counted here. */
  pushing(collection: string, ids: readonly string[]) {
    for (const id of ids) this.dirty.add(`${collection}/${id}`);
    this.onChange(this.count);
  }

  /** How far this device had pulled when the change was made (before this run: as far as at its start). */
  pulledXidOf(collection: string, id: string): string | undefined {
    return this.madeAtXid.get(`${collection}/${id}`) ?? this.pulled.getAtStart(collection);
  }

  /** The server has these (accepted, refused into the not-synced list, or resolved to its state). */
  settled(collection: string, ids: readonly string[]) {
    for (const id of ids) {
      this.dirty.delete(`${collection}/${id}`);
      this.madeAtXid.delete(`${collection}/${id}`);
    }
    this.onChange(this.count);
  }
}
