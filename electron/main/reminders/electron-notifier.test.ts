import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeTime } from '@shared/ipc/testing/fake-time';
import {
  createElectronNotifier,
  createReminderClickHandler,
  type NotificationLike,
  type WindowLike,
} from './electron-notifier';
import { createFileReminderScheduler } from './file-scheduler';

/** Records what the app does with Electron's Notification class. */
class FakeNotification implements NotificationLike {
  static created: FakeNotification[] = [];
  shown = false;
  private listeners = new Map<string, () => void>();
  constructor(readonly options: { title: string; body: string }) {
    FakeNotification.created.push(this);
  }
  on(event: 'click' | 'close', listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
  show() {
    this.shown = true;
  }
  click() {
    this.listeners.get('click')?.();
  }
}

function fakeWindow() {
  const calls: string[] = [];
  const sent: Array<[string, unknown]> = [];
  const win: WindowLike = {
    isDestroyed: () => false,
    isMinimized: () => true,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
    webContents: { send: (channel, payload) => void sent.push([channel, payload]) },
  };
  return { win, calls, sent };
}

describe('reminder notifications through the Electron surface', () => {
  it('shows a Notification with the reminder title and body; a click focuses the window and opens the record', async () => {
    FakeNotification.created = [];
    const time = fakeTime();
    const { win, calls, sent } = fakeWindow();
    const scheduler = createFileReminderScheduler({
      file: join(mkdtempSync(join(tmpdir(), 'crm-notif-')), 'reminders.json'),
      notifier: createElectronNotifier(FakeNotification),
      onClick: createReminderClickHandler(() => win),
      ...time,
    });
    await scheduler.start();
    await scheduler.setSchedule([
      {
        id: 'sampleFollowUp:smp-000000001',
        dueAt: new Date(time.now() + 60_000).toISOString(),
        title: 'Ask Müller GmbH for sample feedback',
        body: '3 models shipped by DHL on 5 April',
        recordType: 'sample',
        recordId: 'smp-000000001',
      },
    ]);
    await time.advance(60_000);

    expect(FakeNotification.created).toHaveLength(1);
    const n = FakeNotification.created[0]!;
    expect(n.options).toEqual({
      title: 'Ask Müller GmbH for sample feedback',
      body: '3 models shipped by DHL on 5 April',
    });
    expect(n.shown).toBe(true);
    expect(sent).toEqual([]);

    n.click();
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(sent).toEqual([
      [
        'reminders:clicked',
        {
          kind: 'record',
          reminderId: 'sampleFollowUp:smp-000000001',
          recordType: 'sample',
          recordId: 'smp-000000001',
        },
      ],
    ]);
  });

  it('reopens the window when it was closed to the tray', () => {
    const reopened: unknown[] = [];
    createReminderClickHandler(
      () => null,
      (click) => void reopened.push(click),
    )({ kind: 'summary', reminderIds: ['a'] });
    expect(reopened).toEqual([{ kind: 'summary', reminderIds: ['a'] }]);
  });
});
