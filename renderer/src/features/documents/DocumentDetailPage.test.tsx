// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { DocumentDetailPage } from './DocumentDetailPage';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const quote = {
  ...validDocs.documents,
  id: 'doc-quote0001',
  kind: 'quote',
  number: 'QT-20261123-K7F2-001',
  status: 'sent',
  sourceType: 'opportunity',
  sourceId: validDocs.opportunities.id,
  lines: [{ productId: '', name: 'Kettle', quantity: 100, unitPrice: 11.5 }],
  total: 1150,
} as never;

async function renderQuote(status: Opportunity['status']) {
  await db.opportunities.insert({ ...validDocs.opportunities, status } as Opportunity);
  await db.documents.insert(quote);
  render(
    <AppTestProviders db={db} language="en" path="/documents/doc-quote0001">
      <Routes>
        <Route path="/documents/:id" element={<DocumentDetailPage />} />
      </Routes>
    </AppTestProviders>,
  );
  expect(await screen.findByTestId('doc-number')).toHaveTextContent('QT-20261123-K7F2-001');
}

describe('quote detail', () => {
  it('turns the quote of a won deal into a contract with the quoted lines and opens it', async () => {
    await renderQuote('won');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Convert to contract' }));
    await waitFor(() =>
      expect(screen.getByTestId('doc-number')).toHaveTextContent(/^SC-\d{8}-[0-9A-Z]{4}-001$/),
    );
    const [contract] = await db.documents.find({ selector: { kind: 'contract' } }).exec();
    expect(contract).toMatchObject({ sourceType: 'quote', sourceId: 'doc-quote0001', total: 1150 });
  });

  it('offers no contract while the deal is still open', async () => {
    await renderQuote('open');
    expect(screen.queryByRole('button', { name: 'Convert to contract' })).toBeNull();
  });
});
