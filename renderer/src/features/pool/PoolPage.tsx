import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POOL_OWNER } from '@shared/model/common';
import { useDatabase } from '../../data/db-context';
import { ListLoading } from '../../ui/ListLoading';
import { formatDateTime } from '../../ui/format';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { isPending } from './claim-queue';
import { usePoolClaims } from './use-pool-claims';

interface Row {
  collection: 'leads' | 'accounts';
  id: string;
  name: string;
  company: string;
  country: string;
  since: string;
}

/** 公海: the unassigned leads and accounts any rep may claim; claims made offline wait as pending. */
export function PoolPage() {
  const { t, i18n } = useTranslation('pool');
  const db = useDatabase();
  const leadDocs = useLiveDocs(db, 'leads', { ownerId: POOL_OWNER });
  const accountDocs = useLiveDocs(db, 'accounts', { ownerId: POOL_OWNER });
  const loaded = leadDocs !== undefined && accountDocs !== undefined;
  const leads = live(leadDocs);
  const accounts = live(accountDocs);
  const { queue, claim } = usePoolClaims();
  const sections: { key: 'leads' | 'accounts'; rows: Row[] }[] = [
    {
      key: 'leads',
      rows: leads.map((l) => ({
        collection: 'leads',
        id: l.id,
        name: l.name,
        company: l.company,
        country: l.country ?? '',
        since: l.updatedAt,
      })),
    },
    {
      key: 'accounts',
      rows: accounts.map((a) => ({
        collection: 'accounts',
        id: a.id,
        name: a.name,
        company: a.industry ?? '',
        country: a.country ?? '',
        since: a.updatedAt,
      })),
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {queue.length > 0 && (
          <Badge color="orange" data-testid="pool-pending-count">
            {t('pendingCount', { count: queue.length })}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('hint')}
      </Text>
      {sections.map(({ key, rows }) => (
        <Card key={key} withBorder padding="sm">
          <Text fw={600} mb="xs">
            {t(key, { count: rows.length })}
          </Text>
          {!loaded ? (
            <ListLoading />
          ) : rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('empty')}
            </Text>
          ) : (
            <Table data-testid={`pool-${key}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('name')}</Table.Th>
                  <Table.Th>{t('company')}</Table.Th>
                  <Table.Th>{t('country')}</Table.Th>
                  <Table.Th>{t('since')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id} data-testid="pool-row">
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.company}</Table.Td>
                    <Table.Td>{r.country}</Table.Td>
                    <Table.Td>{formatDateTime(r.since, i18n.language)}</Table.Td>
                    <Table.Td ta="right">
                      {isPending(queue, r) ? (
                        <Badge color="orange" variant="light">
                          {t('pending')}
                        </Badge>
                      ) : (
                        <Button
                          size="compact-sm"
                          onClick={() => void claim({ collection: r.collection, id: r.id, name: r.name })}
                        >
                          {t('claim')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      ))}
    </Stack>
  );
}
