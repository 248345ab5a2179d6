import type { Kysely } from 'kysely';
import { effectiveCompany } from '@shared/model/config-defaults';
import type { Database } from '../db/schema';
import { docData as parse } from '../db/docs-table';

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
  const docs = settings.map(
    (row) =>
      ({ ...parse(row), id: row.id }) as {
        id: string;
        kind: string;
        trashedAt?: string;
        data: Record<string, unknown>;
      },
  );
  for (const doc of docs) {
    // The configured manager wins over "some manager-role user of that department".
    if (
      !doc.trashedAt &&
      doc.kind === 'department' &&
      typeof doc.data?.managerId === 'string' &&
      doc.data.managerId
    )
      managerOfDept.set(doc.id, doc.data.managerId);
  }
  // The same company settings (and defaults) the devices show, so a rule the admin sees is the rule applied.
  const { staleHours, poolReturnDays } = effectiveCompany(docs);
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
