import { indexedDbBackend, opfsBackend, type BlobBackend } from './blob-backends';
import { createWebFiles } from './web-files';
import { createWebReminders } from './web-reminders';
import { createWebTokens } from './web-tokens';
import type { Platform, PlatformFiles } from '../types';

/** Picks OPFS where the browser has it, else IndexedDB; chosen once, on first use. */
function lazyFiles(): PlatformFiles {
  let files: Promise<PlatformFiles> | null = null;
  const get = () =>
    (files ??= (async () => {
      const backend: BlobBackend = (await opfsBackend()) ?? (await indexedDbBackend());
      return createWebFiles(backend);
    })());
  return {
    put: async (bytes, name, mime) => (await get()).put(bytes, name, mime),
    url: async (sha) => (await get()).url(sha),
    thumbUrl: async (sha) => (await get()).thumbUrl(sha),
    has: async (sha) => (await get()).has(sha),
    read: async (sha) => (await get()).read!(sha),
    open: async (sha, name) => (await get()).open(sha, name),
    saveCopy: async (sha, name) => (await get()).saveCopy(sha, name),
    pick: async (opts) => (await get()).pick!(opts),
  };
}

// Typed loosely: this file is also compiled by the Node project, which has no vite/client types.
const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env ?? {};

/** The browser platform (npm run web): browser storage and the Notification API, no Node, no bridge. */
export function createWebPlatform(): Platform {
  const startedAt = Date.now();
  const reminders = createWebReminders();
  void reminders.start(); // catch up on what came due while the tab was closed
  return {
    kind: 'web',
    info: async () => ({
      version: env.VITE_APP_VERSION ?? '0.1.0',
      platform: navigator.userAgent,
      kind: 'web',
    }),
    health: async () => ({ ok: true, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }),
    tokens: createWebTokens(),
    files: lazyFiles(),
    reminders,
    notify: async (title, body) => {
      if (typeof Notification === 'undefined') return;
      if (Notification.permission === 'default') await Notification.requestPermission();
      if (Notification.permission === 'granted') new Notification(title, { body });
    },
  };
}
