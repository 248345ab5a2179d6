// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { localDay } from '../../ui/format';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { SamplesPage } from './SamplesPage';

let db: CrmDatabase;
beforeEach(() => localStorage.clear());
withTestDatabase((opened) => (db = opened));

const input = (name: string) =>
  document.querySelector<HTMLInputElement>(`[data-testid="sample-editor"] [name="${name}"]`)!;
const stored = async () => (await db.samples.findOne().exec())!.toJSON();

describe('samples page', () => {
  it('records a shipment, refuses to ship it without tracking, ships it with a follow-up date, and moves it between work lists', async () => {
    const user = userEvent.setup();
    render(
      <AppTestProviders db={db} language="en">
        <SamplesPage />
      </AppTestProviders>,
    );
    await user.click(await screen.findByRole('button', { name: 'New sample shipment' }));
    await user.type(input('lines.0.name'), 'Kettle K-200');
    await user.clear(input('lines.0.quantity'));
    await user.type(input('lines.0.quantity'), '2');
    await user.clear(input('lines.0.unitCost'));
    await user.type(input('lines.0.unitCost'), '35');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.samples.count().exec()).toBe(1));
    expect(await stored()).toMatchObject({
      status: 'requested',
      lines: [{ name: 'Kettle K-200', quantity: 2, unitCost: 35, charged: false }],
    });
    await waitFor(() => expect(screen.getByRole('tab', { name: /To ship \(1\)/ })).toBeTruthy());

    await user.click(await screen.findByRole('button', { name: 'Start preparing' }));
    await waitFor(async () => expect((await stored()).status).toBe('preparing'));

    // Shipping needs courier, tracking number and ship date: the date is offered as today, the missing ones
    // are named and nothing changes.
    expect(input('shipDate')).toHaveValue(localDay(new Date()));
    await user.clear(input('shipDate'));
    await user.type(input('courier'), 'DHL');
    await user.click(await screen.findByRole('button', { name: 'Mark shipped' }));
    expect(await screen.findByText('“Tracking number” is required')).toBeTruthy();
    expect(screen.getByText('“Ship date” is required')).toBeTruthy();
    expect((await stored()).status).toBe('preparing');

    await user.type(input('trackingNumber'), '1234567890');
    await user.type(input('shipDate'), '2026-04-20');
    await user.click(screen.getByRole('button', { name: 'Mark shipped' }));
    await waitFor(async () => expect((await stored()).status).toBe('shipped'));
    expect(await stored()).toMatchObject({
      courier: 'DHL',
      trackingNumber: '1234567890',
      shipDate: '2026-04-20',
      followUpDate: '2026-04-30',
    });
    await waitFor(() => expect(input('followUpDate').value).toBe('2026-04-30'));

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('tab', { name: /In transit/ }));
    const row = await screen.findByTestId('sample-row');
    expect(within(row).getByText('DHL 1234567890')).toBeTruthy();
    expect(within(row).getByText('Shipped')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /To ship \(0\)/ })).toBeTruthy();
  });
});
