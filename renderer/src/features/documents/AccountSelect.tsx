import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { live, useLiveDocs } from '../../data/use-live-docs';

/** The customer a new document is for, searched by name; empty means "choose later on its page". */
export function AccountSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (accountId: string | null) => void;
}) {
  const { t } = useTranslation('sales');
  const stored = useLiveDocs(useDatabase(), 'accounts');
  const data = useMemo(
    () =>
      live(stored)
        .map((a) => ({ value: a.id, label: a.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [stored],
  );
  return (
    <Select
      label={t('opp.fields.account')}
      placeholder={t('opp.fields.account')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      limit={50}
      w={240}
      p={6}
      // Inside the creation menu: its options must stay in the menu, or picking one closes the menu.
      comboboxProps={{ withinPortal: false }}
      data-testid="doc-new-account"
    />
  );
}
