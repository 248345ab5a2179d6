// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { newFieldsOf } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import type { Session } from '../../data/session';
import { SyncContext } from '../../data/sync-context';
import { testSyncApi } from '../../data/test-sync-api';
import { AccountsPage } from './AccountsPage';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const manager: Session = { userId: 'u-mgr', departmentId: 'd1', role: 'manager', signedIn: true };
const rep: Session = { userId: 'u-li', departmentId: 'd1', role: 'rep', signedIn: true };

async function seed() {
  for (const name of ['Alpha GmbH', 'Beta SpA', 'Gamma Ltd', 'Delta Inc'])
    await insertDoc(
      db,
      'accounts',
      { ...newFieldsOf('accounts'), name, nameKey: name.toLowerCase() },
      {
        userId: 'u-li',
        departmentId: 'd1',
      },
    );
}

/** Signed in but not connected: the dialog opens and says assignment needs the server. */
const offlineSync = testSyncApi({
  user: { id: 'u-mgr', name: 'Manager', email: 'm@demo.local', role: 'manager', departmentId: 'd1' },
});

function renderPage(session: Session) {
  render(
    <AppTestProviders db={db} language="en" session={session}>
      <SyncContext.Provider value={offlineSync}>
        <AccountsPage />
      </SyncContext.Provider>
    </AppTestProviders>,
  );
}

describe('AccountsPage selection', () => {
  it('a manager ticks rows (shift-click for a range) and assigns just those', async () => {
    const user = userEvent.setup();
    await seed();
    renderPage(manager);
    await screen.findByRole('checkbox', { name: 'Select Alpha GmbH' });
    const button = screen.getByTestId('assign-button');
    expect(button).toHaveTextContent('Assign (4)');

    await user.click(screen.getByRole('checkbox', { name: 'Select Alpha GmbH' }));
    // Sorted by name: Alpha, Beta, Delta, Gamma.
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Delta Inc' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByTestId('selected-count')).toHaveTextContent('3 selected');
    expect(button).toHaveTextContent('Assign 3 selected');
    expect(screen.getByRole('checkbox', { name: 'Select Gamma Ltd' })).not.toBeChecked();

    // Filtering hides a ticked row: it leaves the selection.
    await user.type(screen.getByRole('textbox', { name: /Search accounts/ }), 'Alpha');
    await waitFor(() => expect(screen.getByTestId('selected-count')).toHaveTextContent('1 selected'));

    await user.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Assign 1 accounts');
    expect(screen.getByTestId('assign-offline')).toBeInTheDocument();
  });

  it('reps get no tick boxes and no assign button', async () => {
    await seed();
    renderPage(rep);
    await screen.findByText('Alpha GmbH');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByTestId('assign-button')).toBeNull();
  });
});
