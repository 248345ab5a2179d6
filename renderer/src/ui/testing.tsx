import type { ReactNode } from 'react';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openDatabase, type CrmDatabase } from '../db/database';
import { createI18n, type Language } from '../i18n/i18n';
import { DatabaseContext } from '../data/db-context';
import { LOCAL_SESSION, SessionContext, type Session } from '../data/session';
import { theme } from './theme';

// happy-dom lacks the FontFaceSet that Mantine's autosizing textarea listens to.
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

let n = 0;
/** A fresh in-memory database per test: the real schemas and collections, no IndexedDB. */
export function openTestDatabase(): Promise<CrmDatabase> {
  return openDatabase({
    name: `test-${Date.now()}-${n++}`,
    storage: getRxStorageMemory() as never,
    multiInstance: false,
  });
}

/**
 * A fresh database for every test of the calling file, removed (and the rendered tree unmounted) after it:
 * `let db: CrmDatabase; withTestDatabase((opened) => (db = opened));`
 */
export function withTestDatabase(onOpen: (db: CrmDatabase) => void): void {
  let db: CrmDatabase | undefined;
  beforeEach(async () => {
    db = await openTestDatabase();
    onOpen(db);
  });
  afterEach(async () => {
    cleanup();
    await db?.remove();
  });
}

/** The app's providers around a component under test (component tests only). */
export function AppTestProviders({
  db,
  children,
  language = 'zh-CN',
  session = LOCAL_SESSION,
  path = '/',
}: {
  db: CrmDatabase;
  children: ReactNode;
  language?: Language;
  session?: Session;
  path?: string;
}) {
  return (
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider theme={theme}>
        <Notifications />
        <SessionContext.Provider value={session}>
          <DatabaseContext.Provider value={db}>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path="*" element={children} />
              </Routes>
            </MemoryRouter>
          </DatabaseContext.Provider>
        </SessionContext.Provider>
      </MantineProvider>
    </I18nextProvider>
  );
}
