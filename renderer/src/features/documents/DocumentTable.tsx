import { Anchor, Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SalesDocument } from '@shared/model/document';
import { formatDay, formatMoney } from '../../ui/format';

/**
 * Quotes, contracts and orders as a table: number (a link to the document), optionally kind and title,
 * status, date and total with its currency. Used wherever documents are listed, so they read the same.
 */
export function DocumentTable({
  docs,
  withKind = false,
  withTitle = false,
  rowTestId,
  striped = false,
}: {
  docs: readonly SalesDocument[];
  withKind?: boolean;
  withTitle?: boolean;
  rowTestId: string;
  striped?: boolean;
}) {
  const { t, i18n } = useTranslation('sales');
  return (
    <Table striped={striped} highlightOnHover={striped}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('doc.number')}</Table.Th>
          {withTitle && <Table.Th>{t('doc.docTitle')}</Table.Th>}
          <Table.Th>{t('doc.statusLabel')}</Table.Th>
          <Table.Th>{t('doc.date')}</Table.Th>
          <Table.Th ta="right">{t('doc.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {docs.map((d) => (
          <Table.Tr key={d.id} data-testid={rowTestId}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                {withKind && (
                  <Badge size="xs" variant="light">
                    {t(`doc.kind.${d.kind}`)}
                  </Badge>
                )}
                <Anchor component={Link} to={`/documents/${d.id}`} size="sm">
                  {d.number}
                </Anchor>
              </Group>
            </Table.Td>
            {withTitle && <Table.Td>{d.title}</Table.Td>}
            <Table.Td>{t(`doc.status.${d.status}`)}</Table.Td>
            <Table.Td>{formatDay(d.date, i18n.language)}</Table.Td>
            <Table.Td ta="right">{formatMoney(d.total, d.currency, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
