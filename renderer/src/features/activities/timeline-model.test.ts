import { describe, expect, it } from 'vitest';
import type { Activity } from '@shared/model/activity';
import { validDocs } from '@shared/model/fixtures';
import type { Sample } from '@shared/model/sample';
import { mergeTimeline } from './timeline-model';

const act = (id: string, at: string, p: Partial<Activity> = {}): Activity => ({
  ...validDocs.activities,
  id,
  at,
  kind: 'call',
  title: `call ${id}`,
  ...p,
});
const sample = (id: string, updatedAt: string): Sample => ({ ...validDocs.samples, id, updatedAt });

describe('mergeTimeline', () => {
  it('merges activities, stage changes, samples and documents newest first', () => {
    const t = mergeTimeline({
      activities: [
        act('a1', '2026-04-01T10:00:00.000Z'),
        act('a2', '2026-04-03T10:00:00.000Z', { kind: 'stageChange', title: 'needs → samples' }),
      ],
      samples: [sample('s1', '2026-04-02T10:00:00.000Z')],
      documents: [{ ...validDocs.documents, id: 'd1', createdAt: '2026-04-04T10:00:00.000Z' }],
    });
    expect(t.map((e) => [e.key, e.source])).toEqual([
      ['document:d1', 'document'],
      ['activity:a2', 'stageChange'],
      ['sample:s1', 'sample'],
      ['activity:a1', 'call'],
    ]);
    expect(t[2]).toMatchObject({ title: 'Kettle KT-100 × 2', body: 'DHL 1234567890', detail: 'shipped' });
  });

  it('shows a sample by its own history events only, and leaves trashed records out', () => {
    const t = mergeTimeline({
      activities: [
        act('e1', '2026-04-02T00:00:00.000Z', {
          kind: 'sampleEvent',
          subjectType: 'sample',
          subjectId: 's1',
        }),
        act('gone', '2026-04-05T00:00:00.000Z', { trashedAt: '2026-04-06T00:00:00.000Z' }),
      ],
      samples: [
        sample('s1', '2026-04-09T00:00:00.000Z'),
        { ...sample('s2', '2026-04-01T00:00:00.000Z'), trashedAt: '2026-04-02T00:00:00.000Z' },
      ],
    });
    expect(t.map((e) => e.key)).toEqual(['activity:e1']);
  });

  it('marks tasks done or not', () => {
    const t = mergeTimeline({
      activities: [
        act('t1', '2026-04-01T00:00:00.000Z', { kind: 'task', dueAt: '2026-04-02T00:00:00.000Z' }),
        act('t2', '2026-04-01T00:00:00.000Z', { kind: 'task', done: true }),
      ],
    });
    expect(t.map((e) => [e.key, e.done])).toEqual([
      ['activity:t1', false],
      ['activity:t2', true],
    ]);
  });
});
