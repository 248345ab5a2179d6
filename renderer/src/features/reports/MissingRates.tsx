import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Currencies without a rate are named, never silently converted at a guessed rate. */
export function MissingRates({ list }: { list: string[] }) {
  const { t } = useTranslation('reports');
  if (list.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" data-testid="missing-rates">
      {t('missingRates', { list: list.join(', ') })}
    </Alert>
  );
}
