import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../data/db-context';
import { formatMoney } from '../../ui/format';
import { useConfig } from '../../data/use-config';
import { CampaignFormModal } from './CampaignFormModal';
import { useCampaigns } from '../../data/use-campaigns';

/** 市场活动: trade shows, platforms and ads that leads are credited to, with their cost. */
export function CampaignsPage() {
  const { t, i18n } = useTranslation('campaigns');
  const db = useDatabase();
  const campaigns = useCampaigns(db);
  const { company } = useConfig(db);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('new')}
        </Button>
      </Group>
      {campaigns.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" data-testid="campaigns-empty">
          {t('empty')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('count', { count: campaigns.length })}
          </Text>
          <Table striped highlightOnHover withTableBorder data-testid="campaign-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.kind')}</Table.Th>
                <Table.Th>{t('fields.startDate')}</Table.Th>
                <Table.Th>{t('fields.endDate')}</Table.Th>
                <Table.Th>{t('fields.location')}</Table.Th>
                <Table.Th ta="right">{t('fields.cost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campaigns.map((c) => (
                <Table.Tr key={c.id} data-testid="campaign-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/campaigns/${c.id}`}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`kinds.${c.kind}`)}</Table.Td>
                  <Table.Td>{c.startDate ?? ''}</Table.Td>
                  <Table.Td>{c.endDate ?? ''}</Table.Td>
                  <Table.Td>{c.location ?? ''}</Table.Td>
                  <Table.Td ta="right">{formatMoney(c.cost, c.currency, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {creating && (
        <CampaignFormModal opened onClose={() => setCreating(false)} baseCurrency={company.baseCurrency} />
      )}
    </Stack>
  );
}
