import { useEffect, useState } from 'react';
import type { MangoQuerySelector } from 'rxdb';
import type { CollectionName, DocOf } from '@shared/model/collections';
import type { CrmDatabase } from '../db/database';

/**
 * Live documents of one collection (local writes and sync both re-emit). `undefined` until the first result,
 * so screens can tell "loading" from "none". The selector is compared by value, so inline objects are fine.
 */
export function useLiveDocs<N extends CollectionName>(
  db: CrmDatabase,
  name: N,
  selector?: MangoQuerySelector<DocOf<N>>,
): DocOf<N>[] | undefined {
  const [docs, setDocs] = useState<DocOf<N>[] | undefined>(undefined);
  const key = JSON.stringify(selector ?? {});
  useEffect(() => {
    const query = (
      db[name] as unknown as {
        find(q: object): { $: import('rxjs').Observable<Array<{ toJSON(): unknown }>> };
      }
    ).find({
      selector: JSON.parse(key) as object,
    });
    const sub = query.$.subscribe((found) => setDocs(found.map((d) => d.toJSON() as DocOf<N>)));
    return () => sub.unsubscribe();
  }, [db, name, key]);
  return docs;
}

/** The records not in the trash. */
export const live = <T extends { trashedAt?: string }>(docs: readonly T[] | undefined): T[] =>
  (docs ?? []).filter((d) => !d.trashedAt);
