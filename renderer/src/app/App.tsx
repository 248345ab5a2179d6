import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { i18n as I18n } from 'i18next';
import type { CrmDatabase } from '../db/database';
import { SyncProvider } from '../features/sync';
import { createI18n } from '../i18n/i18n';
import { DatabaseContext } from '../data/db-context';
import { AppRoutes } from './routes';
import { LOCAL_SESSION, SessionContext, type Session } from '../data/session';
import { trackOnline } from '../data/sync-status';
import { theme } from '../ui/theme';

export interface AppProps {
  openDb: () => Promise<CrmDatabase>;
  /** The session while nobody is signed in on this device; a stored sign-in (SyncProvider) replaces it. */
  session?: Session;
  i18n?: I18n;
}

/** Providers (theme, language, session, database) around the routed shell. HashRouter works from file://. */
export function App({ openDb, session = LOCAL_SESSION, i18n }: AppProps) {
  const i18nInstance = useMemo(() => i18n ?? createI18n(), [i18n]);
  useEffect(() => trackOnline(), []);
  return (
    <I18nextProvider i18n={i18nInstance}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="bottom-right" />
        <SessionContext.Provider value={session}>
          <DatabaseGate openDb={openDb}>
            <SyncProvider fallbackSession={session}>
              <HashRouter>
                <AppRoutes />
              </HashRouter>
            </SyncProvider>
          </DatabaseGate>
        </SessionContext.Provider>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** Opens the local database once, then renders the app with it. */
function DatabaseGate({ openDb, children }: { openDb: () => Promise<CrmDatabase>; children: ReactNode }) {
  const { t } = useTranslation();
  const [db, setDb] = useState<CrmDatabase | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    openDb().then(
      (d) => live && setDb(d),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [openDb]);
  if (error)
    return (
      <Center h="100dvh" p="md">
        <Alert color="red" title={t('app.name')} maw={560}>
          {t('app.dbError', { message: error })}
        </Alert>
      </Center>
    );
  if (!db)
    return (
      <Center h="100dvh">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed">{t('app.loadingDb')}</Text>
        </Stack>
      </Center>
    );
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}
