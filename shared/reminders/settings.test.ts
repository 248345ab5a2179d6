import { describe, expect, it } from 'vitest';
import {
  REMINDER_DEFAULTS,
  reminderPrefsFrom,
  resolveReminderSettings,
  userReminderPrefsSchema,
} from './settings';

describe('resolveReminderSettings', () => {
  it('defaults to 7 days before close, 48 hours stale, 09:00, every kind', () => {
    expect(resolveReminderSettings()).toEqual(REMINDER_DEFAULTS);
    expect(REMINDER_DEFAULTS).toMatchObject({ closeReminderDays: 7, staleHours: 48, reminderTime: '09:00' });
  });

  it('lets the company override the defaults and the user override the company', () => {
    expect(resolveReminderSettings({ closeReminderDays: 10, staleHours: 72 })).toMatchObject({
      closeReminderDays: 10,
      staleHours: 72,
    });
    const s = resolveReminderSettings(
      { closeReminderDays: 10 },
      { closeReminderDays: 3, quietHours: { start: '22:00', end: '07:00' }, kinds: ['taskDue'] },
    );
    expect(s).toMatchObject({
      closeReminderDays: 3,
      quietHours: { start: '22:00', end: '07:00' },
      kinds: ['taskDue'],
    });
    expect(
      resolveReminderSettings({ closeReminderDays: 10 }, { closeReminderDays: 0 }).closeReminderDays,
    ).toBe(0);
  });

  it('rejects bad preferences, naming the field', () => {
    const r = userReminderPrefsSchema.safeParse({ reminderTime: '9am', kinds: ['nope'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['reminderTime', 'kinds.0']),
    );
  });
});

describe('reminderPrefsFrom', () => {
  it('reads the reminders entry of the userPrefs data', () => {
    expect(reminderPrefsFrom({ reminders: { closeReminderDays: 5 }, theme: 'dark' })).toEqual({
      ok: true,
      value: { closeReminderDays: 5 },
    });
    expect(reminderPrefsFrom(undefined)).toEqual({ ok: true, value: {} });
  });

  it('names the bad field', () => {
    expect(reminderPrefsFrom({ reminders: { quietHours: { start: '22:00', end: '25:00' } } })).toEqual({
      ok: false,
      issues: [{ field: 'reminders.quietHours.end', message: 'must be a time HH:mm' }],
    });
  });
});
