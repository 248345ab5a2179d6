import type { Activity } from '@shared/model/activity';

export interface TaskBuckets {
  overdue: Activity[];
  today: Activity[];
  upcoming: Activity[];
  /** Open tasks without a due date. */
  undated: Activity[];
}

/**
 * A rep's open tasks split into overdue / due today / upcoming, each soonest first. `dayOf` turns a time into
 * the viewer's local day (YYYY-MM-DD), so "today" is the rep's today wherever they travel.
 */
export function taskBuckets(
  activities: readonly Activity[],
  ownerId: string,
  today: string,
  dayOf: (iso: string) => string,
): TaskBuckets {
  const out: TaskBuckets = { overdue: [], today: [], upcoming: [], undated: [] };
  const open = activities
    .filter((a) => a.kind === 'task' && !a.done && !a.trashedAt && a.ownerId === ownerId)
    .sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff') || a.at.localeCompare(b.at));
  for (const task of open) {
    if (!task.dueAt) out.undated.push(task);
    else {
      const day = dayOf(task.dueAt);
      (day < today ? out.overdue : day === today ? out.today : out.upcoming).push(task);
    }
  }
  return out;
}

/** Customer visits per rep in an inclusive local-date range, most first. */
export function visitCounts(
  activities: readonly Activity[],
  range: { from: string; to: string },
  dayOf: (iso: string) => string,
): { ownerId: string; visits: number }[] {
  const counts = new Map<string, number>();
  for (const a of activities) {
    if (a.kind !== 'visit' || a.trashedAt) continue;
    const day = dayOf(a.at);
    if (day < range.from || day > range.to) continue;
    const who = a.createdBy || a.ownerId;
    counts.set(who, (counts.get(who) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([ownerId, visits]) => ({ ownerId, visits }))
    .sort((a, b) => b.visits - a.visits || a.ownerId.localeCompare(b.ownerId));
}
