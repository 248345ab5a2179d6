import { ActionIcon, Button, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProductLine } from '@shared/model/opportunity';
import { formatMoney } from '../../ui/format';

interface Props {
  lines: ProductLine[];
  currency: string;
  /** Omitted: read-only. */
  onChange?: (lines: ProductLine[]) => void;
}

/** Product lines with subtotals and a total in the record's currency; editable when onChange is given. */
export function LinesEditor({ lines, currency, onChange }: Props) {
  const { t, i18n } = useTranslation('sales');
  const money = (n: number) => formatMoney(n, currency, i18n.language);
  const set = (i: number, patch: Partial<ProductLine>) =>
    onChange?.(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const total = lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0);
  return (
    <>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('opp.lineName')}</Table.Th>
            <Table.Th>{t('opp.lineSpec')}</Table.Th>
            <Table.Th w={100}>{t('opp.lineQty')}</Table.Th>
            <Table.Th w={130}>{t('opp.linePrice')}</Table.Th>
            <Table.Th ta="right">{t('opp.lineTotal')}</Table.Th>
            {onChange && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => (
            <Table.Tr key={i} data-testid="line-row">
              <Table.Td>
                {onChange ? (
                  <TextInput
                    size="xs"
                    aria-label={t('opp.lineName')}
                    value={l.name}
                    onChange={(e) => set(i, { name: e.currentTarget.value })}
                  />
                ) : (
                  l.name
                )}
              </Table.Td>
              <Table.Td>
                {onChange ? (
                  <TextInput
                    size="xs"
                    aria-label={t('opp.lineSpec')}
                    value={l.spec ?? ''}
                    onChange={(e) => set(i, { spec: e.currentTarget.value || undefined })}
                  />
                ) : (
                  (l.spec ?? '')
                )}
              </Table.Td>
              <Table.Td>
                {onChange ? (
                  <NumberInput
                    size="xs"
                    aria-label={t('opp.lineQty')}
                    value={l.quantity}
                    min={0}
                    onChange={(v) => set(i, { quantity: Number(v) || 0 })}
                  />
                ) : (
                  l.quantity
                )}
              </Table.Td>
              <Table.Td>
                {onChange ? (
                  <NumberInput
                    size="xs"
                    aria-label={t('opp.linePrice')}
                    value={l.unitPrice}
                    min={0}
                    decimalScale={2}
                    onChange={(v) => set(i, { unitPrice: Number(v) || 0 })}
                  />
                ) : (
                  money(l.unitPrice)
                )}
              </Table.Td>
              <Table.Td ta="right">{money(l.quantity * l.unitPrice)}</Table.Td>
              {onChange && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('opp.removeLine')}
                    onClick={() => onChange(lines.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {/* No lines: the record's own amount is the total, a 0 here would mislead. */}
          {lines.length > 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text size="sm" fw={600}>
                  {t('doc.total')}
                </Text>
              </Table.Td>
              <Table.Td ta="right" data-testid="lines-total">
                <Text size="sm" fw={600}>
                  {money(total)}
                </Text>
              </Table.Td>
              {onChange && <Table.Td />}
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {onChange && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...lines, { productId: '', name: '', quantity: 1, unitPrice: 0 }])}
        >
          {t('opp.addLine')}
        </Button>
      )}
    </>
  );
}
