import type { RxCollection } from 'rxdb';
import { domainOf } from '../../../../shared/sync/doc-state';
import type { Checkpoint, PullResponse, WireDoc } from '@shared/api';

/**
 * A record that left this user's scope (reassigned, claimed, moved) comes from the server as a bare tombstone,
 * `{id, _deleted: true}`: what the record holds now is someone else's. RxDB stores a removal as a whole
 * document that must pass the collection's schema, so the tombstone is completed from the device's own copy;
 * a record the device does not hold needs no removal and is dropped.
 */
export const isBareTombstone = (doc: WireDoc) =>
  doc._deleted === true && Object.keys(doc).every((k) => k === 'id' || k === '_deleted');

async function completeTombstones(collection: RxCollection, documents: WireDoc[]): Promise<WireDoc[]> {
  const bare = documents.filter(isBareTombstone).map((d) => d.id);
  if (!bare.length) return documents;
  const held = new Map<string, Record<string, unknown>>();
  // With deleted ones: a copy already removed here is completed the same way, so the write is a no-op.
  for (const doc of await collection.storageInstance.findDocumentsById(bare, true))
    held.set(String((doc as { id: unknown }).id), doc as Record<string, unknown>);
  const out: WireDoc[] = [];
  for (const doc of documents) {
    if (!isBareTombstone(doc)) out.push(doc);
    else {
      const own = held.get(doc.id);
      if (own) out.push({ ...domainOf(own), id: doc.id, _deleted: true });
    }
  }
  return out;
}

/**
 * One pull for RxDB: pages from the server with bare tombstones completed. RxDB takes a batch shorter than
 * it asked for as "nothing more", so when dropped tombstones shorten a full server page the next page is
 * fetched to fill the batch.
 */
export async function pullCompleted(
  collection: RxCollection,
  fetchPage: (checkpoint: Checkpoint | null, limit: number) => Promise<PullResponse>,
  checkpoint: Checkpoint | null,
  batchSize: number,
): Promise<PullResponse> {
  const documents: WireDoc[] = [];
  let at = checkpoint;
  for (;;) {
    const limit = batchSize - documents.length;
    const page = await fetchPage(at, limit);
    documents.push(...(await completeTombstones(collection, page.documents)));
    at = page.checkpoint ?? at;
    if (page.documents.length < limit || documents.length >= batchSize)
      return { ...page, documents, checkpoint: at };
  }
}
