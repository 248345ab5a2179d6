import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '@shared/model/collections';
import { formatPhone } from '@shared/rules/phone-format';
import { useDatabase } from '../../data/db-context';
import { formatDateTime } from '../../ui/format';
import { useSession } from '../../data/session';
import { updateDoc } from '../../db/write';
import { useUserName } from '../../data/use-user-name';

/** What a 'conflict' activity records (see db/conflict-handler.ts). */
export interface ClashData {
  collection: CollectionName;
  field: string;
  winnerValue: unknown;
  loserValue: unknown;
  loserUpdatedAt?: string;
  loserUpdatedBy?: string;
  winnerUpdatedAt?: string;
  winnerUpdatedBy?: string;
}

/** Where each record type keeps its field labels. */
const LABEL_KEYS: Partial<Record<CollectionName, (f: string) => string>> = {
  leads: (f) => `lead.fields.${f}`,
  accounts: (f) => `accounts:fields.${f}`,
  contacts: (f) => `accounts:contactFields.${f}`,
  opportunities: (f) => `sales:opp.fields.${f}`,
};

export function isClashData(data: unknown): data is ClashData {
  const d = data as Partial<ClashData> | undefined;
  return typeof d?.collection === 'string' && typeof d.field === 'string';
}

/**
 * A clash in words: the field's label, both values as a person reads them, who made each and when; the
 * record's owner can put the replaced value back with one click.
 */
export function ClashEntry({
  clash,
  subjectId,
  ownerId,
}: {
  clash: ClashData;
  subjectId: string;
  ownerId: string;
}) {
  const { t, i18n } = useTranslation('activities');
  const db = useDatabase();
  const session = useSession();
  const userName = useUserName();
  const labelKey = LABEL_KEYS[clash.collection]?.(clash.field);
  const label = labelKey && i18n.exists(labelKey) ? String(i18n.t(labelKey)) : t('clash.otherField');
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
      return t('clash.empty');
    if (Array.isArray(v))
      return v.map((x) => (clash.field === 'phones' ? formatPhone(String(x)) : String(x))).join(', ');
    if (typeof v === 'object')
      return Object.values(v as object)
        .map(String)
        .join(', ');
    return String(v);
  };
  const when = (at?: string) => (at ? formatDateTime(at, i18n.language) : '');
  const restore = async () => {
    await updateDoc(db, clash.collection, subjectId, { [clash.field]: clash.loserValue } as never, session);
    notifications.show({ color: 'teal', message: t('clash.restored', { field: label }) });
  };
  return (
    <Stack gap={2} mt={4} data-testid="clash">
      <Text size="sm" fw={500}>
        {t('clash.title', { field: label })}
      </Text>
      <Text size="sm" data-testid="clash-kept">
        {t('clash.kept', { value: show(clash.winnerValue) })}
        {clash.winnerUpdatedBy && (
          <Text span size="xs" c="dimmed" ml={8}>
            {t('clash.by', { who: userName(clash.winnerUpdatedBy), time: when(clash.winnerUpdatedAt) })}
          </Text>
        )}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed" data-testid="clash-replaced">
          {t('clash.replaced', { value: show(clash.loserValue) })}
          <Text span size="xs" c="dimmed" ml={8}>
            {t('clash.by', { who: userName(clash.loserUpdatedBy), time: when(clash.loserUpdatedAt) })}
          </Text>
        </Text>
        {ownerId === session.userId && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconRestore size={14} />}
            onClick={() => void restore()}
            data-testid="clash-restore"
          >
            {t('clash.restore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
