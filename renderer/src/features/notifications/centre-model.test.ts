import { describe, expect, it } from 'vitest';
import type { ReminderEntry } from '@shared/ipc/contract';
import { validDocs } from '@shared/model/fixtures';
import type { Notification } from '@shared/model/notification';
import { centreModel, snoozeTimes } from './centre-model';

const NOW = new Date('2026-06-10T08:00:00.000Z');
const entry = (
  id: string,
  status: ReminderEntry['status'],
  dueAt: string,
  extra: Partial<ReminderEntry> = {},
): ReminderEntry => ({
  id,
  status,
  dueAt,
  title: id,
  recordType: 'opportunity',
  recordId: 'opp-0000001',
  ...extra,
});
const note = (id: string, patch: Partial<Notification> = {}): Notification => ({
  ...validDocs.notifications,
  id,
  ownerId: 'u-mgr',
  ...patch,
});

describe('notification centre model', () => {
  it('groups reminders and counts what needs handling', () => {
    const model = centreModel(
      [
        entry('a', 'fired', '2026-06-09T08:00:00.000Z', { firedAt: '2026-06-09T08:00:00.000Z' }),
        entry('b', 'fired', '2026-06-10T07:00:00.000Z', { firedAt: '2026-06-10T07:00:00.000Z' }),
        entry('c', 'done', '2026-06-08T08:00:00.000Z'),
        entry('d', 'snoozed', '2026-06-10T06:00:00.000Z', { snoozedUntil: '2026-06-10T09:00:00.000Z' }),
        entry('e', 'pending', '2026-06-12T08:00:00.000Z'),
        entry('f', 'pending', '2026-07-30T08:00:00.000Z'),
        entry('ntf:ntf-0000009', 'fired', '2026-06-10T07:00:00.000Z'),
      ],
      [
        note('ntf-0000009'),
        note('ntf-0000010', { readAt: '2026-06-10T07:30:00.000Z', at: '2026-06-10T07:00:00.000Z' }),
        note('ntf-0000011', { ownerId: 'u-other' }),
      ],
      'u-mgr',
      NOW,
    );
    expect(model.due.map((e) => e.id)).toEqual(['b', 'a']);
    expect(model.snoozed.map((e) => e.id)).toEqual(['d']);
    expect(model.upcoming.map((e) => e.id)).toEqual(['e']);
    expect(model.alerts.map((n) => n.id)).toEqual(['ntf-0000009', 'ntf-0000010']);
    expect(model.count).toBe(3); // two due reminders + one unread alert; the alert's own schedule entry is not counted twice
  });

  it('snoozes for an hour or until tomorrow morning', () => {
    const { hour, tomorrow } = snoozeTimes(NOW);
    expect(hour.toISOString()).toBe('2026-06-10T09:00:00.000Z');
    expect(tomorrow.getHours()).toBe(9);
    expect(tomorrow.getTime()).toBeGreaterThan(NOW.getTime());
    expect(tomorrow.getTime() - NOW.getTime()).toBeLessThanOrEqual(2 * 86_400_000);
  });
});
