import type { Kysely } from 'kysely';
import { COMPANY_SETTINGS_ID, DEFAULT_COMPANY } from '../../shared/model/config-defaults';
import { defaultPipelines } from '../../shared/pipeline/defaults';
import { DEFAULT_RATES_TO_CNY, rateSettingId } from '../../shared/reports/default-rates';
import { validateDoc } from '../../shared/model/validate';
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_PASSWORD } from '../../shared/demo/organisation';
import type { Database } from '../db/schema';
import { hashPassword } from '../auth/passwords';
import { writeDoc } from '../db/docs-table';

const ADMIN = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
/** Monthly sales targets in CNY, so the performance report shows quota completion from the start. */
const DEMO_REP_QUOTA = 300_000;
const DEMO_DEPARTMENT_QUOTA = 800_000;

/** Creates the demo organisation once (users, departments and their synced settings); a no-op afterwards. */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  const exists = await db.selectFrom('users').select('id').where('id', '=', ADMIN.id).executeTakeFirst();
  if (exists) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date().toISOString();
  const stamp = (id: string) => ({
    id,
    ownerId: ADMIN.id,
    departmentId: '',
    createdAt: now,
    updatedAt: now,
    createdBy: ADMIN.id,
    updatedBy: ADMIN.id,
  });
  const settings = [
    ...DEMO_DEPARTMENTS.map((d) => ({
      ...stamp(d.id),
      kind: 'department',
      data: {
        name: d.name,
        managerId: DEMO_ACCOUNTS.find((a) => a.role === 'manager' && a.departmentId === d.id)?.id,
        monthlyQuota: DEMO_DEPARTMENT_QUOTA,
      },
    })),
    ...DEMO_ACCOUNTS.map((a) => ({
      ...stamp(a.id),
      kind: 'user',
      data: {
        email: a.email,
        name: a.name,
        role: a.role,
        departmentId: a.departmentId,
        active: true,
        ...(a.role === 'rep' ? { monthlyQuota: DEMO_REP_QUOTA } : {}),
        ...(a.regions ? { regions: a.regions } : {}),
      },
    })),
    {
      ...stamp(COMPANY_SETTINGS_ID),
      kind: 'company',
      data: { ...DEFAULT_COMPANY, name: 'Demo Export Co. / 演示外贸公司' },
    },
    ...defaultPipelines().map(({ id, pipeline }) => ({ ...stamp(id), kind: 'pipeline', data: pipeline })),
    ...Object.entries(DEFAULT_RATES_TO_CNY).map(([currency, rateToBase]) => ({
      ...stamp(rateSettingId(currency)),
      kind: 'currencyRate',
      data: { currency, rateToBase },
    })),
  ];
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('departments')
      .values(DEMO_DEPARTMENTS.map((d) => ({ id: d.id, name: d.name })))
      .execute();
    await tx
      .insertInto('users')
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          id: a.id,
          email: a.email,
          name: a.name,
          role: a.role,
          department_id: a.departmentId,
          password_hash: passwordHash,
          active: true,
        })),
      )
      .execute();
    for (const doc of settings) {
      const checked = validateDoc('settings', doc);
      if (!checked.ok)
        throw new Error(
          `demo settings ${doc.id}: ${checked.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
        );
      await writeDoc(tx, 'settings', checked.value, false, false);
    }
  });
  return true;
}
