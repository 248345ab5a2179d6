import { useMemo } from 'react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkDoneButton } from './MarkDoneButton';
import { useDatabase } from '../../data/db-context';
import { formatDateTime } from '../../ui/format';
import { useSession } from '../../data/session';
import { useLiveDocs } from '../../data/use-live-docs';
import { useUserName } from '../../data/use-user-name';
import { ClashEntry, isClashData, type ClashData } from './ClashEntry';
import { mergeTimeline, type TimelineEntry } from './timeline-model';

const clashOf = (e: TimelineEntry): ClashData | undefined =>
  e.clash && isClashData(e.clash.data) ? e.clash.data : undefined;

const COLORS: Partial<Record<TimelineEntry['source'], string>> = {
  call: 'blue',
  email: 'cyan',
  meeting: 'grape',
  visit: 'teal',
  task: 'orange',
  stageChange: 'indigo',
  sample: 'pink',
  sampleEvent: 'pink',
  document: 'gray',
};

/**
 * ONE merged timeline: of a whole account (accountId: activities, stage changes, samples, documents of all its
 * records) or of a single record (subjectId). Newest first; open tasks can be ticked off here.
 */
export function Timeline({ accountId, subjectId }: { accountId?: string; subjectId?: string }) {
  const { t, i18n } = useTranslation('activities');
  const db = useDatabase();
  const session = useSession();
  const byAccount = accountId !== undefined;
  const id = accountId ?? subjectId ?? '';
  const activities = useLiveDocs(db, 'activities', byAccount ? { accountId: id } : { subjectId: id });
  const samples = useLiveDocs(db, 'samples', byAccount ? { accountId: id } : { opportunityId: id });
  const documents = useLiveDocs(db, 'documents', byAccount ? { accountId: id } : { sourceId: id });
  const entries = useMemo(
    () => mergeTimeline({ activities: activities ?? [], samples: samples ?? [], documents: documents ?? [] }),
    [activities, samples, documents],
  );
  const userName = useUserName();
  const who = (userId: string) => (userId === session.userId ? t('me') : userName(userId));
  const detail = (e: TimelineEntry) =>
    e.source === 'sample' && e.detail ? t(`sampleStatus.${e.detail}`, { defaultValue: e.detail }) : e.detail;

  if (entries.length === 0)
    return (
      <Text c="dimmed" size="sm" data-testid="timeline-empty">
        {t('timeline.empty')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="timeline">
      {entries.map((e) => (
        <Paper key={e.key} withBorder p="xs" data-testid="timeline-entry" data-source={e.source}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Badge color={COLORS[e.source] ?? 'gray'} variant="light" style={{ flexShrink: 0 }}>
                {t(`kinds.${e.source}`)}
              </Badge>
              {!clashOf(e) && (
                <Text size="sm" fw={500} truncate td={e.done ? 'line-through' : undefined}>
                  {e.title}
                </Text>
              )}
              {e.detail && (
                <Badge variant="outline" color="gray" size="sm" style={{ flexShrink: 0 }}>
                  {detail(e)}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {who(e.ownerId)} · {formatDateTime(e.at, i18n.language)}
            </Text>
          </Group>
          {clashOf(e) && (
            <ClashEntry clash={clashOf(e)!} subjectId={e.subjectId} ownerId={e.clash!.recordOwnerId} />
          )}
          {e.body && (
            <Text size="sm" c="dimmed" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {e.body}
            </Text>
          )}
          {e.source === 'task' && (
            <Group gap="xs" mt={4}>
              {e.dueAt && (
                <Text size="xs" c="orange">
                  {t('timeline.due', { date: formatDateTime(e.dueAt, i18n.language) })}
                </Text>
              )}
              {e.done ? (
                <Badge color="teal" size="sm">
                  {t('timeline.done')}
                </Badge>
              ) : (
                <MarkDoneButton taskId={e.key.slice('activity:'.length)} />
              )}
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
