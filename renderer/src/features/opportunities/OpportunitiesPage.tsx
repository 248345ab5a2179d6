import { useState } from 'react';
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { ListLoading } from '../../ui/ListLoading';
import { useSession } from '../../data/session';
import { NewOpportunityButton } from './NewOpportunityButton';
import { OpportunityBoard } from './OpportunityBoard';
import { OpportunityList } from './OpportunityList';
import { useOpportunityData } from './use-opportunity-data';

/** The pipeline: a kanban board per pipeline (ordinary / project) and a filterable list with saved views. */
export function OpportunitiesPage() {
  const { t } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const data = useOpportunityData(db);
  const [view, setView] = useState<'board' | 'list'>('board');
  const [pipelineId, setPipelineId] = useState('');
  const entry = data.pipelines.find((p) => p.id === pipelineId) ?? data.pipelines[0];
  const opps = data.opportunities ?? [];
  const ownerName = (id: string) => (id === session.userId ? t('opp.me') : (data.users.get(id) ?? id));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('opp.title')}</Title>
        <Group gap="sm">
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as 'board' | 'list')}
            data={[
              { value: 'board', label: t('opp.board') },
              { value: 'list', label: t('opp.list') },
            ]}
          />
          {entry && <NewOpportunityButton pipeline={entry} currency={data.company.baseCurrency} />}
        </Group>
      </Group>
      {data.opportunities === undefined && <ListLoading />}
      {data.opportunities && view === 'board' && entry && (
        <>
          <Group gap="xs">
            <Text size="sm">{t('opp.pipeline')}</Text>
            <SegmentedControl
              size="xs"
              value={entry.id}
              onChange={setPipelineId}
              data={data.pipelines.map((p) => ({ value: p.id, label: p.pipeline.name }))}
              data-testid="pipeline-switch"
            />
          </Group>
          <OpportunityBoard
            entry={entry}
            opportunities={opps.filter((o) => data.pipelineOf(o)?.id === entry.id)}
            rates={data.rates}
            ownerName={ownerName}
            staleHours={data.company.staleHours}
          />
        </>
      )}
      {data.opportunities && view === 'list' && (
        <OpportunityList
          opportunities={opps}
          pipelines={data.pipelines}
          pipelineOf={data.pipelineOf}
          users={data.users}
          settings={data.settings}
        />
      )}
    </Stack>
  );
}
