import { describe, expect, it } from 'vitest';
import type { Activity } from '@shared/model/activity';
import type { Campaign } from '@shared/model/campaign';
import { validDocs } from '@shared/model/fixtures';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import type { Sample } from '@shared/model/sample';
import { dueReminders } from './reminder';
import {
  closeDueReminders,
  lastTouched,
  leadReminders,
  sampleReminders,
  staleReminders,
  taskReminders,
  type RuleContext,
} from './rules';
import { REMINDER_DEFAULTS } from './settings';

const ctx = (p: Partial<RuleContext> = {}): RuleContext => ({
  now: new Date('2026-03-01T00:00:00.000Z'),
  timeZone: 'Europe/Berlin',
  settings: REMINDER_DEFAULTS,
  ...p,
});
const opp = (p: Partial<Opportunity>): Opportunity => ({ ...validDocs.opportunities, ...p });

describe('closeDueReminders', () => {
  it('fires exactly 7 calendar days before the close date at 09:00 local, across the DST change', () => {
    // 5 April is in summer time, 29 March (7 days before) is the spring-forward day: 09:00 CEST = 07:00Z.
    const [r] = closeDueReminders([opp({ id: 'opp-1', expectedCloseDate: '2026-04-05' })], ctx());
    expect(r).toMatchObject({
      kind: 'closeDue',
      recipientId: 'u-li',
      subjectId: 'opp-1',
      dueAt: '2026-03-29T07:00:00.000Z',
      basis: '2026-04-05-7d',
    });
    expect(dueReminders([r!], new Date('2026-03-29T06:59:59.999Z'))).toEqual([]);
    expect(dueReminders([r!], new Date('2026-03-29T07:00:00.000Z'))).toHaveLength(1);
    // The day before the change it is still winter time: 09:00 CET = 08:00Z.
    expect(closeDueReminders([opp({ expectedCloseDate: '2026-04-04' })], ctx())[0]!.dueAt).toBe(
      '2026-03-28T08:00:00.000Z',
    );
  });

  it('uses the user time zone and the configured number of days', () => {
    const o = [opp({ expectedCloseDate: '2026-06-30' })];
    expect(closeDueReminders(o, ctx({ timeZone: 'Asia/Shanghai' }))[0]!.dueAt).toBe(
      '2026-06-23T01:00:00.000Z',
    );
    expect(closeDueReminders(o, ctx({ timeZone: 'America/New_York' }))[0]!.dueAt).toBe(
      '2026-06-23T13:00:00.000Z',
    );
    const three = closeDueReminders(
      o,
      ctx({ settings: { ...REMINDER_DEFAULTS, closeReminderDays: 3, reminderTime: '08:30' } }),
    )[0]!;
    expect(three).toMatchObject({ dueAt: '2026-06-27T06:30:00.000Z', basis: '2026-06-30-3d' });
  });

  it('only for open deals whose close date has not passed', () => {
    const opps = [
      opp({ id: 'opp-won', status: 'won' }),
      opp({ id: 'opp-past', expectedCloseDate: '2026-02-28' }),
      opp({ id: 'opp-today', expectedCloseDate: '2026-03-01' }),
      opp({ id: 'opp-pool', ownerId: 'pool' }),
      opp({ id: 'opp-trash', trashedAt: '2026-01-01T00:00:00.000Z' }),
    ];
    expect(closeDueReminders(opps, ctx()).map((r) => r.subjectId)).toEqual(['opp-today']);
  });

  it('gives the same id for the same data and a new one when the close date moves', () => {
    const a = closeDueReminders([opp({ expectedCloseDate: '2026-06-30' })], ctx())[0]!;
    expect(
      closeDueReminders([opp({ expectedCloseDate: '2026-06-30' })], ctx({ timeZone: 'Asia/Tokyo' }))[0]!.id,
    ).toBe(a.id);
    expect(closeDueReminders([opp({ expectedCloseDate: '2026-07-15' })], ctx())[0]!.id).not.toBe(a.id);
  });
});

describe('staleReminders', () => {
  const o = opp({ id: 'opp-1', updatedAt: '2026-05-01T10:00:00.000Z' });
  const act = (at: string, p: Partial<Activity> = {}): Activity => ({
    ...validDocs.activities,
    kind: 'call',
    subjectId: 'opp-1',
    at,
    ...p,
  });

  it('is due exactly 48 hours after the last update, to the owner and the manager', () => {
    const rs = staleReminders([o], [], ctx({ managerOf: () => 'u-boss' }));
    expect(rs.map((r) => [r.recipientId, r.dueAt])).toEqual([
      ['u-li', '2026-05-03T10:00:00.000Z'],
      ['u-boss', '2026-05-03T10:00:00.000Z'],
    ]);
    expect(new Set(rs.map((r) => r.id)).size).toBe(2);
    expect(dueReminders(rs, new Date('2026-05-03T09:59:59.999Z'))).toEqual([]);
    expect(dueReminders(rs, new Date('2026-05-03T10:00:00.000Z'))).toHaveLength(2);
  });

  it('counts 48 real hours across a DST change (local clock shows 49 or 47)', () => {
    const [r] = staleReminders([opp({ updatedAt: '2026-03-28T10:00:00.000Z' })], [], ctx());
    expect(r!.dueAt).toBe('2026-03-30T10:00:00.000Z');
  });

  it('restarts from the latest activity logged on the deal, with a new id', () => {
    const acts = [
      act('2026-05-02T08:00:00.000Z'),
      act('2026-05-09T08:00:00.000Z', { subjectId: 'opp-other' }),
      act('2026-05-08T00:00:00.000Z', { trashedAt: '2026-05-08T01:00:00.000Z' }),
    ];
    expect(lastTouched(o, acts)).toBe('2026-05-02T08:00:00.000Z');
    const [r] = staleReminders([o], acts, ctx());
    expect(r).toMatchObject({ dueAt: '2026-05-04T08:00:00.000Z', basis: '2026-05-02T08:00:00.000Z' });
    expect(r!.id).not.toBe(staleReminders([o], [], ctx())[0]!.id);
  });

  it('does not alert a manager twice when the owner is the manager, nor closed deals', () => {
    expect(staleReminders([o], [], ctx({ managerOf: () => 'u-li' }))).toHaveLength(1);
    expect(staleReminders([{ ...o, status: 'lost' }], [], ctx())).toEqual([]);
    expect(
      staleReminders([o], [], ctx({ settings: { ...REMINDER_DEFAULTS, staleHours: 24 } }))[0]!.dueAt,
    ).toBe('2026-05-02T10:00:00.000Z');
  });
});

describe('taskReminders', () => {
  const task = (p: Partial<Activity>): Activity => ({
    ...validDocs.activities,
    kind: 'task',
    title: 'Send catalogue',
    dueAt: '2026-05-05T09:00:00+08:00',
    ...p,
  });

  it('fires open tasks at their due instant', () => {
    expect(taskReminders([task({ id: 'act-task0001' })])).toMatchObject([
      {
        kind: 'taskDue',
        subjectType: 'activity',
        subjectId: 'act-task0001',
        dueAt: '2026-05-05T01:00:00.000Z',
        recipientId: 'u-li',
      },
    ]);
  });

  it('skips done tasks, tasks without a due date and other activities', () => {
    expect(taskReminders([task({ done: true }), task({ dueAt: undefined }), task({ kind: 'call' })])).toEqual(
      [],
    );
  });
});

describe('sampleReminders', () => {
  const sample = (p: Partial<Sample>): Sample => ({ ...validDocs.samples, followUpDate: '2026-05-10', ...p });

  it('fires on the follow-up date at the reminder time until feedback is in', () => {
    expect(sampleReminders([sample({})], ctx({ timeZone: 'Asia/Shanghai' }))).toMatchObject([
      {
        kind: 'sampleFollowUp',
        subjectId: validDocs.samples.id,
        dueAt: '2026-05-10T01:00:00.000Z',
        basis: '2026-05-10',
      },
    ]);
    expect(
      sampleReminders([sample({ status: 'feedback' }), sample({ followUpDate: undefined })], ctx()),
    ).toEqual([]);
  });
});

describe('leadReminders', () => {
  const show: Campaign = {
    ...validDocs.campaigns,
    id: 'cmp-canton-1',
    startDate: '2026-04-15',
    endDate: '2026-04-19',
  };
  const lead = (p: Partial<Lead>): Lead => ({ ...validDocs.leads, ...p });

  it('fires N days after the show ends for leads still new', () => {
    const [r] = leadReminders([lead({})], [show], ctx({ timeZone: 'Asia/Shanghai' }));
    expect(r).toMatchObject({
      kind: 'leadNotContacted',
      subjectType: 'lead',
      dueAt: '2026-04-22T01:00:00.000Z',
      basis: '2026-04-19+3d',
    });
    const five = leadReminders(
      [lead({})],
      [show],
      ctx({ timeZone: 'Asia/Shanghai', settings: { ...REMINDER_DEFAULTS, leadContactDays: 5 } }),
    );
    expect(five[0]!.dueAt).toBe('2026-04-24T01:00:00.000Z');
  });

  it('falls back to the local capture date without a show date', () => {
    // Captured 23:30Z on 14 April = 15 April in Shanghai.
    const [r] = leadReminders(
      [lead({ campaignId: '', capturedAt: '2026-04-14T23:30:00.000Z' })],
      [],
      ctx({ timeZone: 'Asia/Shanghai' }),
    );
    expect(r!.basis).toBe('2026-04-15+3d');
  });

  it('skips contacted, converted and pool leads', () => {
    expect(
      leadReminders(
        [lead({ status: 'contacted' }), lead({ status: 'converted' }), lead({ ownerId: 'pool' })],
        [show],
        ctx(),
      ),
    ).toEqual([]);
  });
});
