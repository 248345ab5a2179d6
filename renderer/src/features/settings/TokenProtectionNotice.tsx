import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';
import type { TokenProtection } from '../../platform/types';

const MESSAGE = {
  'basic-text': 'tokenStorage.basicText',
  'unknown-backend': 'tokenStorage.unknownBackend',
  'no-encryption': 'tokenStorage.noEncryption',
} as const;

/**
 * Says so when the desktop cannot keep the sign-in encrypted by the OS (Linux without a keyring stores under
 * a fixed key): the session is then kept in memory only (docs/desktop.md). Nothing shows in a browser.
 */
export function TokenProtectionNotice() {
  const { t } = useTranslation('userSettings');
  const [protection, setProtection] = useState<TokenProtection | null>(null);

  useEffect(() => {
    let live = true;
    getPlatform()
      .tokens.protection?.()
      .then((p) => live && setProtection(p))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!protection || protection.storage !== 'memory-only' || protection.reason === 'ok') return null;
  return (
    <Alert color="orange" title={t('tokenStorage.title')} data-testid="token-protection-notice">
      {t(MESSAGE[protection.reason])}
    </Alert>
  );
}
