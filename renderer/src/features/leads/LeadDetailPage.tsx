import { useCallback, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Lead } from '@shared/model/lead';
import type { LeadFields } from '@shared/forms/lead-form';
import { restoreDoc, updateDoc } from '../../db/write';
import { useDatabase } from '../../data/db-context';
import { formatDateTime } from '../../ui/format';
import { useSession } from '../../data/session';
import { useCampaigns } from '../../data/use-campaigns';
import { LeadFormView } from './LeadFormView';
import { ShowSelect } from './ShowSelect';
import { useLeadStore } from '../../data/lead-store';
import { trashLeadWithUndo } from './trash-with-undo';
import { QualifyLeadButton } from './QualifyLeadButton';
import { ActivityComposer } from '../activities';
import { AttachmentsPanel } from '../attachments';
import { Timeline } from '../activities';
import { useUserName } from '../../data/use-user-name';
import { formatPhone } from '@shared/rules/phone-format';
import { DuplicateWarning } from './DuplicateWarning';
import { findDuplicatesForForm, probeOf } from './duplicate-probe';
import { useLeadFormModel } from './use-lead-form-model';

const DETAIL_FIELDS = [
  'company',
  'title',
  'phones',
  'emails',
  'country',
  'city',
  'address',
  'website',
  'wechat',
  'whatsapp',
  'skype',
  'productsOfInterest',
  'tags',
] as const;

/** One lead: every field, edit with the same form and rules as entry, trash with undo, restore from trash. */
export function LeadDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { t: tu } = useTranslation('leadsUx');
  const db = useDatabase();
  const session = useSession();
  const { store, version } = useLeadStore(db);
  const userName = useUserName();
  const campaigns = useCampaigns(db);
  const model = useLeadFormModel(db);
  const [editing, setEditing] = useState(false);
  // The show is edited beside the card's fields and saved with them.
  const [showId, setShowId] = useState('');
  const lead = store.leads.get(id);
  const startEditing = () => {
    setShowId(lead?.campaignId ?? '');
    setEditing(true);
  };

  const onSave = useCallback(
    async (value: LeadFields) => {
      // Optional fields left empty are removed from the record (undefined in the patch deletes them).
      await updateDoc(db, 'leads', id, { ...value, campaignId: showId } as Partial<Lead>, session);
      setEditing(false);
      notifications.show({ message: t('lead.detail.updated'), color: 'teal', autoClose: 2500 });
    },
    [db, id, session, t, showId],
  );

  if (!lead) {
    return (
      <Stack>
        <BackLink label={t('lead.detail.back')} />
        <Text c="dimmed">{store.ready ? t('lead.detail.notFound') : t('app.loadingDb')}</Text>
      </Stack>
    );
  }

  const campaign = campaigns.find((c) => c.id === lead.campaignId);
  const matches = findDuplicatesForForm(store.duplicates, probeOf(model.toForm(lead)), lead.id);
  const value = (f: (typeof DETAIL_FIELDS)[number]) => {
    if (f === 'phones') return lead.phones.map(formatPhone).join(', ');
    const v = lead[f];
    return Array.isArray(v) ? v.join(', ') : (v ?? '');
  };

  return (
    <Stack gap="md" maw={1100}>
      <BackLink label={t('lead.detail.back')} />
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={2}>{lead.name}</Title>
          <Badge
            variant="light"
            color={lead.interest === 'hot' ? 'red' : lead.interest === 'warm' ? 'orange' : 'blue'}
          >
            {t(`lead.interest.${lead.interest}`)}
          </Badge>
          <Badge variant="outline">{t(`lead.status.${lead.status}`)}</Badge>
        </Group>
        <Group gap="xs">
          <QualifyLeadButton lead={lead} />
          {lead.trashedAt ? (
            <Button
              leftSection={<IconRestore size={16} />}
              onClick={() => void restoreDoc(db, 'leads', lead.id, session)}
            >
              {t('lead.detail.restore')}
            </Button>
          ) : (
            <>
              {!editing && (
                <Button variant="light" leftSection={<IconEdit size={16} />} onClick={startEditing}>
                  {t('lead.detail.edit')}
                </Button>
              )}
              <Button
                color="red"
                variant="light"
                leftSection={<IconTrash size={16} />}
                onClick={() => void trashLeadWithUndo(db, lead, session, t)}
              >
                {t('lead.detail.trash')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {!editing && <DuplicateWarning matches={matches} saved={lead.name} />}
      {lead.trashedAt && (
        <Alert color="red" variant="light">
          {t('lead.detail.inTrash')} · {formatDateTime(lead.trashedAt, i18n.language)}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        {editing ? (
          <Stack gap="sm">
            <ShowSelect
              label={tu('show.label')}
              campaigns={campaigns}
              value={showId}
              onChange={setShowId}
              w={300}
              data-testid="lead-show"
            />
            <LeadFormView
              key={lead.id}
              model={model}
              initial={lead}
              duplicates={store.duplicates}
              duplicatesVersion={version}
              selfId={lead.id}
              onSave={onSave}
              clearOnSave={false}
              submitLabel={t('lead.detail.save')}
              actions={
                <Button variant="default" onClick={() => setEditing(false)}>
                  {t('lead.detail.cancel')}
                </Button>
              }
              autoFocus
            />
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
            {DETAIL_FIELDS.map((f) => (
              <Field key={f} label={t(`lead.fields.${f}`)} value={value(f)} />
            ))}
            <Field label={t('lead.fields.campaign')} value={campaign?.name ?? ''} />
            <Field label={t('lead.fields.owner')} value={userName(lead.ownerId)} />
            <Field
              label={t('lead.fields.capturedAt')}
              value={formatDateTime(lead.capturedAt, i18n.language)}
            />
            <Field label={t('lead.fields.updatedAt')} value={formatDateTime(lead.updatedAt, i18n.language)} />
            <Field label={t('lead.fields.notes')} value={lead.notes ?? ''} pre />
          </SimpleGrid>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('lead.detail.files')}
        </Title>
        {/* The card's photo, the samples the buyer picked up: they go with the lead when it is reassigned. */}
        <AttachmentsPanel
          subjectType="lead"
          subjectId={lead.id}
          ownerId={lead.ownerId}
          departmentId={lead.departmentId}
        />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('lead.detail.timeline')}
        </Title>
        <Stack gap="md">
          {!lead.trashedAt && (
            <ActivityComposer
              subject={{
                subjectType: 'lead',
                subjectId: lead.id,
                accountId: '',
                ownerId: lead.ownerId,
                departmentId: lead.departmentId,
              }}
            />
          )}
          <Timeline subjectId={lead.id} />
        </Stack>
      </Paper>
    </Stack>
  );
}

function Field({ label, value, pre }: { label: string; value: string; pre?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={pre ? { whiteSpace: 'pre-wrap' } : undefined}>
        {value || '—'}
      </Text>
    </div>
  );
}

function BackLink({ label }: { label: string }) {
  return (
    <Anchor component={Link} to="/leads" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {label}
      </Group>
    </Anchor>
  );
}
