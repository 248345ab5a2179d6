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

export type Decision =
  | { ok: true }
  | { ok: false; code: 'FORBIDDEN'; reason: string }
  /** A well-formed request naming something that does not fit, e.g. an owner outside the given department. */
  | { ok: false; code: 'INVALID'; reason: string; field: string };
const allow: Decision = { ok: true };
const deny = (reason: string): Decision => ({ ok: false, code: 'FORBIDDEN', reason });
const invalid = (field: string, message: string): Decision => ({
  ok: false,
  code: 'INVALID',
  reason: `${field}: ${message}`,
  field,
});

/** Settings of this kind are private to their owner: nobody else reads or writes them, admins included. */
export const PRIVATE_SETTINGS_KIND = 'userPrefs';
const isOthersPrefs = (viewer: Viewer, doc: Scoped | undefined) =>
  doc?.kind === PRIVATE_SETTINGS_KIND && doc.ownerId !== viewer.userId;

/** What a viewer's pull may return, in terms the server turns into SQL. */
export type ReadScope =
  /** `onlyOwnPrivate`: settings only; of the private kind, only the viewer's own documents. */
  | { kind: 'all'; onlyOwnPrivate?: { settingsKind: string; ownerId: string } }
  | { kind: 'department'; departmentId: string }
  | { kind: 'owner'; ownerId: string };

export function readScope(viewer: Viewer, collection: CollectionName): ReadScope {
  if (collection === 'settings')
    return { kind: 'all', onlyOwnPrivate: { settingsKind: PRIVATE_SETTINGS_KIND, ownerId: viewer.userId } };
  if (viewer.role === 'admin' || SHARED_COLLECTIONS.has(collection)) return { kind: 'all' };
  if (viewer.role === 'manager') return { kind: 'department', departmentId: viewer.departmentId };
  return { kind: 'owner', ownerId: viewer.userId };
}

/** Reads: admin everything; manager the department and the pool; rep own records and the pool. */
export function canRead(viewer: Viewer, collection: CollectionName, doc: Scoped): boolean {
  const scope = readScope(viewer, collection);
  if (scope.kind === 'all') return !(collection === 'settings' && isOthersPrefs(viewer, doc));
  if (doc.ownerId === POOL_OWNER) return true;
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
 * Reps never hard-delete; settings are for admins. Who holds the record afterwards (a change of `ownerId` or
 * `departmentId`, or a new record made for someone else) is `canMove`'s to decide, as for `/assign`.
 */
export function canWrite(
  viewer: Viewer,
  collection: CollectionName,
  current: Scoped | undefined,
  next: Scoped,
  hardDelete: boolean,
): Decision {
  if (collection === 'settings' && (isOthersPrefs(viewer, current) || isOthersPrefs(viewer, next)))
    return deny("a user's preferences are theirs alone");
  if (collection === 'settings' && viewer.role !== 'admin') {
    if (isOwnPrefs(viewer, current) && isOwnPrefs(viewer, next) && !hardDelete) return allow;
    return deny('settings are changed by admins only');
  }
  if (hardDelete && viewer.role === 'rep')
    return deny('reps cannot delete records permanently; move them to the trash');
  if (current && !canEditExisting(viewer, collection, current))
    return deny(`this ${collection} record is not yours to change`);
  return allow;
}

/** Where a record would go: the pool, or a user (undefined when there is no such user). */
export type Holder = { kind: 'pool' } | { kind: 'user'; departmentId: string; active: boolean } | undefined;

/** True when `next` holds the record elsewhere than `current` (a new record starts with its writer). */
export function movesScope(viewer: Viewer, current: Scoped | undefined, next: Scoped): boolean {
  const from = current ?? { ownerId: viewer.userId, departmentId: viewer.departmentId };
  return from.ownerId !== next.ownerId || from.departmentId !== next.departmentId;
}

/**
 * Every change of who holds a record, whichever endpoint makes it: `POST /assign`, and a push that changes
 * `ownerId` or `departmentId` or creates a record for someone else (`from` undefined: it starts with the
 * writer). Admins move anything anywhere; managers within their department (its records or the pool, to its
 * users or the pool); reps never. A user owner must be active and `departmentId` must be theirs, so no
 * record sits with a rep under another department's name.
 */
export function canMove(viewer: Viewer, from: Scoped | undefined, to: Scoped, holder: Holder): Decision {
  if (!movesScope(viewer, from, to)) return allow;
  const origin = from ?? { ownerId: viewer.userId, departmentId: viewer.departmentId };
  const valid =
    to.ownerId === POOL_OWNER ? holder?.kind === 'pool' : holder?.kind === 'user' && holder.active;
  if (!valid || !holder) return invalid('ownerId', `no active user ${to.ownerId}`);
  const targetDepartment = holder.kind === 'user' ? holder.departmentId : to.departmentId;
  if (viewer.role === 'rep') return deny('only managers and admins give records to others or move them');
  if (viewer.role === 'manager') {
    if (origin.departmentId !== viewer.departmentId && origin.ownerId !== POOL_OWNER)
      return deny('the record is in another department');
    // Managers edit every pool record, so a new one may go to any department's pool; a move keeps its department.
    const staysInPool = to.ownerId === POOL_OWNER && (!from || to.departmentId === origin.departmentId);
    if (targetDepartment !== viewer.departmentId && !staysInPool)
      return deny('the new owner is in another department');
  }
  if (holder.kind === 'user' && to.departmentId !== holder.departmentId)
    return invalid('departmentId', `must be the owner's department (${holder.departmentId || 'none'})`);
  return allow;
}

/** Whether this role assigns records at all (reps claim from the pool instead). */
export function canAssignAny(viewer: Pick<Viewer, 'role'>): Decision {
  return viewer.role === 'rep' ? deny('only managers and admins assign records') : allow;
}

/** `POST /assign`: managers and admins, on records they may change; where the record goes is `canMove`'s. */
export function canAssign(
  viewer: Viewer,
  collection: CollectionName,
  doc: Scoped,
  to: Scoped,
  holder: Holder,
): Decision {
  const may = canAssignAny(viewer);
  if (!may.ok) return may;
  if (!canEditExisting(viewer, collection, doc)) return deny('the record is in another department');
  return canMove(viewer, doc, to, holder);
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
