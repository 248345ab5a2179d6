import type { Kysely, Transaction } from 'kysely';
import { validateDoc } from '../../shared/model/validate';
import { canHandOver, type Viewer } from '../../shared/permissions/policy';
import { noteAccountId, noteSubjectType } from '../../shared/sync/hand-over';
import type { HandOverRequest, HandOverResponse } from '../../shared/api';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';
import { lockDoc } from '../db/docs-table';
import { docData as parse, writeDoc } from '../db/docs-table';

/** Did the record leave this viewer's scope at some point (moved away from them or their department)? */
async function formerHolder(tx: Transaction<Database>, viewer: Viewer, collection: string, id: string) {
  const row = await tx
    .selectFrom('revocations')
    .select('id')
    .where('collection', '=', collection)
    .where('doc_id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('scope_kind', '=', 'user'), eb('scope_id', '=', viewer.userId)]),
        ...(viewer.role === 'manager'
          ? [eb.and([eb('scope_kind', '=', 'department'), eb('scope_id', '=', viewer.departmentId)])]
          : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/**
 * Writes a note on the record in its current holder's name (owner and department), so the person who has
 * the record now sees what the former holder could not sync. Idempotent by note id.
 */
export async function handOver(
  db: Kysely<Database>,
  viewer: Viewer,
  req: HandOverRequest,
): Promise<HandOverResponse> {
  return db.transaction().execute(async (tx) => {
    const subject = await lockDoc(tx, req.collection, req.id);
    if (!subject || subject.deleted)
      throw new HttpError(404, 'NOT_FOUND', `id: ${req.collection}/${req.id} does not exist any more`);
    const scoped = { ownerId: subject.owner_id, departmentId: subject.department_id };
    const decision = canHandOver(
      viewer,
      req.collection,
      scoped,
      await formerHolder(tx, viewer, req.collection, req.id),
    );
    // Refused like a missing record: a refusal must not confirm that the id exists.
    if (!decision.ok)
      throw new HttpError(404, 'NOT_FOUND', `id: ${req.collection}/${req.id} does not exist any more`);

    const existing = await tx
      .selectFrom('docs')
      .select(['owner_id', 'data'])
      .where('collection', '=', 'activities')
      .where('id', '=', req.noteId)
      .executeTakeFirst();
    if (existing) {
      // The same hand-over sent again is answered as before; any other activity's id is not the caller's to learn about.
      const note = parse(existing) as { kind?: string; subjectId?: string; createdBy?: string };
      if (note.kind !== 'note' || note.subjectId !== req.id || note.createdBy !== viewer.userId)
        throw new HttpError(400, 'INVALID', 'noteId: already used; send a new id', [
          { field: 'noteId', message: 'already used' },
        ]);
      return { noteId: req.noteId, ownerId: existing.owner_id };
    }

    const data = parse(subject);
    const subjectType = noteSubjectType(req.collection, data);
    if (!subjectType)
      throw new HttpError(400, 'INVALID', `collection: ${req.collection} records have no timeline`);
    const now = new Date().toISOString();
    const checked = validateDoc('activities', {
      id: req.noteId,
      ...scoped,
      createdAt: now,
      updatedAt: now,
      createdBy: viewer.userId,
      updatedBy: viewer.userId,
      kind: 'note',
      subjectType,
      subjectId: req.id,
      accountId: noteAccountId(req.collection, req.id, data),
      at: now,
      title: req.title,
      body: req.body,
    });
    if (!checked.ok) throw new HttpError(400, 'INVALID', 'the note is not valid', checked.issues);
    await writeDoc(tx, 'activities', checked.value as typeof scoped & Record<string, unknown>, false, false);
    return { noteId: req.noteId, ownerId: subject.owner_id };
  });
}
