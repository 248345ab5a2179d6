import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeTime } from '@shared/ipc/testing/fake-time';
import { createFileReminderScheduler } from './file-scheduler';

describe('file-backed reminder scheduler', () => {
  it('keeps fired ids in user data, so a restarted app does not fire them again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'crm-remf-')), 'reminders.json');
    const time = fakeTime();
    const titles: string[] = [];
    const make = () =>
      createFileReminderScheduler({
        file,
        notifier: { show: (n) => void titles.push(n.title) },
        onClick: () => {},
        ...time,
      });
    const first = make();
    await first.start();
    await first.setSchedule([
      {
        id: 'taskDue:act-0000001',
        dueAt: new Date(time.now() + 1000).toISOString(),
        title: 'Call Hans',
        recordType: 'activity',
        recordId: 'act-0000001',
      },
    ]);
    await time.advance(1000);
    first.stop();
    expect(JSON.parse(readFileSync(file, 'utf8')).entries[0]).toMatchObject({
      id: 'taskDue:act-0000001',
      status: 'fired',
    });

    const second = make();
    await second.start();
    await time.advance(3_600_000);
    expect(titles).toEqual(['Call Hans']);
    expect(second.dueCount()).toBe(1);
  });
});
