import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { reminderSchedule, type ReminderRecords, type ScheduleContext } from './schedule';
import { REMINDER_DEFAULTS } from './settings';

const opp = (p: Partial<Opportunity>): Opportunity => ({ ...validDocs.opportunities, ...p });
const records: ReminderRecords = {
  opportunities: [
    opp({ id: 'opp-1', expectedCloseDate: '2026-06-30', updatedAt: '2026-06-01T15:30:00.000Z' }),
  ],
  activities: [
    {
      ...validDocs.activities,
      id: 'act-task0001',
      kind: 'task',
      title: 'Call back',
      dueAt: '2026-06-02T02:00:00.000Z',
    },
  ],
  samples: [{ ...validDocs.samples, followUpDate: '2026-06-10' }],
  leads: [validDocs.leads],
  campaigns: [{ ...validDocs.campaigns, endDate: '2026-04-19' }],
};
const ctx = (p: Partial<ScheduleContext> = {}): ScheduleContext => ({
  now: new Date('2026-06-01T16:00:00.000Z'),
  timeZone: 'Asia/Shanghai',
  settings: REMINDER_DEFAULTS,
  managerOf: () => 'u-boss',
  ...p,
});

describe('reminderSchedule', () => {
  it('combines every kind, sorted by due time', () => {
    const s = reminderSchedule(records, ctx());
    expect(s.map((r) => [r.kind, r.recipientId, r.dueAt])).toEqual([
      ['leadNotContacted', 'u-li', '2026-04-22T01:00:00.000Z'],
      ['taskDue', 'u-li', '2026-06-02T02:00:00.000Z'],
      ['stale', 'u-boss', '2026-06-03T15:30:00.000Z'],
      ['stale', 'u-li', '2026-06-03T15:30:00.000Z'],
      ['sampleFollowUp', 'u-li', '2026-06-10T01:00:00.000Z'],
      ['closeDue', 'u-li', '2026-06-23T01:00:00.000Z'],
    ]);
  });

  it('is deterministic: the same records give the same ids on every run and device', () => {
    expect(reminderSchedule(records, ctx()).map((r) => r.id)).toEqual(
      reminderSchedule(structuredClone(records), ctx()).map((r) => r.id),
    );
  });

  it('keeps only the recipient and the enabled kinds', () => {
    expect(reminderSchedule(records, ctx({ recipientId: 'u-boss' })).map((r) => r.kind)).toEqual(['stale']);
    const s = reminderSchedule(
      records,
      ctx({ settings: { ...REMINDER_DEFAULTS, kinds: ['closeDue', 'taskDue'] } }),
    );
    expect(s.map((r) => r.kind)).toEqual(['taskDue', 'closeDue']);
  });

  it('moves reminders out of quiet hours without changing their ids', () => {
    // The stale alert falls at 23:30 Shanghai time; quiet 22:00–07:00 moves it to 07:00 (23:00Z).
    const quiet = reminderSchedule(
      records,
      ctx({ settings: { ...REMINDER_DEFAULTS, quietHours: { start: '22:00', end: '07:00' } } }),
    );
    const plain = reminderSchedule(records, ctx());
    const stale = quiet.find((r) => r.kind === 'stale' && r.recipientId === 'u-li')!;
    expect(stale.dueAt).toBe('2026-06-03T23:00:00.000Z');
    expect(stale.id).toBe(plain.find((r) => r.kind === 'stale' && r.recipientId === 'u-li')!.id);
  });

  it('replaces a rescheduled reminder: a new close date drops the old id', () => {
    const before = reminderSchedule(records, ctx()).find((r) => r.kind === 'closeDue')!;
    const moved = {
      ...records,
      opportunities: [
        opp({ id: 'opp-1', expectedCloseDate: '2026-07-31', updatedAt: '2026-06-01T15:30:00.000Z' }),
      ],
    };
    const after = reminderSchedule(moved, ctx()).filter((r) => r.kind === 'closeDue');
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before.id);
    expect(after[0]!.dueAt).toBe('2026-07-24T01:00:00.000Z');
  });

  it('refuses an unknown time zone, naming the field', () => {
    expect(() => reminderSchedule(records, ctx({ timeZone: 'Asia/Atlantis' }))).toThrow(/timeZone/);
  });
});
