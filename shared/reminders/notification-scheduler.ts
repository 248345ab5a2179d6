import { z } from 'zod';
import {
  reminderEntrySchema,
  type ReminderClick,
  type ReminderEntry,
  type ReminderItem,
} from '../ipc/contract';
import { IpcRefusal } from '../ipc/refusal';

/** Shows one OS notification; Electron's Notification in the app, a fake in tests. */
export interface Notifier {
  show(n: { title: string; body: string; onClick: () => void }): void;
}

export interface SummaryText {
  title(count: number): string;
  body(titles: string[]): string;
}

export const defaultSummaryText: SummaryText = {
  title: (n) => `${n} 条提醒已到期 · ${n} reminders are due`,
  body: (titles) => titles.slice(0, 3).join('\n') + (titles.length > 3 ? `\n… +${titles.length - 3}` : ''),
};

/** Where the scheduler keeps its state: a JSON file in Electron's user data, localStorage in a browser. */
export interface SchedulerStorage {
  load(): Promise<unknown>;
  save(state: SchedulerState): Promise<void>;
}

export interface SchedulerOptions {
  storage: SchedulerStorage;
  notifier: Notifier;
  onClick: (click: ReminderClick) => void;
  onCount?: (due: number) => void;
  now: () => number;
  /** The callback returns the fire's promise (ignored by real timers, awaited by test clocks). */
  setTimer: (fn: () => unknown, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** More reminders due at one moment than this become one summary notification. */
  floodLimit?: number;
  /** The timer never sleeps longer than this, so a suspended laptop or a clock change is noticed. */
  maxSleepMs?: number;
  summary?: SummaryText;
}

const historySchema = z.record(
  z.string(),
  z.object({ status: z.enum(['fired', 'snoozed', 'done']), firedAt: z.string().optional() }),
);
const stateSchema = z.object({
  version: z.literal(1),
  entries: z.array(reminderEntrySchema),
  history: historySchema,
});
export type SchedulerState = z.infer<typeof stateSchema>;
type History = z.infer<typeof historySchema>;

const dueTime = (e: ReminderEntry): number | null =>
  e.status === 'pending'
    ? Date.parse(e.dueAt)
    : e.status === 'snoozed' && e.snoozedUntil
      ? Date.parse(e.snoozedUntil)
      : null;

/**
 * Fires reminder notifications at their due time. The schedule is persisted and every fire is written down
 * BEFORE the notification shows, so an id fires at most once across restarts (a snooze fires it once more).
 * Reminders missed while the app was closed are caught up in one summary notification, not a flood.
 * Pure of I/O (storage, clock, timers and notifier are injected): the desktop main process and the web build
 * run this same scheduler.
 */
export function createReminderScheduler(opts: SchedulerOptions) {
  const { now, setTimer, clearTimer } = opts;
  const floodLimit = opts.floodLimit ?? 3;
  const maxSleep = opts.maxSleepMs ?? 60 * 60_000;
  const summary = opts.summary ?? defaultSummaryText;
  let entries = new Map<string, ReminderEntry>();
  /** Ids that left the schedule after firing: if they come back they must not fire again. */
  let history: History = {};
  let timer: unknown = null;
  let lastCount = -1;
  let started = false;

  const persist = () => opts.storage.save({ version: 1, entries: [...entries.values()], history });
  const dueCount = () => [...entries.values()].filter((e) => e.status === 'fired').length;

  function emitCount() {
    const n = dueCount();
    if (n !== lastCount) {
      lastCount = n;
      opts.onCount?.(n);
    }
  }

  function arm() {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (!started) return;
    const times = [...entries.values()].map(dueTime).filter((t): t is number => t !== null);
    if (times.length === 0) return;
    const delay = Math.min(maxSleep, Math.max(0, Math.min(...times) - now()));
    timer = setTimer(() => {
      timer = null;
      return fireDue(false);
    }, delay);
  }

  async function fireDue(catchingUp: boolean): Promise<void> {
    const t = now();
    const due = [...entries.values()]
      .filter((e) => {
        const at = dueTime(e);
        return at !== null && at <= t;
      })
      .sort((a, b) => dueTime(a)! - dueTime(b)!);
    if (due.length > 0) {
      const firedAt = new Date(t).toISOString();
      for (const e of due) entries.set(e.id, { ...e, status: 'fired', firedAt, snoozedUntil: undefined });
      await persist(); // written down first: a crash now loses a notification, never repeats one
      const summarise = (catchingUp && due.length > 1) || due.length > floodLimit;
      if (summarise) {
        opts.notifier.show({
          title: summary.title(due.length),
          body: summary.body(due.map((e) => e.title)),
          onClick: () => opts.onClick({ kind: 'summary', reminderIds: due.map((e) => e.id) }),
        });
      } else {
        for (const e of due) {
          opts.notifier.show({
            title: e.title,
            body: e.body ?? '',
            onClick: () =>
              opts.onClick({
                kind: 'record',
                reminderId: e.id,
                recordType: e.recordType,
                recordId: e.recordId,
              }),
          });
        }
      }
    }
    emitCount();
    arm();
  }

  function entryOf(id: string): ReminderEntry {
    const e = entries.get(id);
    if (!e) throw new IpcRefusal('id', 'no such reminder in the schedule');
    return e;
  }

  return {
    /** Loads the persisted schedule and fires what came due while the app was closed (summarised). */
    async start(): Promise<void> {
      const parsed = stateSchema.safeParse(await opts.storage.load().catch(() => null));
      const saved: SchedulerState = parsed.success ? parsed.data : { version: 1, entries: [], history: {} };
      entries = new Map(saved.entries.map((e) => [e.id, e]));
      history = saved.history;
      started = true;
      await fireDue(true);
    },

    stop(): void {
      started = false;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },

    /** Replaces the schedule: same id = same reminder (its fired/done state is kept), missing ids are dropped. */
    async setSchedule(items: ReminderItem[]): Promise<number> {
      const next = new Map<string, ReminderEntry>();
      for (const item of items) {
        const old = entries.get(item.id);
        const past = history[item.id];
        if (old) {
          next.set(item.id, { ...old, ...item });
        } else if (past) {
          next.set(item.id, {
            ...item,
            status: past.status === 'snoozed' ? 'fired' : past.status,
            firedAt: past.firedAt,
          });
        } else {
          next.set(item.id, { ...item, status: 'pending' });
        }
      }
      const nextHistory: History = {};
      const cutoff = now() - 180 * 24 * 3600_000;
      for (const [id, h] of Object.entries(history)) {
        if (!next.has(id) && (!h.firedAt || Date.parse(h.firedAt) > cutoff)) nextHistory[id] = h;
      }
      for (const [id, e] of entries) {
        if (!next.has(id) && e.status !== 'pending')
          nextHistory[id] = { status: e.status, firedAt: e.firedAt };
      }
      entries = next;
      history = nextHistory;
      await persist();
      if (started) await fireDue(false);
      return entries.size;
    },

    list(): ReminderEntry[] {
      return [...entries.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    },

    /** Fires the reminder again at `until`. */
    async snooze(id: string, until: string): Promise<void> {
      const e = entryOf(id);
      if (!(Date.parse(until) > now())) throw new IpcRefusal('until', 'must be in the future');
      if (e.status === 'done') throw new IpcRefusal('id', 'this reminder is already done');
      entries.set(id, { ...e, status: 'snoozed', snoozedUntil: new Date(Date.parse(until)).toISOString() });
      await persist();
      emitCount();
      arm();
    },

    async done(id: string): Promise<void> {
      const e = entryOf(id);
      entries.set(id, { ...e, status: 'done', snoozedUntil: undefined });
      await persist();
      emitCount();
      arm();
    },

    dueCount,
  };
}

export type ReminderScheduler = ReturnType<typeof createReminderScheduler>;
