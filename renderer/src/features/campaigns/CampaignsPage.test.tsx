// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, withTestDatabase } from '../../ui/testing';
import { CampaignsPage } from './CampaignsPage';

let db: CrmDatabase;
withTestDatabase((opened) => (db = opened));

describe('campaigns page', () => {
  it('says it is reading until the local store answers, never "no campaigns" before that', async () => {
    render(
      <AppTestProviders db={db} language="en">
        <CampaignsPage />
      </AppTestProviders>,
    );
    // The first paint comes before the store's first answer.
    expect(screen.getByTestId('list-loading')).toBeInTheDocument();
    expect(screen.queryByTestId('campaigns-empty')).toBeNull();
    expect(await screen.findByTestId('campaigns-empty')).toBeInTheDocument();
    expect(screen.queryByTestId('list-loading')).toBeNull();
  });
});
