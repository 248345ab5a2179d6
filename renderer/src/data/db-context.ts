import { createContext, useContext } from 'react';
import type { CrmDatabase } from '../db/database';

export const DatabaseContext = createContext<CrmDatabase | null>(null);

/** The open local database; components below the shell's loading gate can rely on it. */
export function useDatabase(): CrmDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseContext');
  return db;
}
