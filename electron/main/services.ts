import { join } from 'node:path';
import type { ReminderClick } from '@shared/ipc/contract';
import { createAttachmentStore } from './files/attachment-store';
import { createHttpUploadTransport } from './files/http-upload';
import { watchUploadCount } from './files/upload-count';
import { createUploadQueue } from './files/upload-queue';
import type { FileShell } from './ipc/file-handlers';
import { createAppHandlers } from './ipc/app-handlers';
import { createFileHandlers } from './ipc/file-handlers';
import type { Handlers } from './ipc/register';
import { createReminderHandlers } from './ipc/reminder-handlers';
import { createTokenHandlers } from './ipc/token-handlers';
import { createUploadHandlers } from './ipc/upload-handlers';
import type { Notifier } from '@shared/reminders/notification-scheduler';
import { createFileReminderScheduler } from './reminders/file-scheduler';
import { createTokenStore, type Encryptor } from './tokens/token-store';

export interface ServiceDeps {
  userData: string;
  tempDir: string;
  version: string;
  platform: string;
  notifier: Notifier;
  encryptor: Encryptor;
  shell: FileShell;
  onReminderClick: (click: ReminderClick) => void;
  /** A click on a plain (non-reminder) notification. */
  focusWindow: () => void;
  onDueCount: (due: number) => void;
  /** The number of files waiting for upload changed (the renderer counts them as not yet synced). */
  onUploadCount: (count: number) => void;
  /** The sync server when the session does not name one (CRM_SERVER_URL from `npm start`). */
  fallbackServerUrl?: string;
}

/** Every main-process service, built from plain Node modules over the user-data folder. */
export async function createServices(deps: ServiceDeps) {
  const store = createAttachmentStore({ root: join(deps.userData, 'files') });
  await store.init();
  const tokens = createTokenStore({
    file: join(deps.userData, 'session.bin'),
    encryptor: deps.encryptor,
    platform: deps.platform,
  });
  const uploads = createUploadQueue({
    file: join(deps.userData, 'upload-queue.json'),
    transport: createHttpUploadTransport({
      session: () => tokens.get(),
      fallbackServerUrl: deps.fallbackServerUrl,
    }),
    readBlob: (sha) => store.read(sha),
  });
  await uploads.start();
  // After start: what a previous run left is the baseline the renderer reads with files:uploadCount.
  const stopUploadCount = watchUploadCount(uploads, deps.onUploadCount);
  const scheduler = createFileReminderScheduler({
    file: join(deps.userData, 'reminders.json'),
    notifier: deps.notifier,
    onClick: deps.onReminderClick,
    onCount: deps.onDueCount,
  });
  await scheduler.start();

  const handlers: Handlers = {
    ...createAppHandlers({
      version: deps.version,
      platform: deps.platform,
      startedAt: Date.now(),
      notify: (title, body) => deps.notifier.show({ title, body, onClick: deps.focusWindow }),
    }),
    ...createTokenHandlers(tokens),
    ...createFileHandlers({
      store,
      shell: deps.shell,
      openDir: join(deps.tempDir, 'export-crm-open'),
      onStored: (sha) => void uploads.enqueue(sha),
    }),
    ...createUploadHandlers(uploads),
    ...createReminderHandlers(scheduler),
  };

  return {
    store,
    uploads,
    scheduler,
    tokens,
    handlers,
    stop() {
      scheduler.stop();
      stopUploadCount();
      uploads.stop();
    },
  };
}
