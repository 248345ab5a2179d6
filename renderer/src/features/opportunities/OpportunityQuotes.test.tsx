// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { defaultPipelines } from '@shared/pipeline/defaults';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { LOCAL_SESSION } from '../../data/session';
import { DocumentDetailPage } from '../documents';
import { userCode } from '../documents';
import { numberingIdentity } from '../documents';
import { OpportunityQuotes } from './OpportunityQuotes';
import { moveToStage } from './stage-move';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const deal = {
  ...validDocs.opportunities,
  stageId: 'st-visit',
  currency: 'USD',
  lines: [{ productId: '', name: 'Kettle KT-100', quantity: 500, unitPrice: 12 }],
} as Opportunity;

function renderQuotes(opp: Opportunity) {
  render(
    <AppTestProviders db={db} language="en" path={`/opportunities/${opp.id}`}>
      <Routes>
        <Route path="/opportunities/:id" element={<OpportunityQuotes opp={opp} />} />
        <Route path="/documents/:id" element={<DocumentDetailPage />} />
      </Routes>
    </AppTestProviders>,
  );
}

describe('opportunity quotes', () => {
  it('"New quote" creates the deal’s quote, opens it, and the quote unlocks a stage requiring one', async () => {
    await db.opportunities.insert(deal);
    const user = userEvent.setup();
    renderQuotes(deal);
    expect(await screen.findByText('No quotes yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New quote' }));

    // Not signed in: the number carries this device's code.
    const code = userCode(numberingIdentity(LOCAL_SESSION.userId));
    expect(await screen.findByTestId('doc-number')).toHaveTextContent(new RegExp(`^QT-\\d{8}-${code}-001$`));
    expect(screen.getByTestId('doc-total')).toHaveTextContent('$6,000.00');
    const [quote] = await db.documents.find().exec();
    expect(quote).toMatchObject({ kind: 'quote', sourceType: 'opportunity', sourceId: deal.id });

    const pipeline = defaultPipelines()[0]!.pipeline;
    const quoting = {
      ...pipeline,
      stages: pipeline.stages.map((s) => (s.id === 'st-quote' ? { ...s, requires: ['quote' as const] } : s)),
    };
    const moved = await moveToStage(db, deal, 'st-quote', quoting, LOCAL_SESSION);
    expect(moved.ok).toBe(true);
  });

  it('lists the deal’s quotes with number, status and total in its currency, each a link', async () => {
    await db.documents.insert({
      ...validDocs.documents,
      id: 'doc-quote0001',
      kind: 'quote',
      number: 'QT-20261123-K7F2-004',
      status: 'sent',
      sourceType: 'opportunity',
      sourceId: deal.id,
      currency: 'USD',
      total: 6000,
    } as never);
    // Not this deal's quote: an order of it, and a quote of another deal.
    await db.documents.insert({
      ...validDocs.documents,
      id: 'doc-order0001',
      kind: 'order',
      sourceType: 'opportunity',
      sourceId: deal.id,
    } as never);
    renderQuotes(deal);
    const rows = await screen.findAllByTestId('opp-quote-row');
    expect(rows).toHaveLength(1);
    const row = within(rows[0]!);
    expect(row.getByRole('link', { name: 'QT-20261123-K7F2-004' })).toHaveAttribute(
      'href',
      '/documents/doc-quote0001',
    );
    expect(rows[0]).toHaveTextContent('Sent');
    expect(rows[0]).toHaveTextContent('$6,000.00');
  });

  it('offers no new quote for a lost deal', async () => {
    renderQuotes({ ...deal, status: 'lost' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'New quote' })).toBeDisabled());
  });
});
