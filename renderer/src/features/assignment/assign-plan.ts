import { POOL_OWNER } from '@shared/model/common';
import type { Role } from '@shared/model/settings';
import { canAssignAny, canMove, type Viewer } from '@shared/permissions/policy';
import type { AssignableUser } from '../../data/use-users';

export type AssignMode = 'one' | 'roundRobin' | 'pool';

export interface AssignChoice {
  mode: AssignMode;
  /** 'one': the one owner; 'roundRobin': the reps to share among, in order. Ignored for 'pool'. */
  ownerIds: string[];
}

/** One POST /assign call: these ids to this owner. */
export interface AssignBatch {
  ownerId: string;
  ids: string[];
}

export type PlanResult =
  | { ok: true; batches: AssignBatch[] }
  | { ok: false; field: 'ids' | 'ownerIds'; error: 'noRecords' | 'noOwner' };

/**
 * Splits the chosen records into one batch per new owner: all to one rep, dealt out in turn (the first record
 * to the first rep, the second to the second, …), or back to the public pool.
 */
export function planAssignment(ids: readonly string[], choice: AssignChoice): PlanResult {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { ok: false, field: 'ids', error: 'noRecords' };
  if (choice.mode === 'pool') return { ok: true, batches: [{ ownerId: POOL_OWNER, ids: unique }] };
  const owners = [...new Set(choice.ownerIds.filter(Boolean))];
  if (owners.length === 0) return { ok: false, field: 'ownerIds', error: 'noOwner' };
  if (choice.mode === 'one') return { ok: true, batches: [{ ownerId: owners[0]!, ids: unique }] };
  const batches = owners.map((ownerId) => ({ ownerId, ids: [] as string[] }));
  unique.forEach((id, i) => batches[i % owners.length]!.ids.push(id));
  return { ok: true, batches: batches.filter((b) => b.ids.length > 0) };
}

export type { AssignableUser };

/**
 * Whom a viewer may assign to, as the policy's `canMove` decides for a record of the viewer's department
 * (an admin: anyone active; a manager: the active people of their own department; a rep: nobody).
 */
export function assignableUsers(
  users: readonly (AssignableUser & { active: boolean })[],
  viewer: Pick<Viewer, 'role' | 'departmentId'> & { userId?: string },
): AssignableUser[] {
  const who: Viewer = { userId: viewer.userId ?? '', role: viewer.role, departmentId: viewer.departmentId };
  const from = { ownerId: POOL_OWNER, departmentId: viewer.departmentId };
  return users
    .filter(
      (u) =>
        canMove(
          who,
          from,
          { ownerId: u.id, departmentId: u.departmentId },
          { kind: 'user', departmentId: u.departmentId, active: u.active },
        ).ok,
    )
    .map(({ id, name, role, departmentId, regions }) => ({
      id,
      name,
      role,
      departmentId,
      ...(regions?.length ? { regions } : {}),
    }))
    .sort((a, b) =>
      a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'rep' ? -1 : b.role === 'rep' ? 1 : 0,
    );
}

/** Managers and admins assign; reps claim from the pool instead (the policy's `canAssignAny`). */
export const canAssignRecords = (role: Role) => canAssignAny({ role }).ok;
