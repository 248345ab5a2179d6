// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { newFieldsOf } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, openTestDatabase } from '../../ui/testing';
import { LeadDetailPage } from './LeadDetailPage';

let db: CrmDatabase;
let id: string;
beforeEach(async () => {
  db = await openTestDatabase();
  const fields = newFieldsOf('leads');
  id = (await insertDoc(db, 'leads', { ...fields, title: 'Einkauf' }, { userId: 'local', departmentId: '' }))
    .id;
});
afterEach(async () => {
  cleanup();
  await db.remove();
});

const stored = async () => (await db.leads.findOne(id).exec())!.toJSON();

function renderDetail() {
  render(
    <AppTestProviders db={db} language="en" path={`/leads/${id}`}>
      <Routes>
        <Route path="/leads/:id" element={<LeadDetailPage />} />
      </Routes>
    </AppTestProviders>,
  );
}

describe('lead detail', () => {
  it('moves the lead to the trash and Undo in the toast restores it', async () => {
    const user = userEvent.setup();
    renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Move to trash' }));
    await waitFor(async () => expect((await stored()).trashedAt).toBeTruthy());
    expect(await screen.findByText('This lead is in the trash', { exact: false })).toBeInTheDocument();

    await user.click(await screen.findByTestId('undo-trash'));
    await waitFor(async () => expect((await stored()).trashedAt).toBeUndefined());
    expect(await screen.findByRole('button', { name: 'Move to trash' })).toBeInTheDocument();
  });

  it('edits with the same validation as entry: a bad phone names the field and changes nothing', async () => {
    const user = userEvent.setup();
    renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const phones = document.querySelector<HTMLInputElement>('form [name="phones"]')!;
    await user.clear(phones);
    await user.type(phones, 'call me');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('form-errors')).toHaveTextContent(
      '"Phones" is not a valid phone number: call me',
    );
    expect((await stored()).phones).toEqual(['+493012345678']);

    await user.clear(phones);
    await user.type(phones, '+49 30 7654321');
    const title = document.querySelector<HTMLInputElement>('form [name="title"]')!;
    await user.clear(title); // an emptied optional field is removed from the record
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await stored()).phones).toEqual(['+49307654321']));
    expect((await stored()).title).toBeUndefined();
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });
});
