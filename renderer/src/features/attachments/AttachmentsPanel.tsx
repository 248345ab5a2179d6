import { useCallback, useState } from 'react';
import { Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc, updateDoc } from '../../db/write';
import { getPlatform } from '../../platform';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { attachmentFields, type AttachmentSubject } from './attachment-fields';
import { AttachmentDropZone, type PickedFile } from './AttachmentDropZone';
import { AttachmentTile } from './AttachmentTile';
import { useBlobTransfer } from './use-blob-transfer';

export interface AttachmentsPanelProps extends AttachmentSubject {
  /** Called with each newly stored file's hash; by default the signed-in user's blob transfer uploads it. */
  onStored?: (sha256: string) => void;
  /** Fetches the bytes of a synced attachment that are not on this device; by default the blob transfer's. */
  ensureLocal?: (sha256: string) => Promise<unknown>;
}

/**
 * The files of any record: pick, drop, paste an image or take a photo. Bytes go to the platform file store;
 * the metadata is an `attachments` document that syncs like any record.
 */
export function AttachmentsPanel({
  subjectType,
  subjectId,
  accountId = '',
  ownerId,
  departmentId,
  ...hooks
}: AttachmentsPanelProps) {
  const { t } = useTranslation('attachments');
  const transfer = useBlobTransfer();
  const onStored = hooks.onStored ?? transfer.onStored;
  const ensureLocal = hooks.ensureLocal ?? transfer.ensureLocal;
  const db = useDatabase();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const docs = useLiveDocs(db, 'attachments', { subjectId });
  const attachments = live(docs).filter((a) => a.subjectType === subjectType);

  const addFiles = useCallback(
    async (files: PickedFile[]) => {
      setBusy(true);
      let added = 0;
      for (const { file, name } of files) {
        try {
          const stored = await getPlatform().files.put(
            new Uint8Array(await file.arrayBuffer()),
            name,
            file.type || undefined,
          );
          await insertDoc(
            db,
            'attachments',
            attachmentFields(stored, name, { subjectType, subjectId, accountId, ownerId, departmentId }),
            session,
          );
          onStored?.(stored.sha256);
          added++;
        } catch (err) {
          notifications.show({
            color: 'red',
            message: t('refused', { name, message: err instanceof Error ? err.message : String(err) }),
          });
        }
      }
      setBusy(false);
      if (added) notifications.show({ message: t('added', { count: added }) });
    },
    [db, session, subjectType, subjectId, accountId, ownerId, departmentId, onStored, t],
  );
  const onFiles = useCallback((files: PickedFile[]) => void addFiles(files), [addFiles]);

  return (
    <AttachmentDropZone busy={busy} onFiles={onFiles}>
      {attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('empty')}
        </Text>
      ) : (
        <Group gap="sm" align="flex-start">
          {attachments.map((a) => (
            <AttachmentTile
              key={a.id}
              attachment={a}
              ensureLocal={ensureLocal}
              onCaption={(caption) =>
                void updateDoc(db, 'attachments', a.id, { caption: caption.trim() || undefined }, session)
              }
            />
          ))}
        </Group>
      )}
    </AttachmentDropZone>
  );
}
