import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '@shared/model/campaign';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  campaigns: readonly Campaign[];
  /** '' = no show. */
  value: string;
  onChange: (id: string) => void;
};

/**
 * Picks a show by keyboard in one go: "no show" is the placeholder (not an option whose label typing would
 * append to), focusing selects the shown name so typing replaces it, and the first match is highlighted as
 * one types, so Enter on a single match picks it.
 */
export function ShowSelect({ campaigns, value, onChange, onFocus, ...rest }: Props) {
  const { t } = useTranslation('leadsUx');
  return (
    <Select
      placeholder={t('show.none')}
      nothingFoundMessage={t('show.none')}
      data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
      value={campaigns.some((c) => c.id === value) ? value : null}
      onChange={(v) => onChange(v ?? '')}
      onFocus={(e) => {
        e.currentTarget.select();
        onFocus?.(e);
      }}
      searchable
      clearable
      selectFirstOptionOnChange
      {...rest}
    />
  );
}
