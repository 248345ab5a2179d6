// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CrmDatabase } from '../../db/database';
import { LOCAL_SESSION } from '../../data/session';
import { saveSetting } from '../../data/save-setting';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { AccountFormModal } from './AccountFormModal';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const input = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('the account form (drawn from the account schema)', () => {
  it('names a bad field in the UI language and writes nothing; a good form creates the account', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const onCreated = vi.fn();
    render(
      <AppTestProviders db={db}>
        <AccountFormModal onClose={onClose} onCreated={onCreated} />
      </AppTestProviders>,
    );
    await user.type(await screen.findByLabelText(/公司名称/), 'Müller GmbH');
    await user.type(input('emails'), 'nope');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('“邮箱”不是有效的邮箱地址：nope')).toBeInTheDocument();
    expect(input('emails')).toHaveFocus();
    expect(onCreated).not.toHaveBeenCalled();

    await user.clear(input('emails'));
    await user.type(input('emails'), 'Info@Mueller.de');
    await user.type(input('country'), 'de');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]![0]).toMatchObject({
      name: 'Müller GmbH',
      emails: ['info@mueller.de'],
      country: 'DE',
      tier: 'C',
      lifecycle: 'prospect',
    });
  });

  it('shows the custom fields an admin defined for accounts, with no account code for them', async () => {
    await saveSetting(
      db,
      'cf-account-vat',
      'customField',
      { entity: 'account', key: 'vat', label: 'VAT No.', type: 'text', required: false, order: 0 },
      LOCAL_SESSION,
    );
    const user = userEvent.setup();
    const onClose = vi.fn();
    const onCreated = vi.fn();
    render(
      <AppTestProviders db={db} language="en">
        <AccountFormModal onClose={onClose} onCreated={onCreated} />
      </AppTestProviders>,
    );
    await user.type(await screen.findByLabelText(/Company name/), 'Vat Co');
    await user.type(await screen.findByLabelText('VAT No.'), 'DE123');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]![0]).toMatchObject({ custom: { vat: 'DE123' } });
  });
});
