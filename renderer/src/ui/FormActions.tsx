import { Button, Group } from '@mantine/core';

/** The cancel/save row at the foot of every record form. */
export function FormActions({
  onCancel,
  cancelLabel,
  saveLabel,
  saving = false,
}: {
  onCancel: () => void;
  cancelLabel: string;
  saveLabel: string;
  saving?: boolean;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={saving}>
        {saveLabel}
      </Button>
    </Group>
  );
}
