import {
  ActionIcon,
  Group,
  SegmentedControl,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../features/notifications';
import type { ScheduledReminders } from '../features/reminders';

/** Notification bell, language switch (中文 / English) and light/dark toggle. */
export function HeaderControls({ reminders }: { reminders: ScheduledReminders }) {
  const { t, i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Group gap="xs" wrap="nowrap">
      <NotificationBell reminders={reminders} />
      <SegmentedControl
        size="xs"
        aria-label={t('app.language')}
        value={i18n.language === 'en' ? 'en' : 'zh-CN'}
        onChange={(lng) => void i18n.changeLanguage(lng)}
        data={[
          { value: 'zh-CN', label: t('app.switchToChinese') },
          { value: 'en', label: t('app.switchToEnglish') },
        ]}
        data-testid="language-switch"
      />
      <Tooltip label={t('app.colorScheme')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('app.colorScheme')}
          onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
        >
          {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
