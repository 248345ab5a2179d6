// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Actor } from '@shared/model/stamp';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import type { Session } from '../../data/session';
import { ExchangeRatesPage } from './ExchangeRatesPage';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const admin: Session = { userId: 'user-admin', departmentId: 'd1', role: 'admin', signedIn: true };
const rep: Session = { userId: 'u-li', departmentId: 'd1', role: 'rep', signedIn: true };
const seeder: Actor = { userId: 'u-seed', departmentId: 'd1' };

async function seed() {
  await insertDoc(
    db,
    'settings',
    {
      id: 'user-admin',
      kind: 'user',
      data: { email: 'admin@demo.local', name: '张总', role: 'admin', departmentId: 'd1', active: true },
    } as never,
    seeder,
  );
  await insertDoc(
    db,
    'settings',
    { id: 'rate-USD', kind: 'currencyRate', data: { currency: 'USD', rateToBase: 7.1 } } as never,
    seeder,
  );
}

const renderPage = (session: Session) =>
  render(
    <AppTestProviders db={db} session={session}>
      <ExchangeRatesPage />
    </AppTestProviders>,
  );

const usdRow = async () =>
  (await screen.findAllByTestId('rate-row')).find((r) => r.dataset.currency === 'USD')!;
/** The stored USD rate has loaded (until then the built-in default row shows, and is then replaced). */
const storedUsdRow = async () => {
  await waitFor(async () =>
    expect(within(await usdRow()).getByTestId('rate-changed')).toHaveTextContent('u-seed'),
  );
  return usdRow();
};
const storedUsd = async () => (await db.settings.findOne('rate-USD').exec())!.toJSON();

describe('ExchangeRatesPage', () => {
  it('an admin changes USD from 7.1 to 7.2: the settings doc holds it, stamped with the admin by name', async () => {
    const user = userEvent.setup();
    await seed();
    renderPage(admin);
    const row = await storedUsdRow();
    const input = within(row).getByRole('textbox', { name: 'USD 汇率' });
    expect(input).toHaveValue('7.1');
    await user.clear(input);
    await user.type(input, '7.2');
    await user.click(within(row).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await storedUsd()).data).toEqual({ currency: 'USD', rateToBase: 7.2 }));
    expect((await storedUsd()).updatedBy).toBe('user-admin');
    await waitFor(async () =>
      expect(within(await usdRow()).getByTestId('rate-changed')).toHaveTextContent('张总'),
    );
  });

  it('refuses a zero or negative rate naming the field, and changes nothing', async () => {
    const user = userEvent.setup();
    await seed();
    renderPage(admin);
    const before = await storedUsd();
    for (const bad of ['0', '-3']) {
      const row = await storedUsdRow();
      const input = within(row).getByRole('textbox', { name: 'USD 汇率' });
      await user.clear(input);
      await user.type(input, bad);
      await user.click(within(row).getByRole('button', { name: '保存' }));
      expect(await within(row).findByText('“USD 汇率”：必须是大于 0 的数字')).toBeInTheDocument();
    }
    expect(await storedUsd()).toEqual(before);
  });

  it('adds a currency from the list as a new settings doc and lists it', async () => {
    const user = userEvent.setup();
    await seed();
    renderPage(admin);
    const add = await screen.findByTestId('rate-add');
    await user.click(within(add).getByLabelText('添加币种'));
    await user.click(await screen.findByRole('option', { name: 'CHF', hidden: true }));
    await user.type(within(add).getByLabelText('汇率（折合 CNY）'), '8.05');
    await user.click(within(add).getByRole('button', { name: '添加' }));
    await waitFor(async () =>
      expect((await db.settings.findOne('rate-CHF').exec())?.toJSON().data).toEqual({
        currency: 'CHF',
        rateToBase: 8.05,
      }),
    );
    expect(await screen.findAllByTestId('rate-row')).toContainEqual(
      expect.objectContaining({ dataset: expect.objectContaining({ currency: 'CHF' }) }),
    );
  });

  it('refuses to add without a currency or with a zero rate, naming the field, and writes nothing', async () => {
    const user = userEvent.setup();
    await seed();
    renderPage(admin);
    const add = await screen.findByTestId('rate-add');
    await user.type(within(add).getByLabelText('汇率（折合 CNY）'), '8');
    await user.click(within(add).getByRole('button', { name: '添加' }));
    expect(await within(add).findByText('“币种”：必填')).toBeInTheDocument();
    await user.click(within(add).getByLabelText('添加币种'));
    await user.click(await screen.findByRole('option', { name: 'CHF', hidden: true }));
    await user.clear(within(add).getByLabelText('汇率（折合 CNY）'));
    await user.type(within(add).getByLabelText('汇率（折合 CNY）'), '0');
    await user.click(within(add).getByRole('button', { name: '添加' }));
    expect(await within(add).findByText('“CHF 汇率”：必须是大于 0 的数字')).toBeInTheDocument();
    expect(await db.settings.findOne('rate-CHF').exec()).toBeNull();
  });

  it('shows rates read-only to a rep, with no save or add', async () => {
    await seed();
    renderPage(rep);
    const row = await storedUsdRow();
    expect(within(row).getByRole('textbox', { name: 'USD 汇率' })).toHaveAttribute('readonly');
    expect(screen.getByTestId('admin-readonly')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    expect(screen.queryByTestId('rate-add')).toBeNull();
  });
});
