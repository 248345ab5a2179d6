import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '@shared/reports/won-date';

/** From/to dates of a report period (inclusive, local dates). */
export function PeriodInputs({ value, onChange }: { value: DateRange; onChange: (v: DateRange) => void }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <TextInput
        type="date"
        label={t('filters.from')}
        value={value.from}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
      />
    </>
  );
}
