import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SalesDocument } from '@shared/model/document';
import { newId } from '@shared/model/id';
import { useDatabase } from '../../data/db-context';
import { formatMoney, localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { updateDoc } from '../../db/write';
import { errorText } from '../../ui/error-text';

type Item = SalesDocument['paymentPlan'][number];

/** Instalments (收款计划) with amounts received; saved as a whole, validated, errors name the field. */
export function PaymentPlanEditor({ doc }: { doc: SalesDocument }) {
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const [plan, setPlan] = useState<Item[]>(doc.paymentPlan);
  const [error, setError] = useState('');
  const money = (n: number) => formatMoney(n, doc.currency, i18n.language);
  const set = (i: number, patch: Partial<Item>) =>
    setPlan((p) => p.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const planned = plan.reduce((s, x) => s + x.amount, 0);
  const received = plan.reduce((s, x) => s + x.receivedAmount, 0);
  const save = async () => {
    try {
      await updateDoc(db, 'documents', doc.id, { paymentPlan: plan }, session);
      setError('');
      notifications.show({ message: t('doc.saved'), color: 'teal', autoClose: 2000 });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('doc.dueDate')}</Table.Th>
            <Table.Th>{t('doc.amount')}</Table.Th>
            <Table.Th>{t('doc.received')}</Table.Th>
            <Table.Th>{t('doc.receivedDate')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.map((x, i) => (
            <Table.Tr key={x.id} data-testid="payment-row">
              <Table.Td>
                <TextInput
                  size="xs"
                  type="date"
                  aria-label={t('doc.dueDate')}
                  value={x.dueDate}
                  onChange={(e) => set(i, { dueDate: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  aria-label={t('doc.amount')}
                  min={0}
                  decimalScale={2}
                  value={x.amount}
                  onChange={(v) => set(i, { amount: Number(v) || 0 })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  aria-label={t('doc.received')}
                  min={0}
                  decimalScale={2}
                  value={x.receivedAmount}
                  onChange={(v) => set(i, { receivedAmount: Number(v) || 0 })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  type="date"
                  aria-label={t('doc.receivedDate')}
                  value={x.receivedDate ?? ''}
                  onChange={(e) => set(i, { receivedDate: e.currentTarget.value || undefined })}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('doc.remove')}
                  onClick={() => setPlan((p) => p.filter((_, j) => j !== i))}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c={planned > doc.total ? 'orange' : 'dimmed'} data-testid="payment-summary">
        {t('doc.planned', { planned: money(planned), received: money(received) })} / {t('doc.total')}{' '}
        {money(doc.total)}
      </Text>
      {error && (
        <Alert color="red" variant="light">
          {error}
        </Alert>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            setPlan((p) => [
              ...p,
              {
                id: newId(),
                dueDate: localDay(new Date()),
                amount: Math.max(0, doc.total - planned),
                receivedAmount: 0,
              },
            ])
          }
        >
          {t('doc.addPayment')}
        </Button>
        <Button size="xs" onClick={() => void save()}>
          {t('opp.save')}
        </Button>
      </Group>
    </>
  );
}
