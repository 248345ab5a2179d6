import { useEffect, useRef, useState } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether this browser/window can reach a camera at all (optional feature: the button hides otherwise). */
export const cameraAvailable = () =>
  typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

/** A live camera view; "capture" hands back a JPEG of the current frame. The camera stops when closed. */
export function CameraCapture({
  opened,
  onClose,
  onCapture,
}: {
  opened: boolean;
  onClose: () => void;
  onCapture: (file: File) => void;
}) {
  const { t } = useTranslation('attachments');
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!opened) return;
    let stream: MediaStream | null = null;
    let live = true;
    setError('');
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        if (!live) return s.getTracks().forEach((tr) => tr.stop());
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play();
        }
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [opened]);

  function capture() {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')!.drawImage(v, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (blob)
          onCapture(
            new File([blob], `photo-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.jpg`, {
              type: 'image/jpeg',
            }),
          );
        onClose();
      },
      'image/jpeg',
      0.9,
    );
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('camera')} size="lg">
      {error ? (
        <Text c="red">{t('cameraUnavailable', { message: error })}</Text>
      ) : (
        <video ref={video} style={{ width: '100%', borderRadius: 8 }} muted playsInline />
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('cancel')}
        </Button>
        <Button onClick={capture} disabled={Boolean(error)}>
          {t('capture')}
        </Button>
      </Group>
    </Modal>
  );
}
