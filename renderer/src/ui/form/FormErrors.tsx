import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** Every error of a form, top to bottom in form order, each naming its field. */
export function FormErrors({ title, messages }: { title: string; messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={title}
      data-testid="form-errors"
    >
      {messages.map((m, i) => (
        <Text key={i} size="sm">
          {m}
        </Text>
      ))}
    </Alert>
  );
}
