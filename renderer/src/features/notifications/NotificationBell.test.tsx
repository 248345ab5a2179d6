// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import type { ReminderClick } from '@shared/ipc/contract';
import type { SchedulerState } from '@shared/reminders/notification-scheduler';
import { validDocs } from '@shared/model/fixtures';
import { localDate, addDays } from '@shared/reminders/zoned-time';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { LOCAL_SESSION } from '../../data/session';
import { createWebReminders } from '../../platform/web/web-reminders';
import { deviceTimeZone, ReminderScheduler, withScheduleEvents, type ScheduledReminders } from '../reminders';
import { NotificationBell } from './NotificationBell';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const actor = { userId: LOCAL_SESSION.userId, departmentId: '' };

/** The browser build's real scheduler, over memory instead of localStorage, recording what it shows. */
function webReminders() {
  let state: SchedulerState | null = null;
  const shown: string[] = [];
  const reminders = withScheduleEvents(
    createWebReminders({
      storage: { load: async () => state, save: async (s) => void (state = s) },
      notifier: { show: ({ title }) => void shown.push(title) },
    }),
  );
  return { reminders, shown };
}

/** The bell as the shell mounts it: beside the app-wide scheduler, over the same reminders. */
function Bell({ reminders }: { reminders: ScheduledReminders }) {
  return (
    <>
      <ReminderScheduler reminders={reminders} />
      <NotificationBell reminders={reminders} />
    </>
  );
}

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

describe('notification centre', () => {
  it('a due reminder pops up once, is counted on the bell, listed in the centre, opens its record and can be done', async () => {
    const user = userEvent.setup();
    const { reminders, shown } = webReminders();
    const today = localDate(new Date(), deviceTimeZone());
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
    // Closes in 3 days: the 7-days-before reminder is already due.
    const opp = await insertDoc(
      db,
      'opportunities',
      { ...fields, name: 'Kettles for Müller', expectedCloseDate: addDays(today, 3) },
      actor,
    );
    render(
      <AppTestProviders db={db} language="en">
        <Bell reminders={reminders} />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </AppTestProviders>,
    );
    await waitFor(() => expect(screen.getByTestId('notification-count')).toHaveTextContent('1'), {
      timeout: 5000,
    });
    expect(shown).toEqual([`"Kettles for Müller" is expected to close on ${addDays(today, 3)}`]);

    await user.click(screen.getByTestId('notification-bell'));
    const centre = await screen.findByTestId('notification-centre');
    // The close-date reminder is due; the deal's stale reminder (48 h after this edit) is upcoming.
    const closeDue = (root: HTMLElement) =>
      within(root)
        .getAllByTestId('reminder-item')
        .find((el) => el.dataset.reminderId?.startsWith('closeDue:'))!;
    const item = closeDue(centre);
    expect(item).toHaveTextContent('Kettles for Müller');
    expect(item).toHaveAttribute('data-status', 'fired');

    await user.click(within(item).getByLabelText('Open'));
    expect(screen.getByTestId('where')).toHaveTextContent(`/opportunities/${opp.id}`);

    await user.click(screen.getByTestId('notification-bell'));
    const again = await screen.findByTestId('notification-centre');
    expect(
      within(within(again).getByTestId('centre-upcoming')).getByTestId('reminder-item').dataset.reminderId,
    ).toMatch(/^stale:/);
    await user.click(within(closeDue(again)).getByLabelText('Done'));
    await waitFor(() =>
      expect(screen.getByTestId('notification-count').textContent ?? '').not.toContain('1'),
    );
    expect(
      (await reminders.list()).find((e) => e.recordId === opp.id && e.id.startsWith('closeDue:'))?.status,
    ).toBe('done');
    expect(shown).toHaveLength(1);
  });

  it("lists the user's server alerts, unread first, and marks one read", async () => {
    const user = userEvent.setup();
    const { reminders } = webReminders();
    const at = new Date().toISOString();
    await insertDoc(
      db,
      'notifications',
      {
        kind: 'stale',
        subjectType: 'opportunity',
        subjectId: 'opp-0000001',
        title: 'Quiet deal',
        body: 'Not updated for 72 hours (last touched 2026-11-20T09:00:00.000Z).',
        at,
        ownerId: 'local',
        departmentId: '',
      },
      actor,
    );
    await insertDoc(
      db,
      'notifications',
      {
        kind: 'expired',
        subjectType: 'opportunity',
        subjectId: 'opp-0000002',
        title: 'Not mine',
        at,
        ownerId: 'someone',
        departmentId: '',
      },
      actor,
    );
    render(
      <AppTestProviders db={db} language="en">
        <Bell reminders={reminders} />
      </AppTestProviders>,
    );
    await waitFor(() => expect(screen.getByTestId('notification-count')).toHaveTextContent('1'));
    await user.click(screen.getByTestId('notification-bell'));
    const centre = await screen.findByTestId('notification-centre');
    const alerts = within(centre).getAllByTestId('alert-item');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveTextContent('Quiet deal');
    expect(alerts[0]).toHaveTextContent('Not updated');
    // The server's English sentence is replaced by the app's own, in the user's language.
    expect(alerts[0]).toHaveTextContent('has not been updated for a long time');
    await user.click(within(alerts[0]!).getByLabelText('Mark read'));
    await waitFor(() =>
      expect(within(centre).getByTestId('alert-item')).toHaveAttribute('data-read', 'true'),
    );
    expect((await db.notifications.find({ selector: { ownerId: 'local' } }).exec())[0]!.readAt).toBeDefined();
  });

  it('a click on an OS notification opens the record; a click on the summary opens the centre', async () => {
    const { reminders } = webReminders();
    let click: (c: ReminderClick) => void = () => undefined;
    const port = { ...reminders, onClicked: (l: typeof click) => ((click = l), () => undefined) };
    render(
      <AppTestProviders db={db} language="en">
        <Bell reminders={port} />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </AppTestProviders>,
    );
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/'));
    act(() =>
      click({
        kind: 'record',
        reminderId: 'leadNotContacted:x',
        recordType: 'lead',
        recordId: 'lead-0000042',
      }),
    );
    expect(screen.getByTestId('where')).toHaveTextContent('/leads/lead-0000042');
    act(() => click({ kind: 'summary', reminderIds: ['a', 'b'] }));
    expect(await screen.findByTestId('notification-centre')).toBeInTheDocument();
  });
});
