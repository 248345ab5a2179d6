import type { Actor } from '@shared/model/stamp';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import type { StoredFile } from '../../platform';
import { attachmentFields, type AttachmentSubject } from './attachment-fields';

/**
 * A file taken for a record that is not saved yet: its bytes are already in the device's file store (so
 * nothing is lost offline or while the form still has errors); only the attachment document waits.
 */
export interface DraftFile extends StoredFile {
  name: string;
  caption?: string;
}

/**
 * Attaches the drafts to the record just saved: one attachment document each. Returns the hashes written,
 * for the upload queue; a draft that fails is returned in `left` so the caller keeps it.
 */
export async function attachDrafts(
  db: CrmDatabase,
  actor: Actor,
  drafts: DraftFile[],
  subject: AttachmentSubject,
): Promise<{ stored: string[]; left: DraftFile[] }> {
  const stored: string[] = [];
  const left: DraftFile[] = [];
  for (const d of drafts) {
    try {
      const caption = d.caption?.trim();
      await insertDoc(
        db,
        'attachments',
        { ...attachmentFields(d, d.name, subject), ...(caption ? { caption } : {}) },
        actor,
      );
      stored.push(d.sha256);
    } catch {
      left.push(d);
    }
  }
  return { stored, left };
}
