import { useMemo } from 'react';
import { AppShell, Burger, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { UserMenu } from '../features/auth';
import { ReminderScheduler, withScheduleEvents } from '../features/reminders';
import { getPlatform } from '../platform';
import { HeaderControls } from './HeaderControls';
import { useConfig } from '../data/use-config';
import { useDatabase } from '../data/db-context';
import { ENTRY_SHORTCUT, visibleNavItems } from './nav';
import { useSession } from '../data/session';
import { SyncIndicator } from './SyncIndicator';

/**
 * The frame around every page: header (name, sync state, language, theme) and navigation for every domain. It
 * also runs the app-wide OS reminder schedule.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { company } = useConfig(useDatabase());
  const session = useSession();
  // One view of the OS reminders for the app: the scheduler below keeps them planned, the bell lists them.
  const reminders = useMemo(() => withScheduleEvents(getPlatform().reminders), []);
  // Works inside inputs too: a rep in the middle of another screen jumps straight to the next card.
  useHotkeys([[ENTRY_SHORTCUT.hotkey, () => navigate('/leads/entry')]], []);

  const isActive = (path: string) =>
    path === '/leads'
      ? pathname === '/leads' || /^\/leads\/(?!entry)/.test(pathname)
      : pathname.startsWith(path);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <ReminderScheduler reminders={reminders} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNav')}
            />
            <Title order={4} style={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Title>
            <SyncIndicator />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <UserMenu />
            <HeaderControls reminders={reminders} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea type="never">
          {visibleNavItems(company.leadManagement, session.role).map((item) => (
            <NavLink
              key={item.key}
              component={RouterNavLink}
              to={item.path}
              end
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={18} stroke={1.6} />}
              rightSection={
                item.key === 'entry' ? (
                  <Text
                    component="span"
                    size="xs"
                    c="dimmed"
                    title={t('app.shortcutHint', { keys: ENTRY_SHORTCUT.label })}
                  >
                    <Kbd size="xs">{ENTRY_SHORTCUT.label}</Kbd>
                  </Text>
                ) : undefined
              }
              active={isActive(item.path)}
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
