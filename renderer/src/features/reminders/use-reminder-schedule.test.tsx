// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import type { ReminderItem } from '@shared/ipc/contract';
import { validDocs } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { insertDoc, updateDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { LOCAL_SESSION } from '../../data/session';
import { saveReminderPrefs } from '../settings';
import { useReminderSchedule } from './use-reminder-schedule';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const actor = { userId: LOCAL_SESSION.userId, departmentId: '' };
const NOW = new Date('2026-06-01T02:00:00.000Z');

function Wiring({ setSchedule }: { setSchedule: (items: ReminderItem[]) => Promise<unknown> }) {
  useReminderSchedule({ setSchedule, debounceMs: 20, now: () => NOW, timeZone: () => 'Asia/Shanghai' });
  return null;
}

function newOpportunity(name: string, expectedCloseDate: string) {
  const {
    id: _i,
    ownerId: _o,
    departmentId: _d,
    createdAt: _c,
    updatedAt: _u,
    createdBy: _cb,
    updatedBy: _ub,
    ...fields
  } = validDocs.opportunities;
  return insertDoc(db, 'opportunities', { ...fields, name, expectedCloseDate }, actor, NOW);
}

const lastSchedule = (fn: ReturnType<typeof vi.fn>) => fn.mock.calls.at(-1)![0] as ReminderItem[];

describe('reminder schedule wiring', () => {
  it('recomputes on every change, replaces a moved reminder by its stable id, and respects quiet hours', async () => {
    const setSchedule = vi.fn(async (items: ReminderItem[]) => items.length);
    render(
      <AppTestProviders db={db} language="en">
        <Wiring setSchedule={setSchedule} />
      </AppTestProviders>,
    );
    // An empty store is a schedule too (nothing due), sent once.
    await waitFor(() => expect(setSchedule).toHaveBeenCalledTimes(1));
    expect(lastSchedule(setSchedule)).toEqual([]);

    const opp = await newOpportunity('Kettles', '2026-06-30');
    await waitFor(() =>
      expect(lastSchedule(setSchedule).map((i) => i.id)).toContain(`closeDue:${opp.id}:local:2026-06-30-7d`),
    );
    const close = lastSchedule(setSchedule).find((i) => i.id.startsWith('closeDue:'))!;
    expect(close).toMatchObject({
      dueAt: '2026-06-23T01:00:00.000Z',
      title: '"Kettles" is expected to close on 2026-06-30',
      recordType: 'opportunity',
      recordId: opp.id,
    });
    expect(lastSchedule(setSchedule).some((i) => i.id.startsWith(`stale:${opp.id}:local:`))).toBe(true);

    await updateDoc(db, 'opportunities', opp.id, { expectedCloseDate: '2026-07-10' }, actor, NOW);
    await waitFor(() =>
      expect(lastSchedule(setSchedule).map((i) => i.id)).toContain(`closeDue:${opp.id}:local:2026-07-10-7d`),
    );
    expect(lastSchedule(setSchedule).map((i) => i.id)).not.toContain(
      `closeDue:${opp.id}:local:2026-06-30-7d`,
    );

    // The user's preferences: quiet hours from 08:00 to 10:00 hold the 09:00 reminder until 10:00; no stale kind.
    await saveReminderPrefs(db, actor, { quietHours: { start: '08:00', end: '10:00' }, kinds: ['closeDue'] });
    await waitFor(() =>
      expect(
        lastSchedule(setSchedule).find((i) => i.id === `closeDue:${opp.id}:local:2026-07-10-7d`)?.dueAt,
      ).toBe('2026-07-03T02:00:00.000Z'),
    );
    expect(lastSchedule(setSchedule).map((i) => i.id.split(':')[0])).toEqual(['closeDue']);

    // Each send had distinct ids, and no schedule was sent twice in a row.
    for (const [items] of setSchedule.mock.calls)
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const sent = setSchedule.mock.calls.map(([items]) => JSON.stringify(items));
    for (let i = 1; i < sent.length; i++) expect(sent[i]).not.toBe(sent[i - 1]);
  });

  it("a trashed or won deal leaves the schedule; another user's deal never enters it", async () => {
    const setSchedule = vi.fn(async (items: ReminderItem[]) => items.length);
    render(
      <AppTestProviders db={db} language="en">
        <Wiring setSchedule={setSchedule} />
      </AppTestProviders>,
    );
    const mine = await newOpportunity('Mine', '2026-06-30');
    await insertDoc(
      db,
      'opportunities',
      { ...validDocs.opportunities, id: 'opp-other01', ownerId: 'someone-else', name: 'Theirs' } as never,
      actor,
      NOW,
    );
    await waitFor(() => expect(lastSchedule(setSchedule).length).toBeGreaterThan(0));
    expect(lastSchedule(setSchedule).every((i) => i.recordId === mine.id)).toBe(true);
    await updateDoc(db, 'opportunities', mine.id, { status: 'won', closedAt: NOW.toISOString() }, actor, NOW);
    await waitFor(() => expect(lastSchedule(setSchedule)).toEqual([]));
  });
});
