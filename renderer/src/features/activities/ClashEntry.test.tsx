// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { validDocs } from '@shared/model/fixtures';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import type { CrmDatabase } from '../../db/database';
import { Timeline } from './Timeline';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

const li = { userId: 'u-li', departmentId: 'd-1', role: 'rep' as const, signedIn: true };

async function seedClash() {
  await db.leads.insert({ ...validDocs.leads, phones: ['+493012345678'] } as never);
  await db.activities.insert({
    ...validDocs.activities,
    id: 'cf-1',
    kind: 'conflict',
    subjectType: 'lead',
    subjectId: validDocs.leads.id,
    accountId: '',
    title: 'phones: kept "[...]", replaced "[...]"',
    createdBy: 'u-gone',
    data: {
      collection: 'leads',
      field: 'phones',
      winnerValue: ['+493012345678'],
      loserValue: ['+498912345678'],
      loserUpdatedAt: '2026-04-15T09:00:00.000Z',
      loserUpdatedBy: 'u-gone',
      winnerUpdatedAt: '2026-04-15T10:00:00.000Z',
      winnerUpdatedBy: 'u-li',
    },
  } as never);
}

describe('a clash in the timeline', () => {
  it('reads as the field label and both values formatted, with who and when; no raw key or id', async () => {
    await seedClash();
    render(
      <AppTestProviders db={db} session={li}>
        <Timeline subjectId={validDocs.leads.id} />
      </AppTestProviders>,
    );
    const clash = await screen.findByTestId('clash');
    expect(clash).toHaveTextContent('“电话”在两处被同时修改');
    expect(screen.getByTestId('clash-kept')).toHaveTextContent('保留：030 12345678 (DE)');
    expect(screen.getByTestId('clash-kept')).toHaveTextContent('我');
    expect(screen.getByTestId('clash-replaced')).toHaveTextContent('被替换：089 12345678 (DE)');
    expect(screen.getByTestId('clash-replaced')).toHaveTextContent('未知用户');
    expect(document.body).not.toHaveTextContent('phones');
    expect(document.body).not.toHaveTextContent('u-gone');
  });

  it('lets the owner restore the replaced value in one click', async () => {
    await seedClash();
    render(
      <AppTestProviders db={db} session={li}>
        <Timeline subjectId={validDocs.leads.id} />
      </AppTestProviders>,
    );
    fireEvent.click(await screen.findByTestId('clash-restore'));
    await waitFor(async () => {
      const lead = await db.leads.findOne(validDocs.leads.id).exec();
      expect(lead?.toJSON().phones).toEqual(['+498912345678']);
    });
  });
});
