import { useState } from 'react';
import { Button, Group, NumberInput, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rateSettingId } from '@shared/reports/default-rates';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { errorText } from '../../ui/error-text';
import { rateIssueText } from './rate-issue-text';
import { rateIssues, type RateIssue } from './rates-edit';
import { saveSetting } from '../../data/save-setting';

/** A currency without a rate yet (reports list its amounts as unconverted until one is added). */
export function AddRateForm({ base, choices }: { base: string; choices: string[] }) {
  const { t } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const [currency, setCurrency] = useState<string | null>(null);
  const [rate, setRate] = useState<number>(NaN);
  // Issues are kept, not their text, so that switching language re-words them.
  const [problem, setProblem] = useState<RateIssue[] | string>([]);
  // Each input shows its own issues; a failed save (not a validation issue) shows under the rate.
  const textFor = (currencyField: boolean) =>
    typeof problem === 'string'
      ? currencyField
        ? ''
        : problem
      : rateIssueText(
          t,
          currency ?? '',
          problem.filter((i) => (i.field === 'currency') === currencyField),
        );
  const add = async () => {
    if (!currency) return setProblem([{ field: 'currency', message: t('rates.required') }]);
    const issues = rateIssues(currency, rate, base);
    if (issues.length > 0) return setProblem(issues);
    try {
      await saveSetting(db, rateSettingId(currency), 'currencyRate', { currency, rateToBase: rate }, session);
      notifications.show({ message: t('rates.saved', { currency }), color: 'teal', autoClose: 2000 });
      setCurrency(null);
      setRate(NaN);
      setProblem([]);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  return (
    <Group gap="sm" align="flex-start" data-testid="rate-add">
      <Select
        label={t('rates.newCurrency')}
        data={choices}
        value={currency}
        onChange={setCurrency}
        error={textFor(true) || undefined}
        placeholder={t('rates.pick')}
        searchable
        w={160}
      />
      <NumberInput
        label={t('rates.rate', { base })}
        value={Number.isNaN(rate) ? '' : rate}
        onChange={(v) => setRate(v === '' ? NaN : Number(v))}
        decimalScale={6}
        hideControls
        error={textFor(false) || undefined}
        w={220}
      />
      <Button mt={25} leftSection={<IconPlus size={14} />} onClick={() => void add()}>
        {t('rates.add')}
      </Button>
    </Group>
  );
}
