import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Column<R> {
  key: string;
  header: string;
  cell: (row: R) => ReactNode;
  numeric?: boolean;
}

/** The table behind every chart: the exact numbers, one row per group, an optional totals row. */
export function ReportTable<R>({
  columns,
  rows,
  rowKey,
  total,
  testId,
}: {
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  total?: R;
  testId: string;
}) {
  const { t } = useTranslation('reports');
  if (rows.length === 0)
    return (
      <Text c="dimmed" ta="center" py="md" data-testid={`${testId}-empty`}>
        {t('empty')}
      </Text>
    );
  const align = (c: Column<R>) => (c.numeric ? 'right' : 'left');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover withTableBorder data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} ta={align(c)}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={rowKey(r)} data-testid={`${testId}-row`}>
              {columns.map((c) => (
                <Table.Td key={c.key} ta={align(c)} data-col={c.key}>
                  {c.cell(r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr data-testid={`${testId}-total`} fw={600}>
              {columns.map((c, i) => (
                <Table.Td key={c.key} ta={align(c)} data-col={c.key}>
                  {i === 0 ? t('total') : c.cell(total)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
