import { describe, expect, it } from 'vitest';
import { attachmentSchema } from '@shared/model/attachment';
import { attachmentFields, pastedName } from './attachment-fields';

const stored = { sha256: 'a'.repeat(64), size: 1234, mime: 'image/jpeg' };

describe('attachment fields', () => {
  it('describes a stored file for its record, valid under the schema', () => {
    const fields = attachmentFields(stored, ' box.jpg ', {
      subjectType: 'sample',
      subjectId: 'sample-0001',
      accountId: 'account-01',
    });
    expect(fields).toEqual({
      sha256: stored.sha256,
      name: 'box.jpg',
      mime: 'image/jpeg',
      size: 1234,
      subjectType: 'sample',
      subjectId: 'sample-0001',
      accountId: 'account-01',
    });
    const doc = {
      ...fields,
      id: 'att-00001',
      ownerId: 'u1',
      departmentId: '',
      createdAt: '2026-04-20T10:00:00.000Z',
      updatedAt: '2026-04-20T10:00:00.000Z',
      createdBy: 'u1',
      updatedBy: 'u1',
    };
    expect(attachmentSchema.safeParse(doc).success).toBe(true);
  });

  it("belongs to the record's owner when given, so a manager's file on a rep's lead reaches the rep", () => {
    const fields = attachmentFields(stored, 'card.jpg', {
      subjectType: 'lead',
      subjectId: 'lead-0001',
      ownerId: 'user-li01',
      departmentId: 'dept-0001',
    });
    expect(fields).toMatchObject({ ownerId: 'user-li01', departmentId: 'dept-0001' });
    expect(
      attachmentFields(stored, 'x.jpg', { subjectType: 'lead', subjectId: 'lead-0001' }),
    ).not.toHaveProperty('ownerId');
  });

  it('names a file that has no name', () => {
    expect(attachmentFields(stored, '  ', { subjectType: 'lead', subjectId: 'lead-0001' }).name).toBe(
      'file-aaaaaaaa',
    );
    expect(pastedName('image/jpeg', new Date('2026-04-20T10:11:12.345Z'))).toBe(
      'paste-2026-04-20T10-11-12.jpg',
    );
  });
});
