import { useState } from 'react';
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../ui/ModalForm';
import { campaignKindSchema, type Campaign } from '@shared/model/campaign';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc, updateDoc } from '../../db/write';
import {
  definedOnly,
  emptyCampaignForm,
  formOfCampaign,
  parseCampaignForm,
  type CampaignField,
  type CampaignForm,
} from './campaign-input';

/** Create or edit a campaign; a bad field is named and nothing is written. */
export function CampaignFormModal({
  opened,
  onClose,
  campaign,
  baseCurrency,
}: {
  opened: boolean;
  onClose: () => void;
  campaign?: Campaign;
  baseCurrency: string;
}) {
  const { t } = useTranslation('campaigns');
  const db = useDatabase();
  const session = useSession();
  const [form, setForm] = useState<CampaignForm>(() =>
    campaign ? formOfCampaign(campaign) : emptyCampaignForm(baseCurrency),
  );
  const [errors, setErrors] = useState<Partial<Record<CampaignField, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = (field: CampaignField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const input = (field: CampaignField) => ({
    label: t(`fields.${field}`),
    name: field,
    value: form[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => set(field)(e.currentTarget.value),
  });

  const save = async () => {
    const parsed = parseCampaignForm(form);
    if (!parsed.ok) {
      const next: Partial<Record<CampaignField, string>> = {};
      for (const e of parsed.errors)
        next[e.field] ??= t(`errors.${e.code}`, { field: t(`fields.${e.field}`) });
      setErrors(next);
      return;
    }
    setSaving(true);
    try {
      if (campaign) await updateDoc(db, 'campaigns', campaign.id, parsed.fields, session);
      else await insertDoc(db, 'campaigns', definedOnly(parsed.fields), session);
      notifications.show({ message: t('saved'), color: 'teal' });
      setErrors({});
      if (!campaign) setForm(emptyCampaignForm(baseCurrency));
      onClose();
    } catch (err) {
      setErrors({ name: err instanceof Error ? err.message : String(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={campaign ? t('edit') : t('new')}
      size="lg"
      onSubmit={() => void save()}
      cancelLabel={t('cancel')}
      saveLabel={t('save')}
      saving={saving}
    >
      <TextInput {...input('name')} required data-autofocus />
      <SimpleGrid cols={2}>
        <Select
          label={t('fields.kind')}
          name="kind"
          data={campaignKindSchema.options.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={form.kind}
          onChange={(v) => v && set('kind')(v)}
          allowDeselect={false}
          error={errors.kind}
        />
        <TextInput {...input('location')} />
        <TextInput {...input('startDate')} type="date" />
        <TextInput {...input('endDate')} type="date" />
        <TextInput {...input('cost')} inputMode="decimal" />
        <TextInput {...input('currency')} maxLength={3} />
      </SimpleGrid>
      <Textarea {...input('notes')} autosize minRows={2} />
    </ModalForm>
  );
}
