import { describe, expect, it } from 'vitest';
import { dueReminders, reminderId, type Reminder } from './reminder';

const r = (id: string, dueAt: string): Reminder => ({
  id,
  kind: 'taskDue',
  recipientId: 'u',
  subjectType: 'activity',
  subjectId: 's',
  dueAt,
  basis: '',
  title: '',
  params: {},
});

describe('reminder ids and due', () => {
  it('builds the id from kind, record, recipient and basis only', () => {
    expect(reminderId('closeDue', 'opp-1', 'u-li', '2026-06-30-7d')).toBe(
      'closeDue:opp-1:u-li:2026-06-30-7d',
    );
    expect(reminderId('stale', 'opp-1', 'u-li', 'a')).not.toBe(reminderId('stale', 'opp-1', 'u-boss', 'a'));
  });

  it('is due at exactly its instant, not a millisecond before', () => {
    const s = [r('a', '2026-05-03T10:00:00.000Z'), r('b', '2026-05-03T10:00:00.001Z')];
    expect(dueReminders(s, new Date('2026-05-03T09:59:59.999Z'))).toEqual([]);
    expect(dueReminders(s, new Date('2026-05-03T10:00:00.000Z')).map((x) => x.id)).toEqual(['a']);
  });
});
