import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerOfflineShell } from './app/offline-shell';
import { openLocalDatabase } from './db/open-local';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App openDb={openLocalDatabase} />
  </StrictMode>,
);

registerOfflineShell();
