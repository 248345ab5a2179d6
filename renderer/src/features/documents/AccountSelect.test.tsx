// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { newFieldsOf } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import type { Session } from '../../data/session';
import { DocumentsPage } from './DocumentsPage';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const rep: Session = { userId: 'user-li01', departmentId: 'd-1', role: 'rep', signedIn: true };

describe('creating a document directly', () => {
  it('searches accounts by name and creates the draft for the chosen one', async () => {
    const user = userEvent.setup();
    for (const name of ['Müller Haushaltsgeräte GmbH', 'Iberia Trading SL'])
      await insertDoc(db, 'accounts', { ...newFieldsOf('accounts'), name, nameKey: name.toLowerCase() }, rep);
    const iberia = (await db.accounts.findOne({ selector: { name: 'Iberia Trading SL' } }).exec())!;
    render(
      <AppTestProviders db={db} session={rep} path="/documents">
        <DocumentsPage />
      </AppTestProviders>,
    );
    await user.click(screen.getByTestId('doc-new'));
    const picker = await screen.findByTestId('doc-new-account');
    await user.type(picker, 'iber');
    const match = await screen.findByRole('option', { name: 'Iberia Trading SL', hidden: true });
    // Only the matching account is offered.
    expect(screen.queryByRole('option', { name: 'Müller Haushaltsgeräte GmbH', hidden: true })).toBeNull();
    await user.click(match);
    // The menu stays open after picking the account: the kind is chosen next.
    await user.click(await screen.findByTestId('doc-new-quote'));
    await waitFor(async () => {
      const docs = await db.documents.find().exec();
      expect(docs.map((d) => [d.kind, d.accountId])).toEqual([['quote', iberia.id]]);
    });
  });
});
