import type { ReactNode } from 'react';
import { Modal, Stack } from '@mantine/core';
import { FormActions } from './FormActions';

/** A form in a modal: Enter or the save button submits, cancel closes; the fields are the children. */
export function ModalForm({
  opened = true,
  onClose,
  title,
  size,
  onSubmit,
  saving,
  cancelLabel,
  saveLabel,
  children,
}: {
  opened?: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  onSubmit: () => void;
  saving?: boolean;
  cancelLabel: string;
  saveLabel: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {children}
          <FormActions onCancel={onClose} cancelLabel={cancelLabel} saveLabel={saveLabel} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}
