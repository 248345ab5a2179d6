// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { SyncIndicator } from './SyncIndicator';
import { createSyncStatusStore } from '../data/sync-status';

afterEach(cleanup);

function renderIndicator(
  store: ReturnType<typeof createSyncStatusStore>,
  lng: 'zh-CN' | 'en' = 'zh-CN',
  signedIn = true,
) {
  render(
    <I18nextProvider i18n={createI18n(lng)}>
      <MantineProvider>
        <SyncIndicator store={store} signedIn={signedIn} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('SyncIndicator', () => {
  it('says "local only" on the local profile (never signed in)', () => {
    const store = createSyncStatusStore({ online: false });
    renderIndicator(store, 'zh-CN', false);
    expect(screen.getByTestId('sync-state')).toHaveTextContent('仅本地');
  });

  it('signed in and offline: one "offline" badge with the pending count, never "local only"', () => {
    const store = createSyncStatusStore({ online: false, pending: 30 });
    renderIndicator(store);
    expect(screen.getAllByText(/离线/)).toHaveLength(1);
    expect(screen.getByTestId('sync-state')).toHaveTextContent('离线 · 30 条待同步');
    expect(screen.getByTestId('sync-state')).not.toHaveTextContent('仅本地');
  });

  it('follows what the sync client pushes: pending count, then synced', () => {
    const store = createSyncStatusStore();
    renderIndicator(store, 'en');
    act(() => store.set({ state: 'syncing', pending: 183 }));
    expect(screen.getByTestId('sync-state')).toHaveTextContent('Syncing · 183 pending');
    act(() => store.set({ state: 'synced', pending: 0, lastSyncedAt: new Date().toISOString() }));
    expect(screen.getByTestId('sync-state')).toHaveTextContent(/^Synced$/);
    expect(screen.queryByTestId('network-state')).toBeNull();
  });

  it('is not "synced" while anything is still pending', () => {
    const store = createSyncStatusStore();
    renderIndicator(store, 'en');
    act(() => store.set({ state: 'synced', pending: 2 }));
    expect(screen.getByTestId('sync-state')).toHaveTextContent('Syncing · 2 pending');
  });
});
