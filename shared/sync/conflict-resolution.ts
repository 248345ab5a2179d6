/**
 * How a device settles the server's answer to a push: each conflict is resolved here once (the three-way
 * merge, or the server's state as it is), and what follows from it is decided here too (clash records, which
 * changes are no longer pending). Pure: the sync client applies the outcome (docs/sync-protocol.md).
 */
import type { Activity } from '../model/activity';
import type { CollectionName } from '../model/collections';
import { clashActivities } from './clash-activity';
import { domainOf, sameDocState } from './doc-state';
import { merge3, type FieldClash } from './merge';
import type { PushResponse, PushRow } from '../api';

type Doc = Record<string, unknown>;

/**
 * Resolves a replication conflict with the three-way, field-level merge: fields each side changed alone
 * both survive; a field both changed goes to the newer edit. A deletion (by a manager, or the record leaving
 * this user's scope) wins over edits: the server has already decided.
 */
export function resolveConflict(
  assumed: Doc | undefined,
  local: Doc,
  master: Doc,
): { doc: Doc; clashes: FieldClash[] } {
  if (master._deleted) return { doc: master, clashes: [] };
  // Nothing changed here since the version this device had (an echo of a resolution): the server's stands.
  if (assumed && sameDocState(assumed, local)) return { doc: master, clashes: [] };
  // Clash records are history: append-only, the server's copy is the record (docs/sync-protocol.md).
  if (master.kind === 'conflict' && master.subjectId !== undefined) return { doc: master, clashes: [] };
  if (local._deleted) return { doc: { ...domainOf(master), _deleted: true }, clashes: [] };
  const { merged, clashes } = merge3(
    assumed ? domainOf(assumed) : undefined,
    domainOf(local),
    domainOf(master),
  );
  return { doc: { ...merged, _deleted: false }, clashes };
}

/** One conflict of a push answer, decided. */
export interface Resolution {
  id: string;
  /** What the device pushed, the server's state it had assumed, and what the server holds (or answers). */
  assumed: Doc | undefined;
  local: Doc;
  master: Doc;
  /** What the device keeps. */
  doc: Doc;
  /** The server refused the row: the device takes the server's answer as it is, never a merge. */
  refused: boolean;
  /** The device ends with the server's state: nothing more to push for this record. */
  settled: boolean;
}

export interface PushOutcome {
  resolutions: Resolution[];
  /** The losing side of each same-field clash, as history entries to insert (deterministic ids). */
  clashRecords: Activity[];
  /** Rows the server took as they were (not in conflict, not refused). */
  accepted: string[];
  /** Rows no longer pending: accepted, refused, or resolved to the server's state. */
  done: string[];
}

export function settlePushAnswer(
  collection: CollectionName,
  rows: PushRow[],
  res: PushResponse,
): PushOutcome {
  const rejectedIds = new Set(res.rejected.map((r) => r.id));
  const conflictIds = new Set(res.conflicts.map((c) => String(c.id)));
  const resolutions: Resolution[] = [];
  const clashRecords: Activity[] = [];
  for (const master of res.conflicts) {
    const row = rows.find((r) => r.newDocumentState.id === master.id);
    if (!row) continue;
    const id = String(master.id);
    const local = row.newDocumentState;
    const assumed = row.assumedMasterState ?? undefined;
    if (rejectedIds.has(id)) {
      // Refused: the device holds the server's truth (or nothing); the refused state goes to the not-synced list.
      resolutions.push({ id, assumed, local, master, doc: master, refused: true, settled: true });
      continue;
    }
    const { doc, clashes } = resolveConflict(assumed, local, master);
    resolutions.push({ id, assumed, local, master, doc, refused: false, settled: sameDocState(doc, master) });
    clashRecords.push(...clashActivities(collection, doc, clashes));
  }
  const ids = rows.map((r) => String(r.newDocumentState.id));
  const settled = new Set(resolutions.filter((r) => r.settled).map((r) => r.id));
  return {
    resolutions,
    clashRecords,
    accepted: ids.filter((id) => !conflictIds.has(id) && !rejectedIds.has(id)),
    done: ids.filter((id) => !conflictIds.has(id) || settled.has(id)),
  };
}
