import type { ReminderClick } from '@shared/ipc/contract';
import type { Notifier } from '@shared/reminders/notification-scheduler';

/** The slice of Electron's Notification class used here. */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}
export type NotificationCtor = new (opts: { title: string; body: string; icon?: string }) => NotificationLike;

/** The slice of BrowserWindow the click handler needs. */
export interface WindowLike {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  webContents: { send(channel: string, payload: unknown): void };
}

/**
 * OS notifications through Electron. Each shown notification is kept referenced until clicked or closed:
 * otherwise it can be garbage-collected and its click is lost.
 */
export function createElectronNotifier(Notification: NotificationCtor, icon?: string): Notifier {
  const alive = new Set<NotificationLike>();
  return {
    show({ title, body, onClick }) {
      const n = new Notification(icon ? { title, body, icon } : { title, body });
      alive.add(n);
      n.on('click', () => {
        alive.delete(n);
        onClick();
      });
      n.on('close', () => alive.delete(n));
      n.show();
    },
  };
}

/** A click brings the window up (even from the tray) and tells the renderer which record to open. */
export function createReminderClickHandler(
  getWindow: () => WindowLike | null,
  /** No window (closed to the tray): create one and deliver the click once it has loaded. */
  reopenWith?: (click: ReminderClick) => void,
) {
  return (click: ReminderClick) => {
    const win = getWindow();
    if (!win || win.isDestroyed()) {
      reopenWith?.(click);
      return;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    win.webContents.send('reminders:clicked', click);
  };
}
