import { describe, expect, it } from 'vitest';
import type { SalesDocument } from '@shared/model/document';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { stampNew } from '@shared/model/stamp';
import { validateDoc } from '@shared/model/validate';
import {
  contractFromQuote,
  documentFromOpportunity,
  orderFromContract,
  quoteFromOpportunity,
  remainingContractLines,
} from './convert-deal';

const won: Opportunity = {
  ...validDocs.opportunities,
  status: 'won',
  stageId: 'st-won',
  lines: [
    { productId: 'prd-00000001', name: 'Kettle', quantity: 1000, unitPrice: 12.5 },
    { productId: '', name: 'Toaster', spec: '2 slots', quantity: 500, unitPrice: 9.99 },
  ],
};
const input = { id: 'doc-new00001', number: ' SC-2026-1 ', date: '2026-05-03' };

function ok<T>(r: { ok: true; document: T } | { ok: false; field: string; message: string }): T {
  if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
  return r.document;
}

describe('documentFromOpportunity', () => {
  it('turns a won opportunity into a contract linked back to it', () => {
    const doc = ok(documentFromOpportunity(won, 'contract', input));
    expect(doc).toMatchObject({
      kind: 'contract',
      number: 'SC-2026-1',
      sourceType: 'opportunity',
      sourceId: won.id,
      accountId: won.accountId,
      currency: 'EUR',
      total: 17495,
      status: 'draft',
    });
    expect(doc.lines).toEqual(won.lines);
    expect(doc.lines[0]).not.toBe(won.lines[0]);
    expect(
      validateDoc('documents', stampNew(doc, { userId: 'u-li', departmentId: 'd-1' }, new Date())).ok,
    ).toBe(true);
  });

  it('turns it straight into an order; without lines the total is the amount', () => {
    expect(ok(documentFromOpportunity({ ...won, lines: [] }, 'order', input))).toMatchObject({
      kind: 'order',
      total: won.amount,
      lines: [],
    });
  });

  it('refuses an opportunity that is not won and bad document input', () => {
    expect(documentFromOpportunity({ ...won, status: 'open' }, 'order', input)).toMatchObject({
      ok: false,
      field: 'status',
    });
    expect(documentFromOpportunity(won, 'order', { ...input, number: ' ' })).toMatchObject({
      ok: false,
      field: 'number',
    });
    expect(documentFromOpportunity(won, 'order', { ...input, date: '2026-13-01' })).toMatchObject({
      ok: false,
      field: 'date',
    });
  });
});

describe('quoteFromOpportunity', () => {
  const open: Opportunity = { ...won, status: 'open', stageId: 'st-visit' };

  it('quotes an open deal as a draft linked back to it, with its lines, account, currency and total', () => {
    const quote = ok(quoteFromOpportunity(open, { ...input, number: ' QT-20260503-K7F2-001 ' }));
    expect(quote).toMatchObject({
      kind: 'quote',
      number: 'QT-20260503-K7F2-001',
      title: open.name,
      status: 'draft',
      sourceType: 'opportunity',
      sourceId: open.id,
      accountId: open.accountId,
      ownerId: open.ownerId,
      currency: 'EUR',
      total: 17495,
      date: '2026-05-03',
    });
    expect(quote.lines).toEqual(open.lines);
    expect(quote.lines[1]).not.toBe(open.lines[1]);
    expect(
      validateDoc('documents', stampNew(quote, { userId: 'u-li', departmentId: 'd-1' }, new Date())).ok,
    ).toBe(true);
  });

  it('quotes the amount when the deal has no lines, and also a won deal', () => {
    expect(ok(quoteFromOpportunity({ ...open, lines: [] }, input))).toMatchObject({
      total: open.amount,
      lines: [],
    });
    expect(ok(quoteFromOpportunity(won, input)).kind).toBe('quote');
  });

  it('refuses a lost, expired or trashed deal and bad input, naming the field', () => {
    for (const status of ['lost', 'expired'] as const)
      expect(quoteFromOpportunity({ ...open, status }, input)).toMatchObject({ ok: false, field: 'status' });
    expect(quoteFromOpportunity({ ...open, trashedAt: '2026-05-01T00:00:00.000Z' }, input)).toMatchObject({
      ok: false,
      field: 'trashedAt',
    });
    expect(quoteFromOpportunity(open, { ...input, number: '' })).toMatchObject({
      ok: false,
      field: 'number',
    });
    expect(quoteFromOpportunity(open, { ...input, date: '3 May' })).toMatchObject({
      ok: false,
      field: 'date',
    });
  });
});

describe('quote → contract', () => {
  const quote: SalesDocument = {
    ...validDocs.documents,
    ...ok(quoteFromOpportunity({ ...won, status: 'open' }, input)),
    id: 'doc-quote001',
    status: 'sent',
    // Negotiated down from the deal's price list.
    lines: [{ productId: 'prd-00000001', name: 'Kettle', quantity: 1000, unitPrice: 11.8 }],
    total: 11800,
  };

  it('turns the quote of a won deal into a contract with the quoted lines, linked to the quote', () => {
    const contract = ok(contractFromQuote(quote, won, { ...input, id: 'doc-contract9' }));
    expect(contract).toMatchObject({
      kind: 'contract',
      status: 'draft',
      sourceType: 'quote',
      sourceId: quote.id,
      accountId: quote.accountId,
      currency: 'EUR',
      total: 11800,
    });
    expect(contract.lines).toEqual(quote.lines);
    expect(contract.lines[0]).not.toBe(quote.lines[0]);
  });

  it("refuses before the deal is won, a cancelled quote, another deal's quote and a non-quote", () => {
    expect(contractFromQuote(quote, { ...won, status: 'open' }, input)).toMatchObject({
      ok: false,
      field: 'opportunity.status',
    });
    expect(contractFromQuote({ ...quote, status: 'cancelled' }, won, input)).toMatchObject({
      ok: false,
      field: 'status',
    });
    expect(contractFromQuote(quote, { ...won, id: 'opp-other01' }, input)).toMatchObject({
      ok: false,
      field: 'sourceId',
    });
    expect(contractFromQuote({ ...quote, kind: 'order' }, won, input)).toMatchObject({
      ok: false,
      field: 'kind',
    });
    expect(contractFromQuote(quote, won, { ...input, number: ' ' })).toMatchObject({
      ok: false,
      field: 'number',
    });
  });
});

describe('contract → orders', () => {
  const contract: SalesDocument = {
    ...validDocs.documents,
    ...ok(documentFromOpportunity(won, 'contract', input)),
    id: 'doc-contract1',
    status: 'signed',
  };

  it('orders everything left on the contract by default', () => {
    const order = ok(orderFromContract(contract, [], { ...input, id: 'doc-order001' }));
    expect(order).toMatchObject({
      kind: 'order',
      sourceType: 'contract',
      sourceId: contract.id,
      total: 17495,
    });
    expect(order.lines.map((l) => l.quantity)).toEqual([1000, 500]);
  });

  it('splits a contract into several orders without over-ordering', () => {
    const first = ok(
      orderFromContract(contract, [], { ...input, id: 'doc-order001', take: [{ index: 0, quantity: 400 }] }),
    );
    expect(first.lines).toEqual([{ ...won.lines[0], quantity: 400 }]);
    expect(first.total).toBe(5000);
    const placed = [{ ...validDocs.documents, ...first }];
    expect(remainingContractLines(contract, placed).map((l) => [l.name, l.quantity])).toEqual([
      ['Kettle', 600],
      ['Toaster', 500],
    ]);
    const second = ok(orderFromContract(contract, placed, { ...input, id: 'doc-order002' }));
    expect(second.lines.map((l) => l.quantity)).toEqual([600, 500]);
    const all = [...placed, { ...validDocs.documents, ...second }];
    expect(orderFromContract(contract, all, { ...input, id: 'doc-order003' })).toMatchObject({
      ok: false,
      field: 'lines',
    });
    const cancelled = all.map((d) => (d.id === 'doc-order002' ? { ...d, status: 'cancelled' as const } : d));
    expect(remainingContractLines(contract, cancelled)).toHaveLength(2);
  });

  it('refuses picks beyond what is left, naming the pick', () => {
    expect(orderFromContract(contract, [], { ...input, take: [{ index: 0, quantity: 1001 }] })).toMatchObject(
      { ok: false, field: 'take.0.quantity' },
    );
    expect(orderFromContract(contract, [], { ...input, take: [{ index: 5, quantity: 1 }] })).toMatchObject({
      ok: false,
      field: 'take.0.index',
    });
    expect(orderFromContract({ ...contract, kind: 'quote' }, [], input)).toMatchObject({
      ok: false,
      field: 'kind',
    });
    expect(orderFromContract({ ...contract, status: 'cancelled' }, [], input)).toMatchObject({
      ok: false,
      field: 'status',
    });
  });
});
