import { useMemo } from 'react';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contactFormModel } from '@shared/forms/account-form';
import { formErrorKeys } from '@shared/forms/error-keys';
import type { Account, Contact } from '@shared/model/account';
import { compact } from '@shared/model/compact';
import { ModalForm } from '../../ui/ModalForm';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { useCustomFields } from '../../data/use-custom-fields';
import { insertDoc, updateDoc } from '../../db/write';
import { SchemaFields } from '../../ui/form/SchemaFields';
import { errorMessage, focusField, useSchemaForm } from '../../ui/form/use-schema-form';

const LAYOUT = { name: { autoFocus: true } };

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
  const custom = useCustomFields(db, 'contact');
  const model = useMemo(() => contactFormModel(account.country, custom), [account.country, custom]);
  const form = useSchemaForm(model, contact ? model.toForm(contact) : undefined);

  const save = async () => {
    const parsed = form.validate(contact);
    if (!parsed.ok) return focusField(document, parsed.errors[0]!.field);
    try {
      if (contact) await updateDoc(db, 'contacts', contact.id, parsed.value, session);
      else
        await insertDoc(
          db,
          'contacts',
          {
            ...(compact(parsed.value) as Omit<Contact, 'accountId' | 'ownerId' | 'departmentId'>),
            accountId: account.id,
            ownerId: account.ownerId,
            departmentId: account.departmentId,
          } as never,
          session,
        );
      onClose();
    } catch (err) {
      form.setErrors([
        { field: 'name', key: formErrorKeys.saveFailed, params: { message: errorMessage(err) } },
      ]);
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
        <SchemaFields form={form} layout={LAYOUT} />
      </SimpleGrid>
    </ModalForm>
  );
}
