import type { Account, Contact } from '@shared/model/account';
import type { Campaign } from '@shared/model/campaign';
import type { RecordType } from '@shared/model/common';
import type { SalesDocument } from '@shared/model/document';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';

/** The records a chain may run through; pass what is loaded (trashed ones are skipped). */
export interface ChainRecords {
  campaigns?: readonly Campaign[];
  leads?: readonly Lead[];
  accounts?: readonly Account[];
  contacts?: readonly Contact[];
  opportunities?: readonly Opportunity[];
  documents?: readonly SalesDocument[];
}

export interface RecordRef {
  type: RecordType;
  id: string;
}

export interface ChainNode extends RecordRef {
  label: string;
  /** Downstream only: the record this one came from. */
  parentId?: string;
}

export interface Chain {
  /** What the record came from, nearest first, ending at the campaign when there is one. */
  upstream: ChainNode[];
  /** What came of it, breadth first (children before grandchildren). */
  downstream: ChainNode[];
}

interface Linked {
  ref: RecordRef;
  label: string;
  source?: RecordRef;
}

/** Every record as a node with the link to its source: sourceType + sourceId, else its campaign. */
function index(all: ChainRecords): Map<string, Linked> {
  const map = new Map<string, Linked>();
  const put = (
    type: RecordType,
    id: string,
    label: string,
    sourceType?: string,
    sourceId?: string,
    campaignId?: string,
  ) => {
    const source: RecordRef | undefined =
      sourceType && sourceId
        ? { type: sourceType as RecordType, id: sourceId }
        : campaignId
          ? { type: 'campaign', id: campaignId }
          : undefined;
    map.set(key({ type, id }), { ref: { type, id }, label, ...(source ? { source } : {}) });
  };
  const live = <T extends { trashedAt?: string }>(xs: readonly T[] | undefined) =>
    (xs ?? []).filter((x) => !x.trashedAt);
  for (const c of live(all.campaigns)) put('campaign', c.id, c.name);
  for (const l of live(all.leads))
    put('lead', l.id, l.company ? `${l.name} · ${l.company}` : l.name, undefined, undefined, l.campaignId);
  for (const a of live(all.accounts)) put('account', a.id, a.name, a.sourceType, a.sourceId);
  for (const c of live(all.contacts)) put('contact', c.id, c.name, c.sourceType, c.sourceId);
  for (const o of live(all.opportunities))
    put('opportunity', o.id, o.name, o.sourceType, o.sourceId, o.campaignId);
  // Expenses are costs, not steps of the sales chain.
  for (const d of live(all.documents))
    if (d.kind !== 'expense') put(d.kind, d.id, d.number || d.title, d.sourceType, d.sourceId);
  return map;
}

const key = (r: RecordRef) => `${r.type}:${r.id}`;

/**
 * The chain Campaign → Lead → Opportunity → Contract → Order around one record, both ways. Links are the
 * records' sourceType + sourceId (a lead's or opportunity's campaignId when it has no other source).
 * Cycles from bad data are cut; a source that is not loaded ends the walk.
 */
export function chainOf(record: RecordRef, all: ChainRecords): Chain {
  const nodes = index(all);
  const upstream: ChainNode[] = [];
  const seen = new Set([key(record)]);
  let source = nodes.get(key(record))?.source;
  while (source && !seen.has(key(source))) {
    seen.add(key(source));
    const node = nodes.get(key(source));
    if (!node) break;
    upstream.push({ ...node.ref, label: node.label });
    source = node.source;
  }

  const children = new Map<string, Linked[]>();
  for (const n of nodes.values())
    if (n.source) children.set(key(n.source), [...(children.get(key(n.source)) ?? []), n]);
  const downstream: ChainNode[] = [];
  const visited = new Set([key(record)]);
  const queue: RecordRef[] = [record];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const child of children.get(key(parent)) ?? []) {
      if (visited.has(key(child.ref))) continue;
      visited.add(key(child.ref));
      downstream.push({ ...child.ref, label: child.label, parentId: parent.id });
      queue.push(child.ref);
    }
  }
  return { upstream, downstream };
}
