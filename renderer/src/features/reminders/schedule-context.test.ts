import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { SettingsDoc } from '@shared/model/settings';
import { scheduleContextFor } from './schedule-context';

const doc = (
  id: string,
  kind: SettingsDoc['kind'],
  data: Record<string, unknown>,
  trashedAt?: string,
): SettingsDoc => ({
  ...validDocs.settings,
  id,
  kind,
  data,
  ...(trashedAt ? { trashedAt } : {}),
});
const company = doc('company-settings', 'company', { closeReminderDays: 5, staleHours: 24 });
const org = [
  doc('u-li', 'user', { departmentId: 'd-1' }),
  doc('d-1', 'department', { name: 'Dept 1', managerId: 'u-mgr' }),
];
const input = (settings: SettingsDoc[]) => ({
  userId: 'u-li',
  settings,
  now: new Date('2026-06-01T00:00:00.000Z'),
  timeZone: 'Europe/Berlin',
});

describe('schedule context', () => {
  it('company settings apply, the user overrides the close-reminder days, quiet hours and kinds', () => {
    expect(scheduleContextFor(input([company])).settings).toMatchObject({
      closeReminderDays: 5,
      staleHours: 24,
    });
    const prefs = doc('prefs-u-li', 'userPrefs', {
      opportunityViews: [],
      reminders: { closeReminderDays: 10, quietHours: { start: '22:00', end: '07:00' }, kinds: ['taskDue'] },
    });
    const ctx = scheduleContextFor(input([company, prefs]));
    expect(ctx.settings).toMatchObject({
      closeReminderDays: 10,
      staleHours: 24,
      quietHours: { start: '22:00', end: '07:00' },
      kinds: ['taskDue'],
    });
    expect(ctx.recipientId).toBe('u-li');
  });

  it("ignores someone else's and malformed preferences", () => {
    const other = doc('prefs-u-chen', 'userPrefs', { reminders: { closeReminderDays: 1 } });
    const bad = doc('prefs-u-li', 'userPrefs', {
      reminders: { quietHours: { start: '25:00', end: '07:00' } },
    });
    expect(scheduleContextFor(input([company, other, bad])).settings).toMatchObject({
      closeReminderDays: 5,
      kinds: ['closeDue', 'stale', 'taskDue', 'sampleFollowUp', 'leadNotContacted'],
    });
    expect(scheduleContextFor(input([company, other, bad])).settings.quietHours).toBeUndefined();
  });

  it("finds a rep's manager through the department, not a trashed one", () => {
    expect(scheduleContextFor(input(org)).managerOf!('u-li')).toBe('u-mgr');
    expect(scheduleContextFor(input(org)).managerOf!('u-unknown')).toBeUndefined();
    const trashed = [
      org[0]!,
      doc('d-1', 'department', { name: 'Dept 1', managerId: 'u-mgr' }, '2026-05-01T00:00:00.000Z'),
    ];
    expect(scheduleContextFor(input(trashed)).managerOf!('u-li')).toBeUndefined();
  });
});
