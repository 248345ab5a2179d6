import { useState } from 'react';
import { Button, NumberInput, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { formatShortDateTime } from '../../ui/format';
import { useSession } from '../../data/session';
import { errorText } from '../../ui/error-text';
import { rateIssueText } from './rate-issue-text';
import { rateIssues, type RateIssue, type RateRow } from './rates-edit';
import { saveSetting } from '../../data/save-setting';

/** One currency's rate, edited in place; saving inserts or updates its settings doc. */
export function RateRowEditor({
  row,
  base,
  readOnly,
  nameOf,
}: {
  row: RateRow;
  base: string;
  readOnly: boolean;
  nameOf: (userId: string) => string;
}) {
  const { t, i18n } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const [rate, setRate] = useState<number>(row.rateToBase);
  // Issues are kept, not their text, so that switching language re-words them.
  const [problem, setProblem] = useState<RateIssue[] | string>([]);
  const error = typeof problem === 'string' ? problem : rateIssueText(t, row.currency, problem);
  // A default not stored yet is worth saving as is: it pins the rate the reports use.
  const dirty = rate !== row.rateToBase || !row.stored;
  const save = async () => {
    const issues = rateIssues(row.currency, rate, base);
    if (issues.length > 0) return setProblem(issues);
    try {
      await saveSetting(
        db,
        row.settingId,
        'currencyRate',
        { currency: row.currency, rateToBase: rate },
        session,
      );
      setProblem([]);
      notifications.show({
        message: t('rates.saved', { currency: row.currency }),
        color: 'teal',
        autoClose: 2000,
      });
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  return (
    <Table.Tr data-testid="rate-row" data-currency={row.currency}>
      <Table.Td fw={600}>{row.currency}</Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={t('rates.fields.rateToBase', { currency: row.currency })}
          value={Number.isNaN(rate) ? '' : rate}
          onChange={(v) => setRate(v === '' ? NaN : Number(v))}
          decimalScale={6}
          step={0.01}
          hideControls
          readOnly={readOnly}
          error={error || undefined}
          w={240}
        />
      </Table.Td>
      <Table.Td>
        {row.stored ? (
          <Text size="sm" data-testid="rate-changed">
            {t('rates.byAt', {
              name: nameOf(row.stored.updatedBy),
              time: formatShortDateTime(row.stored.updatedAt, i18n.language),
            })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" data-testid="rate-changed">
            {t('rates.builtIn')}
          </Text>
        )}
      </Table.Td>
      {!readOnly && (
        <Table.Td ta="right">
          <Button size="xs" variant="light" disabled={!dirty} onClick={() => void save()}>
            {t('rates.save')}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
