import { useState } from 'react';
import { SegmentedControl, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../ui/ModalForm';
import type { Account } from '@shared/model/account';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc } from '../../db/write';
import { useConfig } from '../../data/use-config';
import { useCampaigns } from '../../data/use-campaigns';
import { newOpportunity, type OpportunityForm } from './new-opportunity';

const in30Days = () => new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

/** A new opportunity straight from the account's 360° view. */
export function OpportunityFormModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const db = useDatabase();
  const session = useSession();
  const { pipelines, company } = useConfig(db);
  const campaigns = useCampaigns(db);
  const [form, setForm] = useState<OpportunityForm>({
    name: '',
    kind: 'ordinary',
    amount: '',
    currency: company.baseCurrency,
    expectedCloseDate: in30Days(),
    campaignId: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const input = (field: 'name' | 'amount' | 'currency' | 'expectedCloseDate') => ({
    label: t(`opportunity.${field}`),
    name: field,
    value: form[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [field]: value }));
    },
  });

  const save = async () => {
    const r = newOpportunity(form, account, pipelines);
    if (!r.ok) {
      const next: Record<string, string> = {};
      for (const e of r.errors)
        next[e.field] ??= t(`opportunity.${e.code}`, { field: t(`opportunity.${e.field}`) });
      return setErrors(next);
    }
    try {
      await insertDoc(db, 'opportunities', r.fields, session);
      onClose();
    } catch (err) {
      setErrors({ name: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <ModalForm
      onClose={onClose}
      title={t('view.addOpportunity')}
      onSubmit={() => void save()}
      cancelLabel={t('cancel')}
      saveLabel={t('save')}
    >
      <TextInput {...input('name')} required data-autofocus />
      <SegmentedControl
        aria-label={t('opportunity.kind')}
        value={form.kind}
        onChange={(v) => setForm((f) => ({ ...f, kind: v as OpportunityForm['kind'] }))}
        data={[
          { value: 'ordinary', label: t('opportunity.ordinary') },
          { value: 'project', label: t('opportunity.project') },
        ]}
      />
      <SimpleGrid cols={2}>
        <TextInput {...input('amount')} inputMode="decimal" />
        <TextInput {...input('currency')} maxLength={3} />
        <TextInput {...input('expectedCloseDate')} type="date" />
        <Select
          label={t('view.campaign')}
          name="campaignId"
          data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
          value={form.campaignId || null}
          onChange={(v) => setForm((f) => ({ ...f, campaignId: v ?? '' }))}
          placeholder={t('view.noCampaign')}
          clearable
          searchable
        />
      </SimpleGrid>
    </ModalForm>
  );
}
