import { useCallback, useEffect, useState } from 'react';
import type { PlatformReminders, ReminderEntry } from '../../platform';

/**
 * The platform scheduler's entries (pending, fired, snoozed, done), re-read whenever the due count changes,
 * every 30 s (pending ones become due in between), and on demand after an action.
 */
export function useReminderEntries(reminders: PlatformReminders, refreshMs = 30_000) {
  const [entries, setEntries] = useState<ReminderEntry[]>([]);
  const refresh = useCallback(async () => {
    try {
      setEntries(await reminders.list());
    } catch (e) {
      console.warn('reminders list failed', e);
    }
  }, [reminders]);
  useEffect(() => {
    void refresh();
    const off = reminders.onCount(() => void refresh());
    const timer = setInterval(() => void refresh(), refreshMs);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [reminders, refresh, refreshMs]);
  return { entries, refresh };
}
