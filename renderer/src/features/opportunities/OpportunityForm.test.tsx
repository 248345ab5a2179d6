// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import type { Stage } from '@shared/model/settings';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import type { Session } from '../../data/session';
import { OpportunityForm } from './OpportunityForm';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const manager: Session = { userId: 'user-mgr', departmentId: 'd-1', role: 'manager', signedIn: true };
const stage: Stage = { id: 'st-samples', name: 'Samples', probability: 40, kind: 'open' };
const project: Opportunity = {
  ...validDocs.opportunities,
  id: 'opp-project1',
  kind: 'project',
  pipelineId: 'pl-project',
  teamMemberIds: ['user-wang'],
};

async function seed() {
  const people = [
    ['user-wang', 'Wang Fang', true],
    ['user-li01', 'Li Lei', true],
    ['user-gone', 'Zhao Left', false],
  ] as const;
  for (const [id, name, active] of people)
    await insertDoc(
      db,
      'settings',
      {
        id,
        kind: 'user',
        data: { email: `${id}@demo.local`, name, role: 'rep', departmentId: 'd-1', active },
      } as never,
      manager,
    );
  await db.opportunities.insert(project as never);
}

describe('OpportunityForm team members', () => {
  it('shows members by name and adds an active user by name, storing user ids', async () => {
    const user = userEvent.setup();
    await seed();
    render(
      <AppTestProviders db={db} language="en" session={manager}>
        <OpportunityForm opp={project} stage={stage} customFields={[]} />
      </AppTestProviders>,
    );
    const team = screen.getByTestId('team-members').closest('.mantine-MultiSelect-root') as HTMLElement;
    // The current member shows as a name once the users have loaded, never as the raw id.
    await waitFor(() => expect(team).toHaveTextContent('Wang Fang'));
    expect(team).not.toHaveTextContent('user-wang');

    await user.click(screen.getByTestId('team-members'));
    const li = await screen.findByRole('option', { name: 'Li Lei', hidden: true });
    // Inactive users are not offered.
    expect(screen.queryByRole('option', { name: 'Zhao Left', hidden: true })).toBeNull();
    await user.click(li);
    expect(within(team).getByText('Li Lei')).toBeInTheDocument();

    await user.click(screen.getByTestId('opp-save'));
    await waitFor(async () =>
      expect((await db.opportunities.findOne('opp-project1').exec())!.teamMemberIds).toEqual([
        'user-wang',
        'user-li01',
      ]),
    );
  });
});
