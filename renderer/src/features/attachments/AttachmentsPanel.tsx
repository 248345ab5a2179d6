import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc, updateDoc } from '../../db/write';
import { getPlatform } from '../../platform';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { attachmentFields, pastedName, type AttachmentSubject } from './attachment-fields';
import { AttachmentTile } from './AttachmentTile';
import { CameraCapture, cameraAvailable } from './CameraCapture';
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
  const input = useRef<HTMLInputElement>(null);
  const [camera, setCamera] = useState(false);
  const [busy, setBusy] = useState(false);
  const docs = useLiveDocs(db, 'attachments', { subjectId });
  const attachments = live(docs).filter((a) => a.subjectType === subjectType);

  const addFiles = useCallback(
    async (files: Array<{ file: File; name: string }>) => {
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

  // Paste anywhere on the page while the panel is open, unless the user is pasting text into a field.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const images = Array.from(e.clipboardData?.files ?? []).filter((f) => f.type.startsWith('image/'));
      if (images.length === 0) return;
      e.preventDefault();
      void addFiles(
        images.map((file) => ({
          file,
          name: file.name && file.name !== 'image.png' ? file.name : pastedName(file.type),
        })),
      );
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [addFiles]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void addFiles(Array.from(e.dataTransfer.files).map((file) => ({ file, name: file.name })));
  };

  return (
    <Paper
      withBorder
      p="sm"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      data-testid="attachments-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('dropHint')}
          </Text>
          <Group gap="xs">
            {cameraAvailable() && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconCamera size={14} />}
                onClick={() => setCamera(true)}
              >
                {t('camera')}
              </Button>
            )}
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPaperclip size={14} />}
              loading={busy}
              onClick={() => input.current?.click()}
            >
              {t('add')}
            </Button>
          </Group>
        </Group>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="attachments-input"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            void addFiles(files.map((file) => ({ file, name: file.name })));
          }}
        />
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
      </Stack>
      <CameraCapture
        opened={camera}
        onClose={() => setCamera(false)}
        onCapture={(file) => void addFiles([{ file, name: file.name }])}
      />
    </Paper>
  );
}
