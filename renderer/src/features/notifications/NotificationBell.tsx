import { useEffect, useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Indicator,
  Menu,
  Paper,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import { IconBell, IconCheck, IconClockPause, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '@shared/model/notification';
import type { RecordType } from '@shared/model/common';
import { useDatabase } from '../../data/db-context';
import { formatShortDateTime } from '../../ui/format';
import { useSession } from '../../data/session';
import { updateDoc } from '../../db/write';
import type { ReminderEntry } from '../../platform';
import { recordPath } from '../chain';
import type { ScheduledReminders } from '../reminders';
import { centreModel, snoozeTimes } from './centre-model';
import { useAlerts } from './use-alerts';
import { useReminderEntries } from './use-reminder-entries';

/**
 * The bell in the header: the number of things to handle, and the centre listing due, snoozed and upcoming
 * reminders and the server's alerts, with open / snooze / done. It opens the record when an OS notification
 * is clicked. The schedule itself is kept by the shell's ReminderScheduler, over the same `reminders`.
 */
export function NotificationBell({ reminders }: { reminders: ScheduledReminders }) {
  const { t, i18n } = useTranslation('notifications');
  const db = useDatabase();
  const session = useSession();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);

  const { entries, refresh } = useReminderEntries(reminders);
  // After each new schedule the centre re-reads it: a reminder just planned shows as upcoming at once.
  useEffect(() => reminders.onScheduled(() => void refresh()), [reminders, refresh]);
  const alerts = useAlerts(db, session.userId);
  const model = centreModel(entries, alerts, session.userId, new Date());

  useEffect(
    () =>
      reminders.onClicked((click) => {
        if (click.kind === 'record') navigate(recordPath(click.recordType, click.recordId));
        else setOpened(true); // a summary of several: the centre lists them
      }),
    [reminders, navigate],
  );
  useEffect(() => {
    if (opened) void refresh();
  }, [opened, refresh]);

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (e) {
      toast.show({
        color: 'red',
        message: t('failed', { message: e instanceof Error ? e.message : String(e) }),
      });
    }
    await refresh();
  };
  const open = (type: RecordType, id: string) => {
    setOpened(false);
    navigate(recordPath(type, id));
  };
  const markRead = (n: Notification) =>
    updateDoc(db, 'notifications', n.id, { readAt: new Date().toISOString() }, session);
  const when = (iso?: string) => formatShortDateTime(iso, i18n.language);

  const reminderRow = (e: ReminderEntry) => {
    const { hour, tomorrow } = snoozeTimes(new Date());
    return (
      <Paper
        key={e.id}
        withBorder
        p="xs"
        radius="sm"
        data-testid="reminder-item"
        data-reminder-id={e.id}
        data-status={e.status}
      >
        <Text size="sm" fw={500} lineClamp={2}>
          {e.title}
        </Text>
        {e.body && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {e.body}
          </Text>
        )}
        <Group justify="space-between" mt={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {e.status === 'snoozed'
              ? t('snoozedUntil', { time: when(e.snoozedUntil) })
              : t('dueAt', { time: when(e.dueAt) })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('open')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('open')}
                onClick={() => open(e.recordType, e.recordId)}
              >
                <IconExternalLink size={16} />
              </ActionIcon>
            </Tooltip>
            {e.status !== 'pending' && (
              <Menu position="bottom-end" withinPortal={false}>
                <Menu.Target>
                  <ActionIcon variant="subtle" size="sm" aria-label={t('snooze')}>
                    <IconClockPause size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => void run(() => reminders.snooze(e.id, hour))}>
                    {t('snoozeHour')}
                  </Menu.Item>
                  <Menu.Item onClick={() => void run(() => reminders.snooze(e.id, tomorrow))}>
                    {t('snoozeTomorrow')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
            <Tooltip label={t('done')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                color="green"
                aria-label={t('done')}
                onClick={() => void run(() => reminders.done(e.id))}
              >
                <IconCheck size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </Paper>
    );
  };

  const alertRow = (n: Notification) => (
    <Paper
      key={n.id}
      withBorder
      p="xs"
      radius="sm"
      data-testid="alert-item"
      data-read={n.readAt ? 'true' : 'false'}
      bg={n.readAt ? undefined : 'var(--mantine-primary-color-light)'}
    >
      <Group gap={6} wrap="nowrap">
        <Badge size="xs" variant="light" color={n.kind === 'expired' ? 'red' : 'orange'}>
          {t(`alertKind.${n.kind}`)}
        </Badge>
        <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={1}>
          {n.title}
        </Text>
      </Group>
      {n.body && (
        <Text size="xs" c="dimmed" lineClamp={2} title={n.body}>
          {t(`alertBody.${n.kind}`, { defaultValue: n.body })}
        </Text>
      )}
      <Group justify="space-between" mt={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {when(n.at)}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('open')}>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('open')}
              onClick={() => {
                if (!n.readAt) void run(() => markRead(n));
                open(n.subjectType, n.subjectId);
              }}
            >
              <IconExternalLink size={16} />
            </ActionIcon>
          </Tooltip>
          {!n.readAt && (
            <Tooltip label={t('markRead')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                color="green"
                aria-label={t('markRead')}
                onClick={() => void run(() => markRead(n))}
              >
                <IconCheck size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
    </Paper>
  );

  const section = (title: string, rows: ReactNode[], testId: string) =>
    rows.length > 0 && (
      <Stack gap={6} data-testid={testId}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {title}
        </Text>
        {rows}
      </Stack>
    );
  const unread = model.alerts.filter((n) => !n.readAt);
  const empty = model.due.length + model.snoozed.length + model.upcoming.length + model.alerts.length === 0;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" withArrow>
      <Popover.Target>
        <Indicator
          label={model.count}
          size={16}
          disabled={model.count === 0}
          color="red"
          offset={4}
          data-testid="notification-count"
        >
          <Tooltip label={t('bell')} disabled={opened}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={
                model.count ? `${t('bell')} · ${t('bellCount', { count: model.count })}` : t('bell')
              }
              onClick={() => setOpened((o) => !o)}
              data-testid="notification-bell"
            >
              <IconBell size={18} />
            </ActionIcon>
          </Tooltip>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="sm" data-testid="notification-centre">
        <Group justify="space-between" mb="xs" wrap="nowrap">
          <Title order={5}>{t('title')}</Title>
          {unread.length > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void run(() => Promise.all(unread.map(markRead)))}
            >
              {t('markAllRead')}
            </Button>
          )}
        </Group>
        <ScrollArea.Autosize mah="min(70vh, 520px)" type="auto" offsetScrollbars>
          <Stack gap="sm">
            {empty && (
              <Text size="sm" c="dimmed" ta="center" py="lg">
                {t('empty')}
              </Text>
            )}
            {section(t('due'), model.due.map(reminderRow), 'centre-due')}
            {section(t('alerts'), model.alerts.map(alertRow), 'centre-alerts')}
            {section(t('snoozed'), model.snoozed.map(reminderRow), 'centre-snoozed')}
            {section(t('upcoming'), model.upcoming.map(reminderRow), 'centre-upcoming')}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
