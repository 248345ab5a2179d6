import { useSyncExternalStore } from 'react';
import type { Subscription } from 'rxjs';
import type { Account, Contact } from '@shared/model/account';
import type { Lead } from '@shared/model/lead';
import { DuplicateIndex, type DuplicateCandidate } from '@shared/rules/duplicates';
import type { CrmDatabase } from '../db/database';
import { LeadSearchIndex } from './lead-search';

interface Revisioned<T> {
  revision: string;
  toJSON(): unknown;
  primary: string;
  _data?: T;
}

/**
 * Every lead of the local database in memory, with the search and duplicate indexes kept up to date from
 * the collections (local writes and, later, sync). RxDB re-emits whole query results; only documents whose
 * revision changed are re-indexed, so a save costs one index update, not 10,000.
 */
export class LeadStore {
  readonly leads = new Map<string, Lead>();
  readonly search = new LeadSearchIndex();
  readonly duplicates = new DuplicateIndex();
  /** Bumped on every change. */
  version = 0;
  ready = false;
  /** A new object per change (same maps inside), so React memos can depend on it. */
  snapshot: LeadSnapshot = { version: 0, store: this };

  private revs = new Map<string, string>();
  private contacts = new Map<string, Contact>();
  private contactRevs = new Map<string, string>();
  private accountNames = new Map<string, string>();
  private listeners = new Set<() => void>();
  private subs: Subscription[] = [];

  constructor(db: CrmDatabase) {
    this.subs.push(db.leads.find().$.subscribe((docs) => this.applyLeads(docs as never)));
    this.subs.push(db.contacts.find().$.subscribe((docs) => this.applyContacts(docs as never)));
    this.subs.push(
      db.accounts.find().$.subscribe((docs) => this.applyAccounts(docs.map((d) => d.toJSON() as Account))),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LeadSnapshot => this.snapshot;

  destroy(): void {
    for (const s of this.subs) s.unsubscribe();
  }

  private applyLeads(docs: Revisioned<Lead>[]): void {
    const seen = new Set<string>();
    let changed = !this.ready;
    for (const doc of docs) {
      const id = doc.primary;
      seen.add(id);
      if (this.revs.get(id) === doc.revision) continue;
      const lead = doc.toJSON() as Lead;
      this.revs.set(id, doc.revision);
      this.leads.set(id, lead);
      this.search.upsert(lead);
      // Trashed leads are not live records: they do not count as duplicates.
      if (lead.trashedAt) this.duplicates.remove(id);
      else this.duplicates.upsert(leadCandidate(lead));
      changed = true;
    }
    for (const id of [...this.revs.keys()]) {
      if (seen.has(id)) continue;
      this.revs.delete(id);
      this.leads.delete(id);
      this.search.remove(id);
      this.duplicates.remove(id);
      changed = true;
    }
    this.ready = true;
    if (changed) this.emit();
  }

  private applyContacts(docs: Revisioned<Contact>[]): void {
    const seen = new Set<string>();
    let changed = false;
    for (const doc of docs) {
      seen.add(doc.primary);
      if (this.contactRevs.get(doc.primary) === doc.revision) continue;
      const contact = doc.toJSON() as Contact;
      this.contactRevs.set(doc.primary, doc.revision);
      this.contacts.set(contact.id, contact);
      this.indexContact(contact);
      changed = true;
    }
    for (const id of [...this.contactRevs.keys()]) {
      if (seen.has(id)) continue;
      this.contactRevs.delete(id);
      this.contacts.delete(id);
      this.duplicates.remove(id);
      changed = true;
    }
    if (changed) this.emit();
  }

  /** Accounts give contacts their company name (for the company + name rule); they change rarely. */
  private applyAccounts(accounts: Account[]): void {
    this.accountNames = new Map(accounts.map((a) => [a.id, a.name]));
    for (const c of this.contacts.values()) this.indexContact(c);
    this.emit();
  }

  private indexContact(c: Contact): void {
    if (c.trashedAt) return this.duplicates.remove(c.id);
    this.duplicates.upsert({
      id: c.id,
      kind: 'contact',
      name: c.name,
      company: this.accountNames.get(c.accountId),
      emails: c.emails,
      phones: c.phones,
      ownerId: c.ownerId,
    });
  }

  private emit(): void {
    this.version++;
    this.snapshot = { version: this.version, store: this };
    for (const l of this.listeners) l();
  }
}

export interface LeadSnapshot {
  version: number;
  store: LeadStore;
}

export function leadCandidate(l: Lead): DuplicateCandidate {
  return {
    id: l.id,
    kind: 'lead',
    name: l.name,
    company: l.company,
    emails: l.emails,
    phones: l.phones,
    ownerId: l.ownerId,
  };
}

const stores = new WeakMap<CrmDatabase, LeadStore>();

/** One store per database for the life of the page: the list, the entry form and the detail share it. */
export function leadStoreFor(db: CrmDatabase): LeadStore {
  let store = stores.get(db);
  if (!store) {
    store = new LeadStore(db);
    stores.set(db, store);
  }
  return store;
}

/** Re-renders the caller when leads (or contacts) change; the snapshot changes identity with every change. */
export function useLeadStore(db: CrmDatabase): LeadSnapshot {
  const store = leadStoreFor(db);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
