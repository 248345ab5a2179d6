import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { collectionDefs, collectionNames, type CollectionName, type DocOf } from '@shared/model/collections';
import { toRxJsonSchema } from '@shared/db/rxdb-schema';
import { mergeConflictHandler } from './conflict-handler';

addRxPlugin(RxDBMigrationSchemaPlugin);
// Local documents: device-only state such as sync's not-synced list (renderer/src/db/replication).
addRxPlugin(RxDBLocalDocumentsPlugin);

export type CrmCollections = { [N in CollectionName]: RxCollection<DocOf<N>> };
export type CrmDatabase = RxDatabase<CrmCollections>;

export interface OpenOptions {
  name: string;
  storage: RxStorage<unknown, unknown>;
  /** Tests open several "devices" in one process. */
  multiInstance?: boolean;
}

/**
 * Opens the local store with every synced collection. Schemas come from shared/ (zod → JSON schema); each
 * carries its version and migration strategies, so an older database on disk is migrated on open.
 */
export async function openDatabase({
  name,
  storage,
  multiInstance = true,
}: OpenOptions): Promise<CrmDatabase> {
  const db = await createRxDatabase<CrmCollections>({
    name,
    storage,
    multiInstance,
    eventReduce: true,
    closeDuplicates: true,
    localDocuments: true,
  });
  const creators = Object.fromEntries(
    collectionNames.map((n) => {
      const def = collectionDefs[n];
      return [
        n,
        {
          schema: toRxJsonSchema(n, def),
          migrationStrategies: def.migrations,
          conflictHandler: mergeConflictHandler,
        },
      ];
    }),
  );
  // RxDB's typed creator map cannot see through the generic loop; the schemas are derived from the same defs.
  await db.addCollections(creators as never);
  return db;
}
