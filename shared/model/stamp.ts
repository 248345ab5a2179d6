import type { BaseDoc } from './common';
import { newId } from './id';

/** Who is writing: the signed-in user (or the device's local profile before the first sign-in). */
export interface Actor {
  userId: string;
  departmentId: string;
}

/** Fills the fields every synced document carries for a new record. */
export function stampNew<T extends object>(
  fields: T,
  actor: Actor,
  now: Date,
  owner?: Partial<Pick<BaseDoc, 'ownerId' | 'departmentId'>>,
): T & BaseDoc {
  const iso = now.toISOString();
  return {
    id: newId(now.getTime()),
    ownerId: owner?.ownerId ?? actor.userId,
    departmentId: owner?.departmentId ?? actor.departmentId,
    createdAt: iso,
    createdBy: actor.userId,
    ...fields,
    updatedAt: iso,
    updatedBy: actor.userId,
  };
}

/** Applies a change to an existing record, keeping identity and creation fields. */
export function stampUpdate<T extends BaseDoc>(doc: T, patch: Partial<T>, actor: Actor, now: Date): T {
  const next = { ...doc, ...patch, id: doc.id, createdAt: doc.createdAt, createdBy: doc.createdBy };
  next.updatedAt = now.toISOString();
  next.updatedBy = actor.userId;
  return next;
}
