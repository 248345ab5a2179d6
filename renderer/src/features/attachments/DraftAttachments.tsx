import { useCallback, useState } from 'react';
import { Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';
import { AttachmentDropZone, type PickedFile } from './AttachmentDropZone';
import { AttachmentTile } from './AttachmentTile';
import type { DraftFile } from './draft-attachments';

/**
 * Photos and files for a record not saved yet: taken the same ways as on a saved record and stored on the
 * device at once; the caller attaches them when the record is saved (attachDrafts).
 */
export function DraftAttachments({
  drafts,
  onChange,
}: {
  drafts: DraftFile[];
  onChange: (update: (drafts: DraftFile[]) => DraftFile[]) => void;
}) {
  const { t } = useTranslation('attachments');
  const [busy, setBusy] = useState(false);

  const onFiles = useCallback(
    (files: PickedFile[]) => {
      void (async () => {
        setBusy(true);
        for (const { file, name } of files) {
          try {
            const stored = await getPlatform().files.put(
              new Uint8Array(await file.arrayBuffer()),
              name,
              file.type || undefined,
            );
            onChange((list) =>
              list.some((d) => d.sha256 === stored.sha256) ? list : [...list, { ...stored, name }],
            );
          } catch (err) {
            notifications.show({
              color: 'red',
              message: t('refused', { name, message: err instanceof Error ? err.message : String(err) }),
            });
          }
        }
        setBusy(false);
      })();
    },
    [onChange, t],
  );

  return (
    <AttachmentDropZone busy={busy} onFiles={onFiles}>
      <Text size="sm" c="dimmed" data-testid="draft-attachments-hint">
        {drafts.length === 0 ? t('draftEmpty') : t('draftPending', { count: drafts.length })}
      </Text>
      {drafts.length > 0 && (
        <Group gap="sm" align="flex-start">
          {drafts.map((d) => (
            <AttachmentTile
              key={d.sha256}
              attachment={d}
              onCaption={(caption) =>
                onChange((list) => list.map((x) => (x.sha256 === d.sha256 ? { ...x, caption } : x)))
              }
            />
          ))}
        </Group>
      )}
    </AttachmentDropZone>
  );
}
