import type { CollectionName, DocOf } from '@shared/model/collections';
import { stampNew, stampUpdate, type Actor } from '@shared/model/stamp';
import { DocValidationError, validateDoc } from '@shared/model/validate';
import { compact } from '@shared/model/compact';
import { clockOf } from './clock';
import type { CrmDatabase } from './database';

type NewFields<N extends CollectionName> = Omit<
  DocOf<N>,
  'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'ownerId' | 'departmentId'
> &
  Partial<Pick<DocOf<N>, 'ownerId' | 'departmentId'>>;

/**
 * Validated insert: a bad document throws DocValidationError naming the fields and nothing is written.
 * `now` is the device's clock reading (default: the database's clock); the stamps come from the database's
 * hybrid logical clock, corrected to the server's time (./clock.ts).
 */
export async function insertDoc<N extends CollectionName>(
  db: CrmDatabase,
  name: N,
  fields: NewFields<N>,
  actor: Actor,
  now?: Date,
): Promise<DocOf<N>> {
  const at = clockOf(db).stamp(now);
  const doc = compact(
    stampNew(fields as object, actor, at, fields as Partial<DocOf<N>>) as Record<string, unknown>,
  );
  const checked = validateDoc(name, doc);
  if (!checked.ok) throw new DocValidationError(name, checked.issues);
  await db[name].insert(checked.value as never);
  return checked.value;
}

/** Validated update of the latest stored version; concurrent local writes are serialised by RxDB's incrementalModify. */
export async function updateDoc<N extends CollectionName>(
  db: CrmDatabase,
  name: N,
  id: string,
  patch: Partial<DocOf<N>>,
  actor: Actor,
  now?: Date,
): Promise<DocOf<N>> {
  const current = await db[name].findOne(id).exec();
  if (!current) throw new Error(`${name}/${id} not found`);
  let result: DocOf<N> | undefined;
  const at = clockOf(db).stamp(now);
  await current.incrementalModify((data) => {
    const { meta, plain } = splitMeta(data as Record<string, unknown>);
    const next = compact(stampUpdate(plain as never, patch as never, actor, at) as Record<string, unknown>);
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
    const checked = validateDoc(name, next);
    if (!checked.ok) throw new DocValidationError(name, checked.issues);
    result = checked.value;
    return { ...meta, ...checked.value } as never;
  });
  return result!;
}

/** Soft delete to the trash (syncs like any edit); undo is `restoreDoc`. */
export function trashDoc<N extends CollectionName>(
  db: CrmDatabase,
  name: N,
  id: string,
  actor: Actor,
  now = new Date(),
) {
  return updateDoc(db, name, id, { trashedAt: now.toISOString() } as Partial<DocOf<N>>, actor, now);
}

export function restoreDoc<N extends CollectionName>(
  db: CrmDatabase,
  name: N,
  id: string,
  actor: Actor,
  now = new Date(),
) {
  return updateDoc(db, name, id, { trashedAt: undefined } as Partial<DocOf<N>>, actor, now);
}

/** RxDB's own fields (_deleted, _rev, _meta, _attachments) are not part of the domain schema. */
export function splitMeta(data: Record<string, unknown>) {
  const meta: Record<string, unknown> = {};
  const plain: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) (k.startsWith('_') ? meta : plain)[k] = v;
  return { meta, plain };
}
