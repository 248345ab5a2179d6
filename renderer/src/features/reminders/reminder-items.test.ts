import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Notification } from '@shared/model/notification';
import type { Opportunity } from '@shared/model/opportunity';
import { reminderSchedule } from '@shared/reminders/schedule';
import { resolveReminderSettings } from '@shared/reminders/settings';
import { notificationItems } from './notification-items';
import { toReminderItems } from './reminder-items';
import { en } from './i18n';

/** A tiny i18next stand-in over the real English texts. */
const text = (key: string, params: Record<string, string | number>) => {
  const [group, kind] = key.split('.') as [keyof typeof en, string];
  const template = (en[group] as Record<string, string>)[kind] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? ''));
};

const opp = (patch: Partial<Opportunity> = {}): Opportunity => ({
  ...validDocs.opportunities,
  ownerId: 'u-li',
  ...patch,
});
const ctx = (quietHours?: { start: string; end: string }) => ({
  now: new Date('2026-06-01T00:00:00.000Z'),
  timeZone: 'Asia/Shanghai',
  recipientId: 'u-li',
  settings: resolveReminderSettings(
    { closeReminderDays: 7 },
    { reminderTime: '22:30', ...(quietHours ? { quietHours } : {}) },
  ),
});

describe('reminder items', () => {
  it('close-date reminder: stable id, translated title, the record to open', () => {
    const items = toReminderItems(reminderSchedule({ opportunities: [opp()] }, ctx()), text);
    const close = items.find((i) => i.id.startsWith('closeDue:'))!;
    expect(close).toMatchObject({
      id: 'closeDue:opp-0000001:u-li:2026-06-30-7d',
      dueAt: '2026-06-23T14:30:00.000Z', // 22:30 in Shanghai, 7 days before
      title: '"Kettles for Müller" is expected to close on 2026-06-30',
      recordType: 'opportunity',
      recordId: 'opp-0000001',
    });
    // The same records give the same ids; a new close date gives a new id (the old one is replaced).
    const again = toReminderItems(reminderSchedule({ opportunities: [opp()] }, ctx()), text);
    expect(again.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const moved = toReminderItems(
      reminderSchedule({ opportunities: [opp({ expectedCloseDate: '2026-07-15' })] }, ctx()),
      text,
    );
    expect(moved.find((i) => i.id.startsWith('closeDue:'))!.id).toBe(
      'closeDue:opp-0000001:u-li:2026-07-15-7d',
    );
  });

  it('quiet hours move the reminder to their end, keeping its id', () => {
    const loud = toReminderItems(reminderSchedule({ opportunities: [opp()] }, ctx()), text);
    const quiet = toReminderItems(
      reminderSchedule({ opportunities: [opp()] }, ctx({ start: '22:00', end: '07:30' })),
      text,
    );
    const a = loud.find((i) => i.id.startsWith('closeDue:'))!;
    const b = quiet.find((i) => i.id.startsWith('closeDue:'))!;
    expect(b.id).toBe(a.id);
    expect(b.dueAt).toBe('2026-06-23T23:30:00.000Z'); // 07:30 the next morning in Shanghai
  });

  it('lists each id once', () => {
    const r = reminderSchedule({ opportunities: [opp()] }, ctx());
    expect(toReminderItems([...r, ...r], text)).toHaveLength(r.length);
  });

  it("server notifications pop up once, unless read, old, someone else's, or already reminded", () => {
    const now = new Date('2026-06-10T00:00:00.000Z');
    const note = (patch: Partial<Notification>): Notification => ({
      ...validDocs.notifications,
      ownerId: 'u-mgr',
      at: '2026-06-09T00:00:00.000Z',
      title: 'Kettles',
      ...patch,
    });
    const items = notificationItems(
      [
        note({ id: 'ntf-0000001', kind: 'expired', subjectId: 'opp-1' }),
        note({ id: 'ntf-0000002', kind: 'stale', subjectId: 'opp-2', readAt: '2026-06-09T01:00:00.000Z' }),
        note({ id: 'ntf-0000003', kind: 'stale', subjectId: 'opp-3', at: '2026-05-01T00:00:00.000Z' }),
        note({ id: 'ntf-0000004', kind: 'stale', subjectId: 'opp-4', ownerId: 'u-other' }),
        note({ id: 'ntf-0000005', kind: 'stale', subjectId: 'opp-5' }),
      ],
      [{ ...reminderSchedule({ opportunities: [opp()] }, ctx())[0]!, kind: 'stale', subjectId: 'opp-5' }],
      'u-mgr',
      now,
      text,
    );
    expect(items).toEqual([
      {
        id: 'ntf:ntf-0000001',
        dueAt: '2026-06-09T00:00:00.000Z',
        title: '"Kettles" expired and was closed',
        recordType: 'opportunity',
        recordId: 'opp-1',
      },
    ]);
  });
});
