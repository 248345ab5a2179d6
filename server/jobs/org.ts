import type { Kysely } from 'kysely';
import { REMINDER_DEFAULTS } from '@shared/reminders/settings';
import type { Database } from '../db/schema';
import { parse } from '../sync/push';

/** What the jobs need to know about the organisation: who manages whom, and the company's alert setting. */
export interface Org {
  /** The manager of the user's department (the department settings doc, else its manager-role user). */
  managerOf(userId: string): string | undefined;
  departmentOf(userId: string): string;
  staleHours: number;
  /** Company rule: leads/accounts idle this many days return to the pool (0 = off). */
  poolReturnDays: number;
}

export async function loadOrg(db: Kysely<Database>): Promise<Org> {
  const users = await db.selectFrom('users').select(['id', 'role', 'department_id', 'active']).execute();
  const settings = await db
    .selectFrom('docs')
    .select(['id', 'data'])
    .where('collection', '=', 'settings')
    .where('deleted', '=', false)
    .execute();
  const departmentOf = new Map(users.map((u) => [u.id, u.department_id]));
  const managerOfDept = new Map<string, string>();
  for (const u of users) {
    if (u.role === 'manager' && u.active && u.department_id && !managerOfDept.has(u.department_id))
      managerOfDept.set(u.department_id, u.id);
  }
  let staleHours = REMINDER_DEFAULTS.staleHours;
  let poolReturnDays = 0;
  for (const row of settings) {
    const doc = parse(row) as { kind?: string; trashedAt?: string; data?: Record<string, unknown> };
    if (doc.trashedAt) continue;
    // The configured manager wins over "some manager-role user of that department".
    if (doc.kind === 'department' && typeof doc.data?.managerId === 'string' && doc.data.managerId)
      managerOfDept.set(row.id, doc.data.managerId);
    if (doc.kind === 'company' && typeof doc.data?.staleHours === 'number') staleHours = doc.data.staleHours;
    if (doc.kind === 'company' && typeof doc.data?.poolReturnDays === 'number')
      poolReturnDays = doc.data.poolReturnDays;
  }
  return {
    managerOf: (userId) => {
      const dept = departmentOf.get(userId);
      return dept ? managerOfDept.get(dept) : undefined;
    },
    departmentOf: (userId) => departmentOf.get(userId) ?? '',
    staleHours,
    poolReturnDays,
  };
}
