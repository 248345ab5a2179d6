import { describe, expect, it } from 'vitest';
import { activitySchema } from '@shared/model/activity';
import type { NotSyncedItem } from '../../db/replication';
import { copyText, handOverNote, recordLabel, recordTypeOf } from './hand-over';

const item: NotSyncedItem = {
  collection: 'leads',
  id: 'lead-1',
  code: 'FORBIDDEN',
  reason: 'this leads record is not yours to change',
  at: '2026-11-23T10:00:00.000Z',
};
const lead = {
  id: 'lead-1',
  name: 'Hans Müller',
  company: 'Müller GmbH',
  phones: ['+49301234'],
  _rev: '2-x',
  _meta: { lwt: 1 },
};

describe('hand-over of a refused change', () => {
  it('knows which records have a timeline', () => {
    expect(recordTypeOf('leads', null)).toBe('lead');
    expect(recordTypeOf('documents', { kind: 'quote' })).toBe('quote');
    expect(recordTypeOf('settings', null)).toBeNull();
  });

  it('copies the reason and the local record without RxDB fields', () => {
    const text = copyText({ ...item, issues: [{ field: 'emails.0', message: 'invalid email' }] }, lead);
    expect(text).toContain('leads/lead-1 — FORBIDDEN: this leads record is not yours to change');
    expect(text).toContain('emails.0: invalid email');
    expect(text).toContain('"company": "Müller GmbH"');
    expect(text).not.toContain('_rev');
    expect(recordLabel(lead, 'lead-1')).toBe('Hans Müller');
    expect(recordLabel(null, 'lead-1')).toBe('lead-1');
  });

  it('makes a note on the record that passes the activity schema', () => {
    const note = handOverNote(
      item,
      lead,
      'Change not synced: Hans Müller',
      new Date('2026-11-23T11:00:00.000Z'),
    )!;
    expect(note).toMatchObject({
      kind: 'note',
      subjectType: 'lead',
      subjectId: 'lead-1',
      at: '2026-11-23T11:00:00.000Z',
    });
    const doc = {
      ...note,
      id: 'activity-1',
      ownerId: 'u',
      departmentId: 'd',
      createdAt: note.at,
      updatedAt: note.at,
      createdBy: 'u',
      updatedBy: 'u',
    };
    expect(activitySchema.safeParse(doc).success).toBe(true);
    expect(handOverNote({ ...item, collection: 'settings' }, null, 'x', new Date())).toBeNull();
  });
});
