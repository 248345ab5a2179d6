import type { ReminderClick } from '@shared/ipc/contract';
import { IpcRefusal } from '@shared/ipc/refusal';
import {
  createReminderScheduler,
  type Notifier,
  type SchedulerOptions,
  type SchedulerStorage,
} from '@shared/reminders/notification-scheduler';
import { PlatformError, type PlatformReminders } from '../types';

const KEY = 'crm.reminders';

export function localStorageScheduleStorage(storage: Storage = localStorage): SchedulerStorage {
  return {
    load: async () => {
      const raw = storage.getItem(KEY);
      return raw ? JSON.parse(raw) : null;
    },
    save: async (state) => storage.setItem(KEY, JSON.stringify(state)),
  };
}

/** The browser Notification API; without permission nothing shows and the in-app centre still lists it. */
export function browserNotifier(): Notifier {
  return {
    show({ title, body, onClick }) {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
      const n = new Notification(title, { body, tag: title });
      n.onclick = () => {
        window.focus();
        onClick();
        n.close();
      };
    },
  };
}

function asPlatformError(err: unknown): never {
  if (err instanceof IpcRefusal) throw new PlatformError(err.code, err.message, err.field);
  throw err;
}

/**
 * Reminders in a browser tab: the desktop's scheduler (shared/reminders/notification-scheduler) over localStorage and
 * the Notification API. It fires while the tab is open, and catches up (summarised) when it is opened again.
 */
export function createWebReminders(
  opts: Partial<Pick<SchedulerOptions, 'now' | 'setTimer' | 'clearTimer' | 'notifier'>> & {
    storage?: SchedulerStorage;
  } = {},
): PlatformReminders & { start(): Promise<void> } {
  const clicked = new Set<(c: ReminderClick) => void>();
  const counted = new Set<(n: number) => void>();
  let lastCount = 0;
  const scheduler = createReminderScheduler({
    storage: opts.storage ?? localStorageScheduleStorage(),
    notifier: opts.notifier ?? browserNotifier(),
    now: opts.now ?? Date.now,
    setTimer: opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer: opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
    onClick: (c) => clicked.forEach((l) => l(c)),
    onCount: (n) => {
      lastCount = n;
      counted.forEach((l) => l(n));
    },
  });
  let started: Promise<void> | null = null;
  const ready = () => (started ??= scheduler.start());

  return {
    start: ready,
    setSchedule: async (items) => {
      await ready();
      return scheduler.setSchedule(items).catch(asPlatformError);
    },
    list: async () => {
      await ready();
      return scheduler.list();
    },
    snooze: async (id, until) => {
      await ready();
      await scheduler.snooze(id, until.toISOString()).catch(asPlatformError);
    },
    done: async (id) => {
      await ready();
      await scheduler.done(id).catch(asPlatformError);
    },
    onClicked: (l) => {
      clicked.add(l);
      return () => void clicked.delete(l);
    },
    onCount: (l) => {
      counted.add(l);
      l(lastCount);
      return () => void counted.delete(l);
    },
  };
}
