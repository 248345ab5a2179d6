import type { Attachment } from '@shared/model/attachment';
import type { RecordType } from '@shared/model/common';
import type { StoredFile } from '../../platform';

export interface AttachmentSubject {
  subjectType: RecordType;
  subjectId: string;
  /** The account the record belongs to, so the file follows the account on reassignment ('' if none). */
  accountId?: string;
  /**
   * The record's owner and department: a file a manager adds to a rep's record belongs with the record, so the
   * rep sees it. Without them the file is the writer's own.
   */
  ownerId?: string;
  departmentId?: string;
}

/** The metadata document of a stored file: the bytes stay in the file store, keyed by the hash. */
export function attachmentFields(
  stored: StoredFile,
  name: string,
  subject: AttachmentSubject,
): Pick<Attachment, 'sha256' | 'name' | 'mime' | 'size' | 'subjectType' | 'subjectId' | 'accountId'> &
  Partial<Pick<Attachment, 'ownerId' | 'departmentId'>> {
  return {
    ...(subject.ownerId ? { ownerId: subject.ownerId, departmentId: subject.departmentId ?? '' } : {}),
    sha256: stored.sha256,
    name: name.trim().slice(0, 255) || `file-${stored.sha256.slice(0, 8)}`,
    mime: stored.mime,
    size: stored.size,
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    accountId: subject.accountId ?? '',
  };
}

/** A pasted screenshot has no useful name ("image.png"); give it the time it was pasted. */
export function pastedName(mime: string, now = new Date()): string {
  const ext = mime.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
  return `paste-${now.toISOString().replace(/[:.]/g, '-').slice(0, 19)}.${ext}`;
}
