import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sample } from '@shared/model/sample';
import { sampleCost } from '@shared/samples/cost';
import { formatDate, formatMoney } from '../../ui/format';

const STATUS_COLOR: Record<Sample['status'], string> = {
  requested: 'gray',
  preparing: 'yellow',
  shipped: 'blue',
  delivered: 'teal',
  feedback: 'green',
};

/** One row per shipment; a click opens it. */
export function SampleTable({
  samples,
  onOpen,
  accountName,
}: {
  samples: Sample[];
  onOpen: (s: Sample) => void;
  accountName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('samples');
  const lng = i18n.language;
  if (samples.length === 0)
    return (
      <Text c="dimmed" p="md">
        {t('empty')}
      </Text>
    );
  return (
    <Table highlightOnHover striped verticalSpacing="xs" data-testid="sample-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.products')}</Table.Th>
          <Table.Th>{t('fields.account')}</Table.Th>
          <Table.Th>{t('columns.status')}</Table.Th>
          <Table.Th>{t('columns.courier')}</Table.Th>
          <Table.Th>{t('columns.shipDate')}</Table.Th>
          <Table.Th>{t('columns.followUp')}</Table.Th>
          <Table.Th style={{ textAlign: 'right' }}>{t('columns.cost')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {samples.map((s) => (
          <Table.Tr
            key={s.id}
            onClick={() => onOpen(s)}
            style={{ cursor: 'pointer' }}
            data-testid="sample-row"
          >
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {s.lines.map((l) => `${l.name} ×${l.quantity}`).join('、')}
              </Text>
            </Table.Td>
            <Table.Td>{accountName(s.accountId)}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[s.status]} variant="light">
                {t(`status.${s.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{[s.courier, s.trackingNumber].filter(Boolean).join(' ')}</Table.Td>
            <Table.Td>{formatDate(s.shipDate, lng)}</Table.Td>
            <Table.Td>{formatDate(s.followUpDate, lng)}</Table.Td>
            <Table.Td style={{ textAlign: 'right' }}>
              {formatMoney(sampleCost(s.lines).cost, s.currency, lng)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
