import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { openDatabase, type CrmDatabase } from './database';

export const LOCAL_DB_NAME = 'export-crm';

let opening: Promise<CrmDatabase> | undefined;

/** The app's database, opened once per page (IndexedDB through Dexie); later calls share the same promise. */
export function openLocalDatabase(name = LOCAL_DB_NAME): Promise<CrmDatabase> {
  if (!opening) {
    opening = openDatabase({ name, storage: getRxStorageDexie() as never }).catch((err: unknown) => {
      opening = undefined; // let the user retry after e.g. a blocked upgrade
      throw err;
    });
  }
  return opening;
}
