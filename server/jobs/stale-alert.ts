import { sql, type Transaction } from 'kysely';
import type { Activity } from '@shared/model/activity';
import { POOL_OWNER } from '@shared/model/common';
import type { Notification } from '@shared/model/notification';
import type { Opportunity } from '@shared/model/opportunity';
import { lastTouched } from '@shared/reminders/rules';
import type { Database } from '../db/schema';
import { docData as parse } from '../db/docs-table';
import { jobDocId } from './job-id';
import { insertIfAbsent, SYSTEM_USER } from './job-writes';
import type { Org } from './org';

/**
 * Tells the owner's manager about open deals nobody touched for the company's staleHours (the owner's own
 * device reminds the owner). One notification per staleness period: its id is derived from the deal, the
 * manager and the last touch, so a later run finds it, and only a new touch followed by new silence makes another.
 */
export async function staleAlerts(tx: Transaction<Database>, org: Org, now: Date): Promise<string[]> {
  const rows = await tx
    .selectFrom('docs')
    .select(['id', 'data'])
    .where('collection', '=', 'opportunities')
    .where('deleted', '=', false)
    .where(sql<string>`data->>'status'`, '=', 'open')
    .execute();
  const cutoff = now.getTime() - org.staleHours * 3_600_000;
  // Cheap first cut on the deal's own updatedAt; activities can only make a deal fresher.
  const candidates = rows
    .map((r) => parse(r) as Opportunity)
    .filter((o) => !o.trashedAt && o.ownerId !== POOL_OWNER && Date.parse(o.updatedAt) <= cutoff);
  const activities = await activitiesOn(
    tx,
    candidates.map((o) => o.id),
  );
  const iso = now.toISOString();
  const written: string[] = [];
  for (const opp of candidates) {
    const touched = lastTouched(opp, activities.get(opp.id) ?? []);
    if (Date.parse(touched) > cutoff) continue;
    const manager = org.managerOf(opp.ownerId);
    if (!manager || manager === opp.ownerId) continue;
    const note: Notification = {
      id: jobDocId('stale', opp.id, manager, touched),
      ownerId: manager,
      departmentId: org.departmentOf(manager),
      createdAt: iso,
      updatedAt: iso,
      createdBy: SYSTEM_USER,
      updatedBy: SYSTEM_USER,
      kind: 'stale',
      subjectType: 'opportunity',
      subjectId: opp.id,
      title: opp.name,
      body: `Not updated for ${org.staleHours} hours (last touched ${touched}).`,
      at: iso,
    };
    if (await insertIfAbsent(tx, 'notifications', note)) written.push(note.id);
  }
  return written;
}

async function activitiesOn(tx: Transaction<Database>, oppIds: string[]): Promise<Map<string, Activity[]>> {
  const bySubject = new Map<string, Activity[]>();
  for (let i = 0; i < oppIds.length; i += 500) {
    const chunk = oppIds.slice(i, i + 500);
    const rows = await tx
      .selectFrom('docs')
      .select(['data'])
      .where('collection', '=', 'activities')
      .where('deleted', '=', false)
      .where(sql<string>`data->>'subjectId'`, 'in', chunk)
      .execute();
    for (const row of rows) {
      const a = parse(row) as Activity;
      bySubject.set(a.subjectId, [...(bySubject.get(a.subjectId) ?? []), a]);
    }
  }
  return bySubject;
}
