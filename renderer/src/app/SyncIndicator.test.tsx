// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { SyncIndicator } from './SyncIndicator';
import { createSyncStatusStore } from './sync-status';

afterEach(cleanup);

function renderIndicator(store: ReturnType<typeof createSyncStatusStore>, lng: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <I18nextProvider i18n={createI18n(lng)}>
      <MantineProvider>
        <SyncIndicator store={store} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('SyncIndicator', () => {
  it('says "local only" until a sync client reports, and shows the network state', () => {
    const store = createSyncStatusStore({ online: false });
    renderIndicator(store);
    expect(screen.getByTestId('sync-state')).toHaveTextContent('仅本地');
    expect(screen.getByTestId('network-state')).toHaveTextContent('离线');
  });

  it('follows what the sync client pushes: pending count, then synced', () => {
    const store = createSyncStatusStore();
    renderIndicator(store, 'en');
    act(() => store.set({ state: 'syncing', pending: 183 }));
    expect(screen.getByTestId('sync-state')).toHaveTextContent('Syncing · 183 pending');
    act(() => store.set({ state: 'synced', pending: 0, lastSyncedAt: new Date().toISOString() }));
    expect(screen.getByTestId('sync-state')).toHaveTextContent(/^Synced$/);
    expect(screen.getByTestId('network-state')).toHaveTextContent('Online');
  });
});
