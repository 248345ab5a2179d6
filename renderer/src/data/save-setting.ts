import type { SettingsDoc, SettingsKind } from '@shared/model/settings';
import type { Actor } from '@shared/model/stamp';
import type { CrmDatabase } from '../db/database';
import { insertDoc, updateDoc } from '../db/write';

/** Creates or replaces one settings doc (validated by its kind's schema; a bad one throws naming the field). */
export async function saveSetting(
  db: CrmDatabase,
  id: string,
  kind: SettingsKind,
  data: Record<string, unknown>,
  actor: Actor,
): Promise<SettingsDoc> {
  const existing = await db.settings.findOne(id).exec();
  // Saving puts a setting in force again: a trashed one (e.g. a removed currency rate re-added) is restored.
  if (existing) return updateDoc(db, 'settings', id, { data, kind, trashedAt: undefined }, actor);
  // insertDoc stamps a fresh id unless the fields carry one: configuration keeps stable ids.
  return insertDoc(db, 'settings', { id, kind, data } as never, actor);
}
