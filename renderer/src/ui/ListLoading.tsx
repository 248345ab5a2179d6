import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Until the local store has answered, a list says it is reading, never "none yet" (that reads as data loss). */
export function ListLoading() {
  const { t } = useTranslation();
  return (
    <Group justify="center" gap="sm" py="xl" data-testid="list-loading" role="status">
      <Loader size="sm" />
      <Text c="dimmed">{t('app.loadingDb')}</Text>
    </Group>
  );
}
