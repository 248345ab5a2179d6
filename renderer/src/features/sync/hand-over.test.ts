import { describe, expect, it } from 'vitest';
import { handOverRequestSchema } from '@shared/api';
import type { NotSyncedItem } from '../../db/replication';
import { copyText, handOverRequest, recordLabel } from './hand-over';

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
  it('copies the reason and the local record without RxDB fields', () => {
    const text = copyText({ ...item, issues: [{ field: 'emails.0', message: 'invalid email' }] }, lead);
    expect(text).toContain('leads/lead-1 — FORBIDDEN: this leads record is not yours to change');
    expect(text).toContain('emails.0: invalid email');
    expect(text).toContain('company: Müller GmbH');
    expect(text).toContain('phones: +49301234');
    expect(text).not.toContain('_rev');
    expect(text).not.toMatch(/^id: /m);
    expect(recordLabel(lead, 'lead-1')).toBe('Hans Müller');
    expect(recordLabel(null, 'lead-1')).toBe('lead-1');
  });

  it('asks the server for a note on the record that its schema accepts', () => {
    const req = handOverRequest(item, lead, 'Change not synced: Hans Müller', 'note-1')!;
    expect(req).toMatchObject({ noteId: 'note-1', collection: 'leads', id: 'lead-1' });
    expect(req.body).toContain('Müller GmbH');
    expect(handOverRequestSchema.safeParse(req).success).toBe(true);
    expect(handOverRequest({ ...item, collection: 'settings' }, null, 'x', 'n')).toBeNull();
    expect(handOverRequest({ ...item, collection: 'documents' }, { kind: 'quote' }, 'x', 'n')).not.toBeNull();
  });
});
