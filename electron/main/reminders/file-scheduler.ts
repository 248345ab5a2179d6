import {
  createReminderScheduler,
  type SchedulerOptions,
  type SchedulerStorage,
} from '@shared/reminders/notification-scheduler';
import { readJsonFile, writeJsonFile } from '../files/json-file';
import { z } from 'zod';

/** The scheduler's state as a JSON file in user data, rewritten crash-safe on each change. */
export function jsonFileStorage(file: string): SchedulerStorage {
  return {
    load: () => readJsonFile(file, z.unknown(), null),
    save: (state) => writeJsonFile(file, state),
  };
}

export type FileSchedulerOptions = Omit<SchedulerOptions, 'storage' | 'now' | 'setTimer' | 'clearTimer'> &
  Partial<Pick<SchedulerOptions, 'now' | 'setTimer' | 'clearTimer'>> & { file: string };

/** The main process's reminder scheduler: persisted in a file, real clock and timers unless a test injects them. */
export function createFileReminderScheduler({ file, ...opts }: FileSchedulerOptions) {
  return createReminderScheduler({
    now: Date.now,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    ...opts,
    storage: jsonFileStorage(file),
  });
}
