/**
 * The web build registers a service worker that keeps the app shell (HTML, JS, CSS) so the app reopens with
 * no network. Not for Electron (file:// or its own protocol serves the files) nor for the dev server.
 */
// Typed loosely: this file is also compiled by the Node project, which has no vite/client types.
const env = (import.meta as ImportMeta & { env?: { PROD?: boolean; VITE_PLATFORM?: string } }).env ?? {};

export function registerOfflineShell(): void {
  if (!env.PROD || env.VITE_PLATFORM !== 'web') return;
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  navigator.serviceWorker.register('./sw.js').catch((err: unknown) => {
    // The app still works online; only reopening offline is lost.
    console.warn('offline shell not registered', err);
  });
}
