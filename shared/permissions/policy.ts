/**
 * Who may see and change what: the one policy every server endpoint asks (docs/permissions.md).
 * Pure rules over plain values, so the client can use the same answers to hide buttons it would be refused.
 */
import { POOL_OWNER } from '../model/common';
import type { CollectionName } from '../model/collections';
import type { Role } from '../model/settings';

export interface Viewer {
  userId: string;
  role: Role;
  departmentId: string;
}

/** The scoping fields of any synced record. */
export interface Scoped {
  ownerId: string;
  departmentId: string;
  /** Settings documents only: their kind (a user's own `userPrefs` are theirs to write). */
  kind?: string;
}

/** A user's own preferences (saved views, quiet hours…): the one kind of settings a non-admin writes. */
const isOwnPrefs = (viewer: Viewer, doc: Scoped | undefined) =>
  !doc || (doc.kind === 'userPrefs' && doc.ownerId === viewer.userId);

/** Catalogue and configuration: every signed-in user reads all of it. */
const SHARED_COLLECTIONS = new Set<CollectionName>(['settings', 'products', 'campaigns']);

export type Decision = { ok: true } | { ok: false; code: 'FORBIDDEN'; reason: string };
const allow: Decision = { ok: true };
const deny = (reason: string): Decision => ({ ok: false, code: 'FORBIDDEN', reason });

/** What a viewer's pull may return, in terms the server turns into SQL. */
export type ReadScope =
  { kind: 'all' } | { kind: 'department'; departmentId: string } | { kind: 'owner'; ownerId: string };

export function readScope(viewer: Viewer, collection: CollectionName): ReadScope {
  if (viewer.role === 'admin' || SHARED_COLLECTIONS.has(collection)) return { kind: 'all' };
  if (viewer.role === 'manager') return { kind: 'department', departmentId: viewer.departmentId };
  return { kind: 'owner', ownerId: viewer.userId };
}

/** Reads: admin everything; manager the department and the pool; rep own records and the pool. */
export function canRead(viewer: Viewer, collection: CollectionName, doc: Scoped): boolean {
  const scope = readScope(viewer, collection);
  if (scope.kind === 'all' || doc.ownerId === POOL_OWNER) return true;
  if (scope.kind === 'department') return doc.departmentId === scope.departmentId;
  return doc.ownerId === scope.ownerId;
}

/** Records the viewer may change (not merely see): pool records are claimed first, then edited. */
function canEditExisting(viewer: Viewer, collection: CollectionName, doc: Scoped): boolean {
  if (viewer.role === 'admin') return true;
  if (collection === 'settings') return false;
  if (viewer.role === 'manager')
    return doc.departmentId === viewer.departmentId || doc.ownerId === POOL_OWNER;
  return doc.ownerId === viewer.userId;
}

/**
 * A pushed write: `current` is the server's row (undefined for a new record), `next` the pushed state.
 * Reps never hard-delete and never give a record away; settings are for admins.
 */
export function canWrite(
  viewer: Viewer,
  collection: CollectionName,
  current: Scoped | undefined,
  next: Scoped,
  hardDelete: boolean,
): Decision {
  if (collection === 'settings' && viewer.role !== 'admin') {
    if (isOwnPrefs(viewer, current) && isOwnPrefs(viewer, next) && !hardDelete) return allow;
    return deny('settings are changed by admins only');
  }
  if (hardDelete && viewer.role === 'rep')
    return deny('reps cannot delete records permanently; move them to the trash');
  if (current && !canEditExisting(viewer, collection, current))
    return deny(`this ${collection} record is not yours to change`);
  if (viewer.role === 'rep') {
    const ownerUnchanged = current && next.ownerId === current.ownerId;
    if (!ownerUnchanged && next.ownerId !== viewer.userId)
      return deny('a rep cannot set the owner to someone else');
    if (!current && next.departmentId !== viewer.departmentId)
      return deny('a rep creates records in their own department only');
  }
  if (viewer.role === 'manager' && next.ownerId !== POOL_OWNER && next.departmentId !== viewer.departmentId) {
    return deny('a manager writes records of their own department only');
  }
  return allow;
}

/** Assigning leads/accounts (and their children) to a user or the pool. */
export function canAssign(viewer: Viewer, doc: Scoped, target: Scoped | 'pool'): Decision {
  if (viewer.role === 'admin') return allow;
  if (viewer.role === 'rep') return deny('only managers and admins assign records');
  if (doc.departmentId !== viewer.departmentId && doc.ownerId !== POOL_OWNER)
    return deny('the record is in another department');
  if (target !== 'pool' && target.departmentId !== viewer.departmentId)
    return deny('the new owner is in another department');
  return allow;
}

/** Anyone may claim a pool record; it becomes theirs (and their department's). */
export function canClaim(_viewer: Viewer, doc: Scoped): Decision {
  return doc.ownerId === POOL_OWNER ? allow : deny('the record is not in the pool');
}

/**
 * Handing a refused change over as a note on a record: allowed to whoever sees the record now, and to a
 * former holder it was moved away from (who no longer sees it, which is why they need this).
 */
export function canHandOver(
  viewer: Viewer,
  collection: CollectionName,
  doc: Scoped,
  formerHolder: boolean,
): Decision {
  if (formerHolder || canRead(viewer, collection, doc)) return allow;
  return deny('you do not see this record and never held it');
}

export function canAdminister(viewer: Viewer): Decision {
  return viewer.role === 'admin' ? allow : deny('admins only');
}

/**
 * History that nobody rewrites: a clash record (`conflict` activity) is written once, by whichever device
 * or server merge found the clash first; later writes of the same id change nothing.
 */
export function isAppendOnly(collection: CollectionName, current: { kind?: unknown }): boolean {
  return collection === 'activities' && current.kind === 'conflict';
}
