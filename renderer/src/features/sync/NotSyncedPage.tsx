import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconNote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { collectionNames, type CollectionName } from '@shared/model/collections';
import { newId } from '@shared/model/id';
import type { NotSyncedItem } from '../../db/replication';
import { useDatabase } from '../../data/db-context';
import { formatDateTime } from '../../ui/format';
import { useSyncStatus } from '../../data/sync-status';
import { copyText, handOverRequest, recordLabel } from './hand-over';
import { useSync } from '../../data/sync-context';

interface Row {
  item: NotSyncedItem;
  /** The local record, or the refused state the list kept when the record has left the device. */
  doc: Record<string, unknown> | null;
  gone: boolean;
}

/** 未同步的更改: every change the server refused, with its reason; kept on the device until resolved. */
export function NotSyncedPage({ items: injected }: { items?: NotSyncedItem[] }) {
  const { t, i18n } = useTranslation('sync');
  const db = useDatabase();
  const sync = useSync();
  const status = useSyncStatus();
  const items = injected ?? sync.handle?.notSynced() ?? [];
  // Re-read when the count changes (the client reports it) or the list is replaced.
  const key = `${status.notSynced ?? 0}|${items.map((i) => `${i.collection}/${i.id}@${i.at}`).join(',')}`;
  const [rows, setRows] = useState<Row[]>([]);

  useEffect(() => {
    let live = true;
    void Promise.all(
      items.map(async (item): Promise<Row> => {
        const collection = collectionNames.includes(item.collection as CollectionName)
          ? db.collections[item.collection as CollectionName]
          : undefined;
        const local = collection ? await collection.findOne(item.id).exec() : null;
        return {
          item,
          doc: local ? (local.toJSON() as Record<string, unknown>) : (item.doc ?? null),
          gone: !local,
        };
      }),
    ).then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [key, db]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Stack gap="sm">
      <Title order={2}>{t('notSynced.title')}</Title>
      <Text size="sm" c="dimmed">
        {sync.user ? t('notSynced.intro') : t('notSynced.signedOut')}
      </Text>
      {rows.length === 0 ? (
        <Alert color="teal" data-testid="not-synced-empty">
          {t('notSynced.empty')}
        </Alert>
      ) : (
        <Table striped withTableBorder data-testid="not-synced-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notSynced.record')}</Table.Th>
              <Table.Th>{t('notSynced.reason')}</Table.Th>
              <Table.Th>{t('notSynced.at')}</Table.Th>
              <Table.Th>{t('notSynced.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <NotSyncedRow
                key={`${row.item.collection}/${row.item.id}`}
                row={row}
                language={i18n.language}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function NotSyncedRow({ row: { item, doc, gone }, language }: { row: Row; language: string }) {
  const { t } = useTranslation('sync');
  const sync = useSync();
  const clipboard = useClipboard({ timeout: 1500 });
  const [handedOver, setHandedOver] = useState(false);
  // One id per row: pressing again after a lost answer lands the same note once.
  const [noteId] = useState(newId);
  const label = recordLabel(doc, item.id);
  const request = handOverRequest(item, doc, `${t('notSynced.title')}: ${label}`, noteId);

  async function handOver() {
    if (!request) return;
    try {
      if (!sync.handle) throw new Error(t('notSynced.handOverOffline'));
      await sync.handle.handOver(request);
      setHandedOver(true);
      notifications.show({ color: 'teal', message: t('notSynced.handedOver') });
    } catch (err) {
      notifications.show({
        color: 'red',
        message: t('notSynced.handOverFailed', { message: err instanceof Error ? err.message : String(err) }),
      });
    }
  }

  return (
    <Table.Tr data-testid="not-synced-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`notSynced.collections.${item.collection}`, { defaultValue: item.collection })}
          {gone ? ` ${t('notSynced.missing')}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Badge
            color={item.code === 'FORBIDDEN' ? 'orange' : 'red'}
            variant="light"
            style={{ flexShrink: 0 }}
          >
            {t(`notSynced.codes.${item.code}`, { defaultValue: item.code })}
          </Badge>
          {/* The server's own words stay one hover away: support needs them, the user needs their language. */}
          <Text size="sm" data-testid="not-synced-reason" title={item.reason}>
            {t(`notSynced.explain.${item.code}`, { defaultValue: item.reason })}
          </Text>
        </Group>
        {item.issues?.map((i) => (
          <Text key={i.field} size="xs" c="red">
            {i.field}: {i.message}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(item.at, language)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconCopy size={14} />}
            onClick={() => clipboard.copy(copyText(item, doc))}
          >
            {clipboard.copied ? t('notSynced.copied') : t('notSynced.copy')}
          </Button>
          {request && (
            <Tooltip label={t('notSynced.handOverHint')} multiline w={280}>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconNote size={14} />}
                disabled={handedOver}
                onClick={() => void handOver()}
              >
                {t('notSynced.handOver')}
              </Button>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
