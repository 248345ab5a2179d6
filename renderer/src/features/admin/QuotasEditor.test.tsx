// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CrmDatabase } from '../../db/database';
import { useDatabase } from '../../data/db-context';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import type { Session } from '../../data/session';
import { saveSetting } from '../../data/save-setting';
import { QuotasEditor } from './QuotasEditor';
import { useConfig } from '../../data/use-config';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const admin: Session = { userId: 'user-boss1', departmentId: '', role: 'admin', signedIn: true };
const profile = { email: 'li@demo.local', name: 'Li', role: 'rep', departmentId: 'dept-eu01', active: true };

async function seed() {
  await saveSetting(db, 'dept-eu01', 'department', { name: 'Europe' }, admin);
  await saveSetting(db, 'user-li01', 'user', profile, admin);
  await saveSetting(
    db,
    'user-boss1',
    'user',
    { ...profile, email: 'a@x.io', name: 'Boss', role: 'admin' },
    admin,
  );
}

/** The editor over the live settings, as the admin page mounts it. */
function LiveEditor({ readOnly }: { readOnly: boolean }) {
  const { settings } = useConfig(useDatabase());
  return <QuotasEditor settings={settings} currency="CNY" readOnly={readOnly} />;
}

function renderEditor(readOnly = false) {
  render(
    <AppTestProviders db={db} language="en" session={admin}>
      <LiveEditor readOnly={readOnly} />
    </AppTestProviders>,
  );
}

const quotaOf = async (id: string) => (await db.settings.findOne(id).exec())!.toJSON().data.monthlyQuota;

describe('QuotasEditor', () => {
  it('sets a monthly target for a rep and a department; admins are not listed', async () => {
    const user = userEvent.setup();
    await seed();
    renderEditor();
    const li = await screen.findByRole('textbox', { name: 'Monthly target of Li' });
    expect(screen.queryByRole('textbox', { name: 'Monthly target of Boss' })).toBeNull();
    await user.type(li, '250000{Enter}');
    await waitFor(async () => expect(await quotaOf('user-li01')).toBe(250_000));
    // The profile itself is untouched.
    expect((await db.settings.findOne('user-li01').exec())!.toJSON().data).toMatchObject(profile);

    await user.type(screen.getByRole('textbox', { name: 'Monthly target of Europe' }), '900000');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    await waitFor(async () => expect(await quotaOf('dept-eu01')).toBe(900_000));
  });

  it('refuses a negative target naming the field, and changes nothing', async () => {
    const user = userEvent.setup();
    await seed();
    renderEditor();
    await user.type(await screen.findByRole('textbox', { name: 'Monthly target of Li' }), '-5{Enter}');
    expect(await screen.findByText(/monthlyQuota/)).toBeInTheDocument();
    expect(await quotaOf('user-li01')).toBeUndefined();
  });

  it('is read-only for non-admins', async () => {
    await seed();
    renderEditor(true);
    expect(await screen.findByRole('textbox', { name: 'Monthly target of Li' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });
});
