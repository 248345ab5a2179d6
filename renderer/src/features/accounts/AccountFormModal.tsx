import { useState } from 'react';
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../ui/ModalForm';
import { accountTierSchema, lifecycleSchema, type Account } from '@shared/model/account';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc, updateDoc } from '../../db/write';
import {
  definedOnly,
  emptyAccountForm,
  formOfAccount,
  parseAccountForm,
  type AccountForm,
} from './account-input';
import { errorsByField } from './field-errors';

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
  const [form, setForm] = useState<AccountForm>(() => (account ? formOfAccount(account) : emptyAccountForm));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const input = (field: keyof AccountForm) => ({
    label: t(`fields.${field}`),
    name: field,
    value: String(form[field]),
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [field]: value }));
    },
  });

  const save = async () => {
    const parsed = parseAccountForm(form);
    if (!parsed.ok) return setErrors(errorsByField(t, parsed.errors));
    setSaving(true);
    try {
      if (account) await updateDoc(db, 'accounts', account.id, parsed.fields, session);
      else onCreated?.(await insertDoc(db, 'accounts', definedOnly(parsed.fields), session));
      notifications.show({ message: t('saved'), color: 'teal' });
      onClose();
    } catch (err) {
      setErrors({ name: err instanceof Error ? err.message : String(err) });
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
      <TextInput {...input('name')} required data-autofocus />
      <SimpleGrid cols={2}>
        <Select
          label={t('fields.tier')}
          data={accountTierSchema.options.map((v) => ({ value: v, label: t(`tiers.${v}`) }))}
          value={form.tier}
          onChange={(v) => v && setForm((f) => ({ ...f, tier: v }))}
          allowDeselect={false}
        />
        <Select
          label={t('fields.lifecycle')}
          data={lifecycleSchema.options.map((v) => ({ value: v, label: t(`lifecycles.${v}`) }))}
          value={form.lifecycle}
          onChange={(v) => v && setForm((f) => ({ ...f, lifecycle: v }))}
          allowDeselect={false}
        />
        <TextInput {...input('country')} maxLength={2} />
        <TextInput {...input('city')} />
        <TextInput {...input('phones')} />
        <TextInput {...input('emails')} />
        <TextInput {...input('website')} />
        <TextInput {...input('industry')} />
      </SimpleGrid>
      <Textarea {...input('notes')} autosize minRows={2} />
    </ModalForm>
  );
}
