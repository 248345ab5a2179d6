import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCamera, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pastedName } from './attachment-fields';
import { CameraCapture, cameraAvailable } from './CameraCapture';

export interface PickedFile {
  file: File;
  name: string;
}

/**
 * Every way a file comes in: pick, drop, paste an image anywhere on the page, or take a photo. What happens
 * to the files is the caller's (`onFiles`); the tiles shown are its `children`.
 */
export function AttachmentDropZone({
  busy,
  onFiles,
  children,
}: {
  busy: boolean;
  onFiles: (files: PickedFile[]) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('attachments');
  const input = useRef<HTMLInputElement>(null);
  const [camera, setCamera] = useState(false);

  // Paste anywhere on the page while the zone is shown, unless the user is pasting text into a field.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const images = Array.from(e.clipboardData?.files ?? []).filter((f) => f.type.startsWith('image/'));
      if (images.length === 0) return;
      e.preventDefault();
      onFiles(
        images.map((file) => ({
          file,
          name: file.name && file.name !== 'image.png' ? file.name : pastedName(file.type),
        })),
      );
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onFiles]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    onFiles(Array.from(e.dataTransfer.files).map((file) => ({ file, name: file.name })));
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
            onFiles(files.map((file) => ({ file, name: file.name })));
          }}
        />
        {children}
      </Stack>
      <CameraCapture
        opened={camera}
        onClose={() => setCamera(false)}
        onCapture={(file) => onFiles([{ file, name: file.name }])}
      />
    </Paper>
  );
}
