// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { defaultPipelines } from '@shared/pipeline/defaults';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { OpportunityBoard } from './OpportunityBoard';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const deal = (id: string, name: string, updatedAt: string): Opportunity =>
  ({ ...validDocs.opportunities, id, name, stageId: 'st-visit', status: 'open', updatedAt }) as Opportunity;

describe('OpportunityBoard', () => {
  it('marks open deals nobody touched for the company hours; a logged call keeps one fresh', async () => {
    const quiet = deal('opp-quiet01', 'Quiet deal', hoursAgo(72));
    const called = deal('opp-called1', 'Called deal', hoursAgo(72));
    const fresh = deal('opp-fresh01', 'Fresh deal', hoursAgo(2));
    await db.activities.insert({
      ...validDocs.activities,
      id: 'act-call0001',
      kind: 'call',
      subjectType: 'opportunity',
      subjectId: called.id,
      at: hoursAgo(5),
    } as never);
    render(
      <AppTestProviders db={db} language="en">
        <OpportunityBoard
          entry={defaultPipelines()[0]!}
          opportunities={[quiet, called, fresh]}
          rates={{ base: 'CNY', rateToBase: { USD: 7.2 } }}
          ownerName={(id) => id}
          staleHours={48}
        />
      </AppTestProviders>,
    );
    const card = (name: string) =>
      screen.getAllByTestId('opp-card').find((c) => c.textContent?.includes(name))!;
    await screen.findByTestId('stale-badge');
    expect(within(card('Quiet deal')).getByTestId('stale-badge')).toHaveTextContent('No follow-up for 48 h');
    expect(within(card('Called deal')).queryByTestId('stale-badge')).toBeNull();
    expect(within(card('Fresh deal')).queryByTestId('stale-badge')).toBeNull();
  });
});
