import { companyKey, personKey } from './contact-normalise';

export interface DuplicateCandidate {
  id: string;
  kind: 'lead' | 'contact' | 'account';
  name: string;
  company?: string;
  emails: readonly string[];
  phones: readonly string[];
  ownerId?: string;
}

export type DuplicateReason = 'email' | 'phone' | 'companyAndName';
export interface DuplicateMatch {
  candidate: DuplicateCandidate;
  reasons: DuplicateReason[];
}

/**
 * An in-memory index over existing leads and contacts, so the check is a few map look-ups per keystroke
 * rather than a scan of 10,000+ records.
 */
export class DuplicateIndex {
  private byEmail = new Map<string, Set<string>>();
  private byPhone = new Map<string, Set<string>>();
  private byCompanyName = new Map<string, Set<string>>();
  private items = new Map<string, DuplicateCandidate>();

  constructor(items: Iterable<DuplicateCandidate> = []) {
    for (const item of items) this.upsert(item);
  }

  get size(): number {
    return this.items.size;
  }

  upsert(item: DuplicateCandidate): void {
    this.remove(item.id);
    this.items.set(item.id, item);
    for (const key of keysOf(item)) add(this.mapFor(key.reason), key.value, item.id);
  }

  remove(id: string): void {
    const old = this.items.get(id);
    if (!old) return;
    this.items.delete(id);
    for (const key of keysOf(old)) this.mapFor(key.reason).get(key.value)?.delete(id);
  }

  /** Existing records that share an email, a phone, or the same person at the same company. */
  find(probe: Omit<DuplicateCandidate, 'id' | 'kind'> & { id?: string }): DuplicateMatch[] {
    const found = new Map<string, Set<DuplicateReason>>();
    for (const key of keysOf(probe)) {
      for (const id of this.mapFor(key.reason).get(key.value) ?? []) {
        if (id === probe.id) continue;
        const reasons = found.get(id) ?? new Set<DuplicateReason>();
        reasons.add(key.reason);
        found.set(id, reasons);
      }
    }
    return [...found.entries()].map(([id, reasons]) => ({
      candidate: this.items.get(id)!,
      reasons: [...reasons],
    }));
  }

  private mapFor(reason: DuplicateReason): Map<string, Set<string>> {
    return reason === 'email' ? this.byEmail : reason === 'phone' ? this.byPhone : this.byCompanyName;
  }
}

function add(map: Map<string, Set<string>>, key: string, id: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(id);
  map.set(key, set);
}

function keysOf(item: Pick<DuplicateCandidate, 'name' | 'company' | 'emails' | 'phones'>) {
  const keys: { reason: DuplicateReason; value: string }[] = [];
  for (const e of item.emails) if (e) keys.push({ reason: 'email', value: e.trim().toLowerCase() });
  for (const p of item.phones) if (p) keys.push({ reason: 'phone', value: p.replace(/[^\d+]/g, '') });
  const company = item.company ? companyKey(item.company) : '';
  const person = personKey(item.name);
  if (company && person) keys.push({ reason: 'companyAndName', value: `${company}|${person}` });
  return keys;
}
