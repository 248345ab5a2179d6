import { useState } from 'react';
import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../ui/ModalForm';
import type { Account, Contact } from '@shared/model/account';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc, updateDoc } from '../../db/write';
import {
  definedOnly,
  emptyContactForm,
  formOfContact,
  parseContactForm,
  type ContactForm,
} from './account-input';
import { errorsByField } from './field-errors';

/** Add or edit a contact of an account; the contact follows the account's owner. */
export function ContactFormModal({
  account,
  contact,
  onClose,
}: {
  account: Account;
  contact?: Contact;
  onClose: () => void;
}) {
  const { t } = useTranslation('accounts');
  const db = useDatabase();
  const session = useSession();
  const [form, setForm] = useState<ContactForm>(() => (contact ? formOfContact(contact) : emptyContactForm));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const input = (field: Exclude<keyof ContactForm, 'isPrimary'>) => ({
    label: t(`fields.${field}`),
    name: field,
    value: form[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [field]: value }));
    },
  });

  const save = async () => {
    const parsed = parseContactForm(form, account.country);
    if (!parsed.ok) return setErrors(errorsByField(t, parsed.errors));
    try {
      if (contact) await updateDoc(db, 'contacts', contact.id, parsed.fields, session);
      else
        await insertDoc(
          db,
          'contacts',
          {
            ...definedOnly(parsed.fields),
            accountId: account.id,
            ownerId: account.ownerId,
            departmentId: account.departmentId,
          },
          session,
        );
      onClose();
    } catch (err) {
      setErrors({ name: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <ModalForm
      onClose={onClose}
      title={contact ? t('view.editContact') : t('view.addContact')}
      onSubmit={() => void save()}
      cancelLabel={t('cancel')}
      saveLabel={t('save')}
    >
      <SimpleGrid cols={2}>
        <TextInput {...input('name')} required data-autofocus />
        <TextInput {...input('title')} />
        <TextInput {...input('phones')} />
        <TextInput {...input('emails')} />
        <TextInput {...input('wechat')} />
        <TextInput {...input('whatsapp')} />
      </SimpleGrid>
      <Checkbox
        label={t('fields.isPrimary')}
        checked={form.isPrimary}
        onChange={(e) => {
          const isPrimary = e.currentTarget.checked;
          setForm((f) => ({ ...f, isPrimary }));
        }}
      />
    </ModalForm>
  );
}
