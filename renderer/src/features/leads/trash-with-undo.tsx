import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { Lead } from '@shared/model/lead';
import type { Actor } from '@shared/model/stamp';
import type { CrmDatabase } from '../../db/database';
import { restoreDoc, trashDoc } from '../../db/write';

/** Soft delete to the trash, with an Undo in the toast that restores it (both are ordinary synced edits). */
export async function trashLeadWithUndo(
  db: CrmDatabase,
  lead: Pick<Lead, 'id' | 'name'>,
  actor: Actor,
  t: TFunction,
): Promise<void> {
  await trashDoc(db, 'leads', lead.id, actor);
  const id = `trash-${lead.id}`;
  const undo = async () => {
    notifications.hide(id);
    await restoreDoc(db, 'leads', lead.id, actor);
    notifications.show({
      message: t('lead.detail.restored', { name: lead.name }),
      color: 'teal',
      autoClose: 3000,
    });
  };
  notifications.show({
    id,
    color: 'gray',
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{t('lead.detail.trashed', { name: lead.name })}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void undo()} data-testid="undo-trash">
          {t('lead.detail.undo')}
        </Button>
      </Group>
    ),
  });
}
