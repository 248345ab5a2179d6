import { collectionNames } from '../../../../shared/model/collections';
import type { CrmDatabase } from '../database';

/** Before the first sign-in the app works as this local profile. */
export const LOCAL_USER_ID = 'local';

/**
 * On the first sign-in, records made under the local profile become the signed-in user's, so that their
 * first push is accepted (a rep may only push records they own). Call before `startSync`. Returns the count.
 */
export async function reownLocalRecords(
  db: CrmDatabase,
  user: { id: string; departmentId: string },
): Promise<number> {
  let count = 0;
  for (const name of collectionNames) {
    const collection = db.collections[name] as CrmDatabase[typeof name] | undefined;
    if (!collection) continue;
    const docs = await collection.find({ selector: { ownerId: LOCAL_USER_ID } } as never).exec();
    for (const doc of docs) {
      const data = doc.toJSON() as Record<string, unknown>;
      await doc.incrementalPatch({
        ownerId: user.id,
        departmentId: user.departmentId,
        ...(data.createdBy === LOCAL_USER_ID ? { createdBy: user.id } : {}),
        ...(data.updatedBy === LOCAL_USER_ID ? { updatedBy: user.id } : {}),
      } as never);
      count++;
    }
  }
  return count;
}
