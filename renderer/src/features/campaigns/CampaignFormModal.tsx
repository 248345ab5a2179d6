import { useMemo, useState } from 'react';
import { SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { campaignFormModel } from '@shared/forms/campaign-form';
import { formErrorKeys } from '@shared/forms/error-keys';
import type { Campaign } from '@shared/model/campaign';
import { compact } from '@shared/model/compact';
import { ModalForm } from '../../ui/ModalForm';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc, updateDoc } from '../../db/write';
import { SchemaFields, type FieldLayout } from '../../ui/form/SchemaFields';
import { errorMessage, focusField, useSchemaForm } from '../../ui/form/use-schema-form';

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
  const model = useMemo(() => campaignFormModel(baseCurrency), [baseCurrency]);
  const form = useSchemaForm(model, campaign ? model.toForm(campaign) : undefined);
  const [saving, setSaving] = useState(false);
  const layout = useMemo(
    (): Record<string, FieldLayout> => ({
      name: { span: 2, autoFocus: true },
      kind: { optionLabel: (k) => t(`kinds.${k}`) },
    }),
    [t],
  );

  const save = async () => {
    const parsed = form.validate(campaign);
    if (!parsed.ok) return focusField(document, parsed.errors[0]!.field);
    setSaving(true);
    try {
      if (campaign) await updateDoc(db, 'campaigns', campaign.id, parsed.value, session);
      else await insertDoc(db, 'campaigns', compact(parsed.value) as never, session);
      notifications.show({ message: t('saved'), color: 'teal' });
      if (!campaign) form.reset();
      onClose();
    } catch (err) {
      form.setErrors([
        { field: 'name', key: formErrorKeys.saveFailed, params: { message: errorMessage(err) } },
      ]);
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
      <SimpleGrid cols={2}>
        <SchemaFields form={form} layout={layout} />
      </SimpleGrid>
    </ModalForm>
  );
}
