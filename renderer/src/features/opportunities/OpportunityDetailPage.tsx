import { useMemo } from 'react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Opportunity } from '@shared/model/opportunity';
import { stageLabel } from '@shared/pipeline/defaults';
import { resolveStage } from '@shared/pipeline/stages';
import { useDatabase } from '../../data/db-context';
import { formatDateTime, localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { customFieldsFor } from '../admin';
import { ChainView } from '../chain';
import { SampleCostSummary } from '../samples';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { isOverdue } from './board-model';
import { DealOutcome } from './DealOutcome';
import { OpportunityForm } from './OpportunityForm';
import { AttachmentsPanel } from '../attachments';
import { OpportunityQuotes } from './OpportunityQuotes';
import { OpportunityTimeline } from './OpportunityTimeline';
import { StageControl } from './StageControl';
import { useOpportunityData } from './use-opportunity-data';

/** Which kind of project: from a lead/opportunity a sales project, from a campaign a marketing project. */
const projectSource = (o: Opportunity) =>
  o.sourceType === 'campaign'
    ? 'marketing'
    : o.sourceType === 'lead' || o.sourceType === 'opportunity'
      ? 'sales'
      : 'none';

/** One deal: all fields, stage moves with history, quotes, contacts, project extras, commission, conversions, chain. */
export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const data = useOpportunityData(db);
  const opp = data.opportunities?.find((o) => o.id === id);
  const accounts = useLiveDocs(db, 'accounts', { id: opp?.accountId ?? '-' });
  const contacts = live(useLiveDocs(db, 'contacts', { accountId: opp?.accountId || '-' }));
  // One list per settings change, so the form model is not rebuilt on every render.
  const customFields = useMemo(() => customFieldsFor(data.settings, 'opportunity'), [data.settings]);
  const userName = (uid: string) => (uid === session.userId ? t('opp.me') : (data.users.get(uid) ?? uid));
  const back = (
    <Anchor component={Link} to="/opportunities" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('opp.back')}
      </Group>
    </Anchor>
  );
  const entry = opp && data.pipelineOf(opp);
  if (!opp || !entry)
    return (
      <Stack>
        {back}
        <Text c="dimmed">{data.opportunities ? t('opp.notFound') : '…'}</Text>
      </Stack>
    );

  const { stage } = resolveStage(entry.pipeline, opp);
  const dealContacts = contacts.filter((c) => opp.contactIds.includes(c.id));
  return (
    <Stack gap="md" maw={1200}>
      {back}
      <Group gap="sm">
        <Title order={2}>{opp.name}</Title>
        <Badge variant="light" data-testid="opp-stage">
          {stageLabel(stage, i18n.language)} · {opp.probability}%
        </Badge>
        <Badge
          variant="outline"
          color={opp.status === 'won' ? 'teal' : opp.status === 'open' ? 'blue' : 'gray'}
          data-testid="opp-status"
        >
          {t(`opp.status.${opp.status}`)}
        </Badge>
        <Badge variant="outline" color="grape">
          {t(`opp.kind.${opp.kind}`)}
        </Badge>
        {isOverdue(opp, localDay(new Date())) && (
          <Badge color="red" data-testid="overdue-badge">
            {t('opp.overdue')}
          </Badge>
        )}
      </Group>
      <Paper withBorder p="md" radius="md">
        <StageControl key={`${opp.stageId}|${opp.updatedAt}`} opp={opp} pipeline={entry.pipeline} />
      </Paper>
      <DealOutcome opp={opp} company={data.company} rates={data.rates} />
      <OpportunityQuotes opp={opp} />
      <SampleCostSummary by={{ opportunityId: opp.id }} />
      <ChainView record={{ type: 'opportunity', id: opp.id }} label={opp.name} />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" mb="md">
          <Field label={t('opp.fields.owner')} value={userName(opp.ownerId)} />
          <Field label={t('opp.fields.account')} value={accounts?.[0]?.name ?? ''} />
          <Field
            label={t('opp.fields.contacts')}
            value={dealContacts.map((c) => c.name).join(', ') || t('opp.noContacts')}
          />
          <Field
            label={t('opp.fields.source')}
            value={
              opp.kind === 'project'
                ? t(`opp.projectSource.${projectSource(opp)}`)
                : opp.sourceType
                  ? t(`chain.type.${opp.sourceType}`)
                  : ''
            }
          />
          <Field label={t('opp.fields.closedAt')} value={formatDateTime(opp.closedAt, i18n.language)} />
        </SimpleGrid>
        {/* Re-mounted when the record changes elsewhere (sync, a stage move) so the form shows the stored values. */}
        <OpportunityForm key={opp.updatedAt} opp={opp} stage={stage} customFields={customFields} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={5} mb="xs">
          {t('opp.files')}
        </Title>
        <AttachmentsPanel
          subjectType="opportunity"
          subjectId={opp.id}
          accountId={opp.accountId}
          ownerId={opp.ownerId}
          departmentId={opp.departmentId}
        />
      </Paper>
      <OpportunityTimeline oppId={opp.id} pipeline={entry.pipeline} userName={userName} />
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}
