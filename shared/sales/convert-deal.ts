import { isoDateSchema } from '@shared/model/common';
import type { SalesDocument } from '@shared/model/document';
import type { Opportunity, ProductLine } from '@shared/model/opportunity';
import type { ConversionError, NewRecord } from './new-record';

export interface NewDocumentInput {
  id: string;
  /** The document number, e.g. "SC-20261123-K7F2-014"; numbering is the caller's (company) rule. */
  number: string;
  /** The document date, YYYY-MM-DD. */
  date: string;
}

const lineTotal = (lines: readonly ProductLine[]) =>
  round2(lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0));
const round2 = (n: number) => Math.round(n * 100) / 100;

function checkInput(input: NewDocumentInput): ConversionError | undefined {
  if (!input.number.trim()) return { ok: false, field: 'number', message: 'a document number is required' };
  if (!isoDateSchema.safeParse(input.date).success)
    return { ok: false, field: 'date', message: 'date must be a date (YYYY-MM-DD)' };
  return undefined;
}

/** The document an opportunity turns into: lines copied, owner, account and currency kept, linked back by id. */
function fromOpportunity(
  opp: Opportunity,
  kind: 'quote' | 'contract' | 'order',
  input: NewDocumentInput,
): NewRecord<SalesDocument> {
  const lines = opp.lines.map((l) => ({ ...l }));
  return {
    id: input.id,
    ownerId: opp.ownerId,
    departmentId: opp.departmentId,
    kind,
    number: input.number.trim(),
    title: opp.name,
    accountId: opp.accountId,
    status: 'draft',
    sourceType: 'opportunity',
    sourceId: opp.id,
    currency: opp.currency,
    lines,
    total: lines.length > 0 ? lineTotal(lines) : opp.amount,
    date: input.date,
    paymentPlan: [],
  };
}

/**
 * A won opportunity becomes a contract (销售合同) or, for a simple sale, straight an order (销售订单). Lines are
 * copied; with no lines the total is the opportunity amount. The document keeps the deal's owner and currency.
 */
export function documentFromOpportunity(
  opp: Opportunity,
  kind: 'contract' | 'order',
  input: NewDocumentInput,
): { ok: true; document: NewRecord<SalesDocument> } | ConversionError {
  if (opp.status !== 'won')
    return { ok: false, field: 'status', message: `only a won opportunity converts into a ${kind}` };
  const bad = checkInput(input);
  if (bad) return bad;
  return { ok: true, document: fromOpportunity(opp, kind, input) };
}

/**
 * A draft quote (报价单) for a deal that is still alive: quoting happens while the deal is open (a stage may
 * require a quote to be entered) and a won deal may be re-quoted; a lost or expired one is over.
 */
export function quoteFromOpportunity(
  opp: Opportunity,
  input: NewDocumentInput,
): { ok: true; document: NewRecord<SalesDocument> } | ConversionError {
  if (opp.trashedAt)
    return { ok: false, field: 'trashedAt', message: 'an opportunity in the trash cannot be quoted' };
  if (opp.status === 'lost' || opp.status === 'expired')
    return { ok: false, field: 'status', message: `a ${opp.status} opportunity cannot be quoted` };
  const bad = checkInput(input);
  if (bad) return bad;
  return { ok: true, document: fromOpportunity(opp, 'quote', input) };
}

/** Contract and order lines are copies, so a line is recognised by product (or name) + spec + price. */
const lineKey = (l: ProductLine) => `${l.productId || l.name}\u0000${l.spec ?? ''}\u0000${l.unitPrice}`;

/** What is left to order of each contract line, given the orders already made from it (cancelled ones excluded). */
export function remainingContractLines(
  contract: SalesDocument,
  documents: readonly SalesDocument[],
): ProductLine[] {
  const ordered = new Map<string, number>();
  for (const d of documents) {
    if (
      d.kind !== 'order' ||
      d.sourceType !== 'contract' ||
      d.sourceId !== contract.id ||
      d.status === 'cancelled' ||
      d.trashedAt
    )
      continue;
    for (const l of d.lines) ordered.set(lineKey(l), (ordered.get(lineKey(l)) ?? 0) + l.quantity);
  }
  const left: ProductLine[] = [];
  for (const l of contract.lines) {
    const key = lineKey(l);
    const used = Math.min(ordered.get(key) ?? 0, l.quantity);
    ordered.set(key, (ordered.get(key) ?? 0) - used);
    if (l.quantity - used > 0) left.push({ ...l, quantity: l.quantity - used });
  }
  return left;
}

/**
 * An order from a contract's lines: all that is left to order, or the quantities picked per remaining line
 * (index into remainingContractLines), so a contract can ship in several orders without over-ordering.
 */
export function orderFromContract(
  contract: SalesDocument,
  documents: readonly SalesDocument[],
  input: NewDocumentInput & { take?: Array<{ index: number; quantity: number }> },
): { ok: true; document: NewRecord<SalesDocument> } | ConversionError {
  if (contract.kind !== 'contract')
    return { ok: false, field: 'kind', message: 'only a contract converts into orders this way' };
  if (contract.status === 'cancelled')
    return { ok: false, field: 'status', message: 'a cancelled contract cannot be ordered' };
  const bad = checkInput(input);
  if (bad) return bad;
  const left = remainingContractLines(contract, documents);
  let lines: ProductLine[];
  if (input.take) {
    lines = [];
    for (const [i, t] of input.take.entries()) {
      const line = left[t.index];
      if (!line)
        return {
          ok: false,
          field: `take.${i}.index`,
          message: `there is no remaining contract line ${t.index}`,
        };
      if (!(t.quantity > 0) || t.quantity > line.quantity)
        return {
          ok: false,
          field: `take.${i}.quantity`,
          message: `quantity must be above 0 and at most ${line.quantity}`,
        };
      lines.push({ ...line, quantity: t.quantity });
    }
  } else lines = left;
  if (lines.length === 0)
    return { ok: false, field: 'lines', message: 'everything on this contract has already been ordered' };
  return {
    ok: true,
    document: {
      id: input.id,
      ownerId: contract.ownerId,
      departmentId: contract.departmentId,
      kind: 'order',
      number: input.number.trim(),
      title: contract.title,
      accountId: contract.accountId,
      status: 'draft',
      sourceType: 'contract',
      sourceId: contract.id,
      currency: contract.currency,
      lines,
      total: lineTotal(lines),
      date: input.date,
      paymentPlan: [],
    },
  };
}

/**
 * The quote the customer accepted becomes the contract once its deal is won: the quoted lines and prices (which
 * may differ from the deal's) are what is signed. The contract links to the quote, the quote to the deal.
 */
export function contractFromQuote(
  quote: SalesDocument,
  opp: Opportunity,
  input: NewDocumentInput,
): { ok: true; document: NewRecord<SalesDocument> } | ConversionError {
  if (quote.kind !== 'quote')
    return { ok: false, field: 'kind', message: 'only a quote converts into a contract this way' };
  if (quote.status === 'cancelled')
    return { ok: false, field: 'status', message: 'a cancelled quote cannot become a contract' };
  if (quote.sourceType !== 'opportunity' || quote.sourceId !== opp.id)
    return { ok: false, field: 'sourceId', message: 'the quote does not belong to this opportunity' };
  if (opp.status !== 'won')
    return { ok: false, field: 'opportunity.status', message: 'the opportunity must be won first' };
  const bad = checkInput(input);
  if (bad) return bad;
  const lines = quote.lines.map((l) => ({ ...l }));
  return {
    ok: true,
    document: {
      id: input.id,
      ownerId: quote.ownerId,
      departmentId: quote.departmentId,
      kind: 'contract',
      number: input.number.trim(),
      title: quote.title,
      accountId: quote.accountId,
      status: 'draft',
      sourceType: 'quote',
      sourceId: quote.id,
      currency: quote.currency,
      lines,
      total: lines.length > 0 ? lineTotal(lines) : quote.total,
      date: input.date,
      paymentPlan: [],
    },
  };
}
