import type { Transaction } from 'kysely';
import type { Activity } from '../../shared/model/activity';
import type { CollectionName } from '../../shared/model/collections';
import { validateDoc } from '../../shared/model/validate';
import { canRead } from '../../shared/permissions/policy';
import type { Role } from '../../shared/model/settings';
import { clashLostNotification } from '../../shared/sync/clash-notification';
import type { Database } from '../db/schema';
import { docData as parse, writeDoc } from '../db/docs-table';

/**
 * Tells the user whose edit lost a clash (shared/sync/clash-notification.ts), in the transaction that writes
 * the clash record. Only a user who may still read the record hears its name from a device's clash record (a
 * forged one must not reveal a record to someone outside its scope); the server's own former-owner merge
 * (`trusted`) tells the former owner, who held the record when making the edit. Returns whether it wrote one.
 */
export async function notifyClashLoser(
  tx: Transaction<Database>,
  activity: Activity,
  trusted: boolean,
): Promise<boolean> {
  const loser = typeof activity.data?.loserUpdatedBy === 'string' ? activity.data.loserUpdatedBy : '';
  const collection = activity.data?.collection;
  if (!loser || typeof collection !== 'string') return false;
  const user = await tx
    .selectFrom('users')
    .select(['role', 'department_id', 'active'])
    .where('id', '=', loser)
    .executeTakeFirst();
  if (!user?.active) return false;
  const row = await tx
    .selectFrom('docs')
    .select(['data', 'owner_id', 'department_id', 'deleted'])
    .where('collection', '=', collection)
    .where('id', '=', activity.subjectId)
    .executeTakeFirst();
  if (!row || row.deleted) return false;
  const viewer = { userId: loser, role: user.role as Role, departmentId: user.department_id };
  const scope = { ownerId: row.owner_id, departmentId: row.department_id };
  if (!trusted && !canRead(viewer, collection as CollectionName, scope)) return false;
  const note = clashLostNotification(activity, parse(row), user.department_id, new Date().toISOString());
  if (!note) return false;
  const checked = validateDoc('notifications', note);
  if (!checked.ok) return false;
  const exists = await tx
    .selectFrom('docs')
    .select('id')
    .where('collection', '=', 'notifications')
    .where('id', '=', note.id)
    .executeTakeFirst();
  if (exists) return false;
  await writeDoc(tx, 'notifications', checked.value as never, false, false);
  return true;
}
