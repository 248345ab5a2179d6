import type {
  OpenOutcome,
  ReminderClick,
  ReminderEntry,
  ReminderItem,
  StoredFile,
  StoredSession,
  TokenProtection,
} from '@shared/ipc/contract';

export type {
  OpenOutcome,
  ReminderClick,
  ReminderEntry,
  ReminderItem,
  StoredFile,
  StoredSession,
  TokenProtection,
};

/**
 * The one interface through which the renderer reaches OS services. Two implementations: `electron`
 * (window.crm, the preload bridge) and `web` (browser APIs: OPFS/IndexedDB, Notification API).
 */
export interface AppInfo {
  version: string;
  platform: string;
  kind: 'electron' | 'web';
}

export interface PlatformTokens {
  get(): Promise<StoredSession | null>;
  /** Resolves to whether the session survives a restart (false: no OS encryption, kept for this run). */
  set(session: StoredSession): Promise<boolean>;
  clear(): Promise<void>;
  /** Desktop: whether the OS encrypts the stored session (absent in a browser). */
  protection?(): Promise<TokenProtection>;
}

export interface PlatformFiles {
  /** Stores bytes content-addressed; the type is sniffed from the content (`mime` is only a hint). */
  put(bytes: Uint8Array, name: string, mime?: string): Promise<StoredFile>;
  /** An address for <img src> / <a href>: crm-file://<sha256> on the desktop, an object URL in a browser. */
  url(sha256: string): Promise<string>;
  /** A small preview for images; null when the file has none (PDF, documents). */
  thumbUrl(sha256: string): Promise<string | null>;
  has(sha256: string): Promise<boolean>;
  /** The stored bytes (for the web build's blob upload; the desktop uploads from the main process). */
  read?(sha256: string): Promise<Uint8Array>;
  /**
   * Opens a document or image (by its content) with the system's app (desktop) or a new tab (browser);
   * anything else is only offered for saving: `saved` / `not-saved` (the user cancelled).
   */
  open(sha256: string, name: string): Promise<OpenOutcome>;
  /** Lets the user save a copy; resolves to false when cancelled. */
  saveCopy(sha256: string, name: string): Promise<boolean>;
  /** The system file dialog; the chosen files are stored and described. */
  pick?(opts?: { multiple?: boolean; imagesOnly?: boolean }): Promise<Array<StoredFile & { name: string }>>;
  /**
   * Desktop only: the number of files the main process has not yet uploaded, now and on every change; returns
   * the unsubscribe function. Absent in a browser, where the page's own blob transfer holds the queue.
   */
  onUploadCount?(listener: (count: number) => void): () => void;
}

export interface PlatformReminders {
  /** Replaces the schedule (same id = same reminder); resolves to its size. */
  setSchedule(items: ReminderItem[]): Promise<number>;
  list(): Promise<ReminderEntry[]>;
  snooze(id: string, until: Date): Promise<void>;
  done(id: string): Promise<void>;
  /** A reminder notification was clicked: open the record (or, for a summary, the notification centre). */
  onClicked(listener: (click: ReminderClick) => void): () => void;
  /** The number of due (fired, not done) reminders changed. */
  onCount(listener: (due: number) => void): () => void;
}

export interface Platform {
  kind: 'electron' | 'web';
  info(): Promise<AppInfo>;
  /** Liveness of the main process (electron) or the page (web). */
  health(): Promise<{ ok: boolean; uptimeSeconds: number }>;
  tokens: PlatformTokens;
  files: PlatformFiles;
  reminders: PlatformReminders;
  /** A plain OS notification. */
  notify(title: string, body?: string): Promise<void>;
}

/** A refused platform call: `field` names the offending input (e.g. "items.0.dueAt"). */
export class PlatformError extends Error {
  constructor(
    readonly code: 'INVALID' | 'FORBIDDEN' | 'FAILED' | 'UNSUPPORTED',
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
