import { useMemo, useState } from 'react';
import { SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { accountFormModel } from '@shared/forms/account-form';
import { formErrorKeys } from '@shared/forms/error-keys';
import type { Account } from '@shared/model/account';
import { compact } from '@shared/model/compact';
import { ModalForm } from '../../ui/ModalForm';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { useCustomFields } from '../../data/use-custom-fields';
import { insertDoc, updateDoc } from '../../db/write';
import { SchemaFields, type FieldLayout } from '../../ui/form/SchemaFields';
import { errorMessage, focusField, useSchemaForm } from '../../ui/form/use-schema-form';

/** Create or edit an account; bad fields are named and nothing is written. */
export function AccountFormModal({
  onClose,
  account,
  onCreated,
}: {
  onClose: () => void;
  account?: Account;
  onCreated?: (a: Account) => void;
}) {
  const { t } = useTranslation('accounts');
  const db = useDatabase();
  const session = useSession();
  const custom = useCustomFields(db, 'account');
  const model = useMemo(() => accountFormModel(custom), [custom]);
  const form = useSchemaForm(model, account ? model.toForm(account) : undefined);
  const [saving, setSaving] = useState(false);
  const layout = useMemo(
    (): Record<string, FieldLayout> => ({
      name: { span: 2, autoFocus: true },
      tier: { optionLabel: (v) => t(`tiers.${v}`) },
      lifecycle: { optionLabel: (v) => t(`lifecycles.${v}`) },
    }),
    [t],
  );

  const save = async () => {
    const parsed = form.validate(account);
    if (!parsed.ok) return focusField(document, parsed.errors[0]!.field);
    setSaving(true);
    try {
      if (account) await updateDoc(db, 'accounts', account.id, parsed.value, session);
      else onCreated?.(await insertDoc(db, 'accounts', compact(parsed.value) as never, session));
      notifications.show({ message: t('saved'), color: 'teal' });
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
      onClose={onClose}
      title={account ? t('edit') : t('new')}
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
