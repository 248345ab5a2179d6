// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { CrmBridge } from '@shared/ipc/bridge';
import type { TokenProtection } from '@shared/ipc/contract';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { TokenProtectionNotice } from './TokenProtectionNotice';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

let answer: TokenProtection = { storage: 'os-encrypted', reason: 'ok' };
let answered = 0;
// The desktop bridge, as the preload exposes it: only the call this notice makes answers.
window.crm = {
  tokens: {
    protection: async () => {
      answered++;
      return { ok: true, value: answer };
    },
  },
} as unknown as CrmBridge;

describe('token protection notice', () => {
  it('tells the user when Linux stores the sign-in under a fixed key, and is silent with a keyring', async () => {
    answer = { storage: 'memory-only', reason: 'basic-text', backend: 'basic_text' };
    const { unmount } = render(
      <AppTestProviders db={db} language="en">
        <TokenProtectionNotice />
      </AppTestProviders>,
    );
    expect(await screen.findByText('Sign-in stored without OS encryption')).toBeTruthy();
    expect(screen.getByTestId('token-protection-notice').textContent).toMatch(/no usable keyring/);
    unmount();

    answer = { storage: 'os-encrypted', reason: 'ok', backend: 'gnome_libsecret' };
    const before = answered;
    render(
      <AppTestProviders db={db} language="en">
        <TokenProtectionNotice />
      </AppTestProviders>,
    );
    await waitFor(() => expect(answered).toBe(before + 1));
    await act(async () => undefined); // the answer's state update
    expect(screen.queryByTestId('token-protection-notice')).toBeNull();
  });
});
