import type { SettingsDoc } from '@shared/model/settings';
import type { Actor } from '@shared/model/stamp';
import { userReminderPrefsSchema, type UserReminderPrefs } from '@shared/reminders/settings';
import { DocValidationError, issuesOf } from '@shared/model/validate';
import type { CrmDatabase } from '../../db/database';
import { saveSetting } from '../../data/save-setting';

/** The user's one userPrefs settings doc (shared with other per-user preferences such as saved views). */
export const userPrefsId = (userId: string) => `prefs-${userId}`;

/** The reminder part of a userPrefs doc; a malformed one counts as "no preferences" rather than breaking reminders. */
export function readReminderPrefs(doc: Pick<SettingsDoc, 'data'> | undefined | null): UserReminderPrefs {
  const parsed = userReminderPrefsSchema.safeParse(doc?.data?.reminders ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Validates and stores the user's reminder preferences under `reminders`, keeping the doc's other keys.
 * A bad value throws a DocValidationError naming the field (e.g. "quietHours.start") and writes nothing.
 */
export async function saveReminderPrefs(
  db: CrmDatabase,
  actor: Actor,
  prefs: UserReminderPrefs,
): Promise<UserReminderPrefs> {
  const parsed = userReminderPrefsSchema.safeParse(prefs);
  if (!parsed.success) {
    throw new DocValidationError('settings', issuesOf(parsed.error));
  }
  const id = userPrefsId(actor.userId);
  const existing = await db.settings.findOne(id).exec();
  const data = { ...(existing?.data ?? {}), reminders: parsed.data };
  await saveSetting(db, id, 'userPrefs', data, actor);
  return parsed.data;
}
