import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocValidationError } from '@shared/model/validate';
import type { CrmDatabase } from '../../db/database';
import { openTestDatabase } from '../../ui/testing';
import { formFromPrefs, prefsFromForm } from './prefs-form';
import { readReminderPrefs, saveReminderPrefs, userPrefsId } from './reminder-prefs';
import { saveSetting } from '../../data/save-setting';

let db: CrmDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.remove();
});
const li = { userId: 'u-li', departmentId: 'd-1' };

describe('reminder preferences', () => {
  it("are stored in the user's userPrefs doc beside its other preferences", async () => {
    await saveSetting(db, userPrefsId('u-li'), 'userPrefs', { opportunityViews: [{ name: 'mine' }] }, li);
    await saveReminderPrefs(db, li, {
      closeReminderDays: 10,
      quietHours: { start: '22:00', end: '07:00' },
      kinds: ['closeDue', 'taskDue'],
    });
    const doc = (await db.settings.findOne(userPrefsId('u-li')).exec())!.toJSON();
    expect(doc).toMatchObject({
      kind: 'userPrefs',
      ownerId: 'u-li',
      data: { opportunityViews: [{ name: 'mine' }] },
    });
    expect(readReminderPrefs(doc)).toEqual({
      closeReminderDays: 10,
      quietHours: { start: '22:00', end: '07:00' },
      kinds: ['closeDue', 'taskDue'],
    });
  });

  it('a bad value is refused naming the field, and nothing is written', async () => {
    await saveReminderPrefs(db, li, { closeReminderDays: 3 });
    const before = (await db.settings.findOne(userPrefsId('u-li')).exec())!.toJSON();
    const attempt = saveReminderPrefs(db, li, {
      closeReminderDays: 3,
      quietHours: { start: '25:00', end: '07:00' },
    });
    await expect(attempt).rejects.toBeInstanceOf(DocValidationError);
    await expect(attempt).rejects.toMatchObject({ issues: [{ field: 'quietHours.start' }] });
    await expect(saveReminderPrefs(db, li, { closeReminderDays: Number('abc') })).rejects.toMatchObject({
      issues: [{ field: 'closeReminderDays' }],
    });
    expect((await db.settings.findOne(userPrefsId('u-li')).exec())!.toJSON()).toEqual(before);
  });

  it('the form round-trips; an empty days field means the company default and disabled quiet hours mean none', () => {
    const form = formFromPrefs({
      closeReminderDays: 5,
      quietHours: { start: '21:00', end: '06:00' },
      kinds: ['stale'],
      leadContactDays: 4,
    });
    expect(prefsFromForm(form, { leadContactDays: 4 })).toEqual({
      closeReminderDays: 5,
      reminderTime: '09:00',
      quietHours: { start: '21:00', end: '06:00' },
      kinds: ['stale'],
      leadContactDays: 4,
    });
    const cleared = prefsFromForm(
      { ...form, closeReminderDays: ' ', quietEnabled: false },
      { closeReminderDays: 5, quietHours: { start: '21:00', end: '06:00' } },
    );
    expect(cleared).not.toHaveProperty('closeReminderDays');
    expect(cleared).not.toHaveProperty('quietHours');
    expect(formFromPrefs({}).kinds).toEqual([
      'closeDue',
      'stale',
      'taskDue',
      'sampleFollowUp',
      'leadNotContacted',
    ]);
  });
});
