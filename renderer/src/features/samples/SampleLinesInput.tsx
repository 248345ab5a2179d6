import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyLine, type LineForm } from './sample-form';

/** The products sent: one row per model, with quantity, unit cost and whether the customer pays. */
export function SampleLinesInput({
  lines,
  onChange,
  errors,
}: {
  lines: LineForm[];
  onChange: (lines: LineForm[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('samples');
  const set = (i: number, patch: Partial<LineForm>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('fields.lines')}
      </Text>
      {lines.map((l, i) => (
        <Group
          key={i}
          gap="xs"
          align={i === 0 ? 'flex-end' : 'flex-start'}
          wrap="nowrap"
          data-testid="sample-line"
        >
          <TextInput
            style={{ flex: 3 }}
            size="xs"
            aria-label={t('fields.name')}
            label={i === 0 ? t('fields.name') : undefined}
            placeholder={t('fields.name')}
            name={`lines.${i}.name`}
            value={l.name}
            error={errors[`lines.${i}.name`]}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
          />
          <TextInput
            style={{ flex: 2 }}
            size="xs"
            aria-label={t('fields.spec')}
            label={i === 0 ? t('fields.spec') : undefined}
            placeholder={t('fields.spec')}
            name={`lines.${i}.spec`}
            value={l.spec}
            onChange={(e) => set(i, { spec: e.currentTarget.value })}
          />
          <TextInput
            w={70}
            size="xs"
            aria-label={t('fields.quantity')}
            label={i === 0 ? t('fields.quantity') : undefined}
            placeholder={t('fields.quantity')}
            name={`lines.${i}.quantity`}
            inputMode="numeric"
            value={l.quantity}
            error={errors[`lines.${i}.quantity`]}
            onChange={(e) => set(i, { quantity: e.currentTarget.value })}
          />
          <TextInput
            w={90}
            size="xs"
            aria-label={t('fields.unitCost')}
            label={i === 0 ? t('fields.unitCost') : undefined}
            placeholder={t('fields.unitCost')}
            name={`lines.${i}.unitCost`}
            inputMode="decimal"
            value={l.unitCost}
            error={errors[`lines.${i}.unitCost`]}
            onChange={(e) => set(i, { unitCost: e.currentTarget.value })}
          />
          <Checkbox
            mt={6}
            size="xs"
            label={t('fields.charged')}
            checked={l.charged}
            onChange={(e) => set(i, { charged: e.currentTarget.checked })}
          />
          <ActionIcon
            mt={2}
            variant="subtle"
            color="gray"
            aria-label={t('actions.removeLine')}
            disabled={lines.length === 1}
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      {errors.lines && (
        <Text size="xs" c="red">
          {errors.lines}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...lines, emptyLine()])}
        >
          {t('actions.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}
