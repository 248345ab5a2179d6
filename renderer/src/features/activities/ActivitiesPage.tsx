import { useMemo } from 'react';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkDoneButton } from './MarkDoneButton';
import { Link } from 'react-router';
import type { Activity } from '@shared/model/activity';
import { useDatabase } from '../../data/db-context';
import { formatDateTime, localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { useLiveDocs } from '../../data/use-live-docs';
import { monthRange } from '../reports';
import { taskBuckets, visitCounts } from './task-buckets';

const dayOf = (iso: string) => localDay(new Date(iso));
const linkOf = (a: Activity) =>
  a.subjectType === 'lead' ? `/leads/${a.subjectId}` : a.accountId ? `/accounts/${a.accountId}` : undefined;

/** 跟进与任务: my open tasks (overdue / today / upcoming), tick them off, and visits per rep this month. */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation('activities');
  const db = useDatabase();
  const session = useSession();
  const tasks = useLiveDocs(db, 'activities', { kind: 'task' });
  const visits = useLiveDocs(db, 'activities', { kind: 'visit' });
  const today = localDay(new Date());
  const buckets = useMemo(
    () => taskBuckets(tasks ?? [], session.userId, today, dayOf),
    [tasks, session, today],
  );
  const perRep = useMemo(() => visitCounts(visits ?? [], monthRange(today).period, dayOf), [visits, today]);

  const list = (key: 'overdue' | 'today' | 'upcoming' | 'undated', color: string) => (
    <Card withBorder padding="sm" data-testid={`tasks-${key}`}>
      <Text fw={600} c={color} mb="xs">
        {t(`tasks.${key}`, { count: buckets[key].length })}
      </Text>
      {buckets[key].length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {buckets[key].map((task) => {
            const to = linkOf(task);
            return (
              <Group key={task.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="task-row">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {task.title}
                  </Text>
                  {task.dueAt && (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(task.dueAt, i18n.language)}
                    </Text>
                  )}
                </div>
                <Group gap={4} wrap="nowrap">
                  {to && (
                    <Button component={Link} to={to} size="compact-xs" variant="subtle">
                      {t('tasks.open')}
                    </Button>
                  )}
                  <MarkDoneButton taskId={task.id} />
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );

  return (
    <Stack gap="md">
      <Title order={2}>{t('title')}</Title>
      <Title order={4}>{t('tasks.mine')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {list('overdue', 'red')}
        {list('today', 'orange')}
        {list('upcoming', 'blue')}
        {list('undated', 'gray')}
      </SimpleGrid>
      <Title order={4}>{t('visits.title')}</Title>
      {perRep.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('visits.none')}
        </Text>
      ) : (
        <Table withTableBorder maw={420} data-testid="visit-counts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('visits.rep')}</Table.Th>
              <Table.Th ta="right">{t('visits.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {perRep.map((r) => (
              <Table.Tr key={r.ownerId}>
                <Table.Td>{r.ownerId === session.userId ? t('me') : r.ownerId}</Table.Td>
                <Table.Td ta="right">{r.visits}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
