import { ActionIcon, Card, Center, Image, Loader, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconExternalLink, IconFile, IconCloudDownload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '@shared/model/attachment';
import { getPlatform } from '../../platform';
import { useFileView } from './use-file-url';

/** One attachment: its thumbnail (or a file icon), name, caption (saved on blur) and an open button. */
export function AttachmentTile({
  attachment,
  onCaption,
  ensureLocal,
}: {
  /** A saved attachment, or a draft of one (a file stored for a record not saved yet). */
  attachment: Pick<Attachment, 'sha256' | 'name' | 'caption'>;
  onCaption: (caption: string) => void;
  ensureLocal?: (sha256: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('attachments');
  const view = useFileView(attachment.sha256, ensureLocal);
  const open = async () => {
    const outcome = await getPlatform().files.open(attachment.sha256, attachment.name);
    // Only documents and images open; anything else was offered for saving: say why nothing opened.
    if (outcome === 'opened') return;
    notifications.show({
      color: 'yellow',
      message:
        outcome === 'saved'
          ? t('notOpenedSaved', { name: attachment.name })
          : t('notOpenedCancelled', { name: attachment.name }),
    });
  };
  const onOpen = () => void open();
  return (
    <Card withBorder padding="xs" w={180} data-testid="attachment-tile" data-sha256={attachment.sha256}>
      <Card.Section>
        <Center
          h={120}
          bg="gray.0"
          style={{ cursor: view.state === 'ready' ? 'pointer' : undefined }}
          onClick={view.state === 'ready' ? onOpen : undefined}
        >
          {view.state === 'loading' && <Loader size="sm" />}
          {view.state === 'missing' && (
            <Stack gap={4} align="center">
              <IconCloudDownload size={28} />
              <Text size="xs" c="dimmed">
                {t('missing')}
              </Text>
            </Stack>
          )}
          {view.state === 'ready' &&
            (view.thumb ? (
              <Image
                src={view.thumb}
                alt={attachment.caption || attachment.name}
                h={120}
                w="100%"
                fit="cover"
              />
            ) : (
              <IconFile size={36} />
            ))}
        </Center>
      </Card.Section>
      <Stack gap={4} mt={6}>
        <Text size="xs" truncate="end" title={attachment.name}>
          {attachment.name}
        </Text>
        <TextInput
          size="xs"
          placeholder={t('caption')}
          aria-label={t('caption')}
          defaultValue={attachment.caption ?? ''}
          maxLength={500}
          onBlur={(e) =>
            e.currentTarget.value !== (attachment.caption ?? '') && onCaption(e.currentTarget.value)
          }
          rightSection={
            <Tooltip label={t('open')}>
              <ActionIcon
                size="sm"
                variant="subtle"
                onClick={onOpen}
                aria-label={t('open')}
                disabled={view.state !== 'ready'}
              >
                <IconExternalLink size={14} />
              </ActionIcon>
            </Tooltip>
          }
        />
      </Stack>
    </Card>
  );
}
