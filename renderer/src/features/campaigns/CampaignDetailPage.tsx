import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { campaignOf, campaignRoi } from '@shared/reports/roi';
import { useDatabase } from '../../data/db-context';
import { formatDateTime, formatMoney } from '../../ui/format';
import { useConfig } from '../../data/use-config';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { CampaignFormModal } from './CampaignFormModal';

/** One campaign: its facts, the leads and deals credited to it, and its ROI in the company currency. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('campaigns');
  const db = useDatabase();
  const { company, rates } = useConfig(db);
  const campaigns = useLiveDocs(db, 'campaigns', { id });
  const leads = live(useLiveDocs(db, 'leads', { campaignId: id }));
  const allOpps = live(useLiveDocs(db, 'opportunities'));
  const [editing, setEditing] = useState(false);
  const campaign = campaigns?.[0];
  const leadsById = useMemo(() => new Map(leads.map((l) => [l.id, l])), [leads]);
  const opps = allOpps.filter((o) => campaignOf(o, leadsById) === id);
  const money = (n: number, cur = company.baseCurrency) => formatMoney(n, cur, i18n.language);
  if (campaigns === undefined) return null;
  if (!campaign || campaign.trashedAt) return <Text c="dimmed">{t('detail.notFound')}</Text>;
  const roi = campaignRoi([campaign], opps, leads, rates).rows[0]!;
  const stats: [string, string][] = [
    ['cost', money(roi.cost)],
    ['wonAmount', money(roi.wonAmount)],
    ['openPipeline', money(roi.openPipeline)],
    ['weighted', money(roi.weightedPipeline)],
    [
      'roi',
      roi.roi === null
        ? '—'
        : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(
            roi.roi,
          ),
    ],
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <Button component={Link} to="/campaigns" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
            {t('back')}
          </Button>
          <Title order={2}>{campaign.name}</Title>
          <Badge variant="light">{t(`kinds.${campaign.kind}`)}</Badge>
        </Group>
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
          {t('edit')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {[campaign.startDate && `${campaign.startDate} – ${campaign.endDate ?? ''}`, campaign.location]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Title order={4}>{t('detail.roiTitle')}</Title>
      <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="campaign-roi">
        {stats.map(([k, v]) => (
          <Card key={k} withBorder padding="sm" data-stat={k}>
            <Text size="xs" c="dimmed">
              {t(`detail.${k}`)}
            </Text>
            <Text fw={600}>{v}</Text>
          </Card>
        ))}
      </SimpleGrid>
      <Title order={4}>{t('detail.opportunities', { count: opps.length })}</Title>
      {opps.length === 0 ? (
        <Text c="dimmed">{t('detail.noOpportunities')}</Text>
      ) : (
        <Table withTableBorder data-testid="campaign-opportunities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.oppName')}</Table.Th>
              <Table.Th>{t('detail.status')}</Table.Th>
              <Table.Th ta="right">{t('detail.probability')}</Table.Th>
              <Table.Th ta="right">{t('detail.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {opps.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/opportunities/${o.id}`}>
                    {o.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`status.${o.status}`)}</Table.Td>
                <Table.Td ta="right">{o.probability}%</Table.Td>
                <Table.Td ta="right">{money(o.amount, o.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={4}>{t('detail.leads', { count: leads.length })}</Title>
      {leads.length === 0 ? (
        <Text c="dimmed">{t('detail.noLeads')}</Text>
      ) : (
        <Table withTableBorder data-testid="campaign-leads">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.leadName')}</Table.Th>
              <Table.Th>{t('detail.company')}</Table.Th>
              <Table.Th>{t('detail.captured')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leads.slice(0, 200).map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/leads/${l.id}`}>
                    {l.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{l.company}</Table.Td>
                <Table.Td>{formatDateTime(l.capturedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <CampaignFormModal
          opened
          onClose={() => setEditing(false)}
          campaign={campaign}
          baseCurrency={company.baseCurrency}
        />
      )}
    </Stack>
  );
}
