/**
 * The one interface through which the renderer reaches OS services. Two implementations: `electron`
 * (window.crm, the preload bridge) and `web` (browser APIs: OPFS/IndexedDB, Notification API).
 */
export interface AppInfo {
  version: string;
  platform: string;
  kind: 'electron' | 'web';
}

export interface Platform {
  info(): Promise<AppInfo>;
  /** Liveness of the main process (electron) or the page (web). */
  health(): Promise<{ ok: boolean; uptimeSeconds: number }>;
}
