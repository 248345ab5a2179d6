import { useCallback, useMemo, useRef } from 'react';
import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadFields } from '@shared/forms/lead-form';
import type { Lead } from '@shared/model/lead';
import { insertDoc } from '../../db/write';
import { useDatabase } from '../../data/db-context';
import { localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { useCampaigns } from '../../data/use-campaigns';
import { CampaignPicker } from './CampaignPicker';
import { LeadFormView } from './LeadFormView';
import { useCurrentCampaign } from './current-campaign';
import { useLeadStore, type LeadStore } from '../../data/lead-store';
import { useLeadFormModel } from './use-lead-form-model';

type NewLead = Omit<
  Lead,
  'id' | 'ownerId' | 'departmentId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'
>;

/** Cards this user captured today (local day), live and trashed alike: the rep's own tally. */
function countToday(store: LeadStore, userId: string, today: string): number {
  let n = 0;
  for (const l of store.leads.values())
    if (l.createdBy === userId && !l.trashedAt && localDay(new Date(l.capturedAt)) === today) n++;
  return n;
}

/** 名片录入: the trade-show screen. Type, Enter, next card. */
export function LeadEntryPage() {
  const { t } = useTranslation();
  const { t: tu } = useTranslation('leadsUx');
  const db = useDatabase();
  const session = useSession();
  const snap = useLeadStore(db);
  const { store, version } = snap;
  const campaigns = useCampaigns(db);
  const model = useLeadFormModel(db);
  const [current] = useCurrentCampaign();
  const campaignName = campaigns.find((c) => c.id === current)?.name ?? '';
  const campaignId = campaignName ? current : '';

  const formBox = useRef<HTMLDivElement>(null);
  // After picking or creating a show, typing goes straight on with the next card.
  const focusFirstField = useCallback(
    () => formBox.current?.querySelector<HTMLElement>('[name="name"]')?.focus(),
    [],
  );
  const today = localDay(new Date());
  const todayCount = useMemo(
    () => countToday(snap.store, session.userId, today),
    [snap, session.userId, today],
  );

  const onSave = useCallback(
    async (value: LeadFields) => {
      await insertDoc(
        db,
        'leads',
        // The model has checked the card against the lead schema: every required field is there.
        { ...value, status: 'new', campaignId, capturedAt: new Date().toISOString() } as NewLead,
        session,
      );
    },
    [db, campaignId, session],
  );

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="center" gap="sm">
          <Title order={2}>{t('lead.entry.title')}</Title>
          <Badge size="lg" variant="light" tt="none" data-testid="today-count">
            {t('lead.entry.todayCount', { count: todayCount })}
          </Badge>
        </Group>
        <CampaignPicker onPicked={focusFirstField} />
      </Group>
      <Paper withBorder p="md" radius="md" ref={formBox}>
        {/* The show every card below is tagged with, in sight while typing. */}
        <Badge
          mb="sm"
          size="lg"
          variant={campaignName ? 'filled' : 'outline'}
          color={campaignName ? 'teal' : 'orange'}
          tt="none"
          data-testid="show-tag"
        >
          {campaignName ? tu('show.taggedWith', { name: campaignName }) : tu('show.notTagged')}
        </Badge>
        <LeadFormView
          model={model}
          duplicates={store.duplicates}
          duplicatesVersion={version}
          onSave={onSave}
          clearOnSave
          submitLabel={t('lead.entry.save')}
          autoFocus
        />
      </Paper>
    </Stack>
  );
}
