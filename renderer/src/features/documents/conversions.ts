import type { SalesDocument } from '@shared/model/document';
import { newId } from '@shared/model/id';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import type { Actor } from '@shared/model/stamp';
import { convertLead, type LeadConversionInput } from '@shared/sales/convert-lead';
import {
  contractFromQuote,
  documentFromOpportunity,
  orderFromContract,
  quoteFromOpportunity,
} from '@shared/sales/convert-deal';
import type { ConversionError } from '@shared/sales/new-record';
import { localDay } from '../../ui/format';
import type { CrmDatabase } from '../../db/database';
import { insertDoc, updateDoc } from '../../db/write';
import { nextDocumentNumber } from './document-number';
import { numberingIdentity } from './numbering-identity';

const json = <T>(docs: Array<{ toJSON(): unknown }>) => docs.map((d) => d.toJSON() as T);

/**
 * Qualifies a lead into an opportunity, matching or creating its account and contact (shared/sales/convert-lead).
 * Validation happens before the first write, so a refused conversion changes nothing.
 */
export async function qualifyLead(
  db: CrmDatabase,
  lead: Lead,
  input: Omit<LeadConversionInput, 'ids'>,
  actor: Actor,
): Promise<{ ok: true; opportunityId: string } | ConversionError> {
  const [accounts, contacts] = await Promise.all([db.accounts.find().exec(), db.contacts.find().exec()]);
  const now = Date.now();
  const result = convertLead(
    lead,
    { accounts: json(accounts), contacts: json(contacts) },
    { ...input, ids: { account: newId(now), contact: newId(now), opportunity: newId(now) } },
  );
  if (!result.ok) return result;
  if (result.account.action === 'create')
    await insertDoc(db, 'accounts', result.account.fields as never, actor);
  if (result.contact.action === 'create')
    await insertDoc(db, 'contacts', result.contact.fields as never, actor);
  await insertDoc(db, 'opportunities', result.opportunity as never, actor);
  await updateDoc(db, 'leads', lead.id, result.leadPatch, actor);
  return { ok: true, opportunityId: result.opportunity.id };
}

async function numbersOf(db: CrmDatabase, kind: SalesDocument['kind']): Promise<string[]> {
  const docs = await db.documents.find({ selector: { kind } }).exec();
  return docs.map((d) => d.number);
}

// The rep's calendar day, not UTC's: a quote written at 7:00 in Shanghai is dated that day.
const today = () => localDay(new Date());

/** The next number for the writing user (see document-number: unique across devices without a server). */
async function numberFor(db: CrmDatabase, kind: SalesDocument['kind'], date: string, actor: Actor) {
  return nextDocumentNumber(kind, date, await numbersOf(db, kind), numberingIdentity(actor.userId));
}

/** A draft quote for an open (or won) deal; it counts as the deal's quote for stages that require one. */
export async function createQuote(
  db: CrmDatabase,
  opp: Opportunity,
  actor: Actor,
): Promise<{ ok: true; document: SalesDocument } | ConversionError> {
  const date = today();
  const r = quoteFromOpportunity(opp, {
    id: newId(),
    number: await numberFor(db, 'quote', date, actor),
    date,
  });
  if (!r.ok) return r;
  return { ok: true, document: await insertDoc(db, 'documents', r.document as never, actor) };
}

/** The accepted quote of a won deal → a contract with the quoted lines, linked to the quote. */
export async function convertQuote(
  db: CrmDatabase,
  quote: SalesDocument,
  actor: Actor,
): Promise<{ ok: true; document: SalesDocument } | ConversionError> {
  const opp = (await db.opportunities.findOne(quote.sourceId || '-').exec())?.toJSON() as
    Opportunity | undefined;
  if (!opp || quote.sourceType !== 'opportunity')
    return {
      ok: false,
      field: 'sourceId',
      message: 'the quote is not linked to an opportunity on this device',
    };
  const date = today();
  const number = await numberFor(db, 'contract', date, actor);
  const r = contractFromQuote(quote, opp, { id: newId(), number, date });
  if (!r.ok) return r;
  return { ok: true, document: await insertDoc(db, 'documents', r.document as never, actor) };
}

/** A won opportunity → a contract or (simple sale) an order, linked back by sourceType + sourceId. */
export async function convertOpportunity(
  db: CrmDatabase,
  opp: Opportunity,
  kind: 'contract' | 'order',
  actor: Actor,
): Promise<{ ok: true; document: SalesDocument } | ConversionError> {
  const date = today();
  const number = await numberFor(db, kind, date, actor);
  const r = documentFromOpportunity(opp, kind, { id: newId(), number, date });
  if (!r.ok) return r;
  return { ok: true, document: await insertDoc(db, 'documents', r.document as never, actor) };
}

/** An order of everything still to order on a contract (earlier orders from it are subtracted). */
export async function orderRestOfContract(
  db: CrmDatabase,
  contract: SalesDocument,
  actor: Actor,
): Promise<{ ok: true; document: SalesDocument } | ConversionError> {
  const date = today();
  const docs = json<SalesDocument>(await db.documents.find({ selector: { sourceId: contract.id } }).exec());
  const number = await numberFor(db, 'order', date, actor);
  const r = orderFromContract(contract, docs, { id: newId(), number, date });
  if (!r.ok) return r;
  return { ok: true, document: await insertDoc(db, 'documents', r.document as never, actor) };
}
