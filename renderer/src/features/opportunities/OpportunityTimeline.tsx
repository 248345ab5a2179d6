import { Paper, Text, Timeline, Title } from '@mantine/core';
import { IconArrowsExchange, IconNote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@shared/model/activity';
import type { Pipeline } from '@shared/model/settings';
import { stageLabel } from '@shared/pipeline/defaults';
import { findStage } from '@shared/pipeline/stages';
import type { StageChangeData } from '@shared/pipeline/stage-change';
import { useDatabase } from '../../data/db-context';
import { formatDateTime } from '../../ui/format';
import { live, useLiveDocs } from '../../data/use-live-docs';

/** Stage history (who, when, from → to, probability, note) and the deal's activities, newest first. */
export function OpportunityTimeline({
  oppId,
  pipeline,
  userName,
}: {
  oppId: string;
  pipeline: Pipeline;
  userName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const events = live(useLiveDocs(db, 'activities', { subjectId: oppId })).sort((a, b) =>
    b.at.localeCompare(a.at),
  );
  const stage = (id: string) => {
    const s = findStage(pipeline, id);
    return s ? stageLabel(s, i18n.language) : id;
  };
  const item = (a: Activity) => {
    if (a.kind === 'stageChange') {
      const d = (a.data ?? {}) as unknown as StageChangeData;
      return (
        <Timeline.Item
          key={a.id}
          bullet={<IconArrowsExchange size={12} />}
          title={t('opp.stageEvent', { from: stage(d.fromStageId), to: stage(d.toStageId) })}
          data-testid="timeline-stage"
        >
          <Text size="xs" c="dimmed">
            {t('opp.by', {
              user: userName(d.byUserId ?? a.createdBy),
              at: formatDateTime(a.at, i18n.language),
              probability: d.probability,
            })}
          </Text>
          {d.note && <Text size="sm">{d.note}</Text>}
        </Timeline.Item>
      );
    }
    return (
      <Timeline.Item key={a.id} bullet={<IconNote size={12} />} title={a.title || a.kind}>
        <Text size="xs" c="dimmed">
          {userName(a.createdBy)} · {formatDateTime(a.at, i18n.language)}
        </Text>
        {a.body && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.body}
          </Text>
        )}
      </Timeline.Item>
    );
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={5} mb="sm">
        {t('opp.timeline')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('opp.timelineEmpty')}
        </Text>
      ) : (
        <Timeline bulletSize={20} lineWidth={2} data-testid="timeline">
          {events.map(item)}
        </Timeline>
      )}
    </Paper>
  );
}
