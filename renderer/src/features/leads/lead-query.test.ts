import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Lead } from '@shared/model/lead';
import { emptyFilter, queryLeads, type Sort } from './lead-query';

const mk = (id: string, patch: Partial<Lead>): Lead => ({ ...validDocs.leads, id, ...patch });
const leads = [
  mk('l1', {
    name: 'Bob',
    company: 'Zeta',
    interest: 'cold',
    status: 'new',
    campaignId: 'c1',
    ownerId: 'u1',
    country: 'DE',
    capturedAt: '2026-04-15T08:00:00.000Z',
  }),
  mk('l2', {
    name: 'alice',
    company: 'Alpha',
    interest: 'hot',
    status: 'qualified',
    campaignId: 'c2',
    ownerId: 'u2',
    country: 'de',
    capturedAt: '2026-04-16T08:00:00.000Z',
  }),
  mk('l3', {
    name: 'Carl',
    company: 'Beta',
    interest: 'warm',
    status: 'new',
    campaignId: '',
    ownerId: 'u1',
    capturedAt: '2026-04-17T08:00:00.000Z',
  }),
  mk('l4', {
    name: 'Dora',
    company: 'Gamma',
    interest: 'hot',
    status: 'new',
    campaignId: 'c1',
    ownerId: 'u1',
    capturedAt: '2026-04-17T09:00:00.000Z',
    trashedAt: '2026-04-18T00:00:00.000Z',
  }),
];
const utcDay = (iso: string) => iso.slice(0, 10);
const collator = new Intl.Collator('en');
const byName: Sort = { key: 'name', dir: 'asc' };
const ids = (rows: Lead[]) => rows.map((r) => r.id);

describe('queryLeads', () => {
  it('hides the trash unless asked, and shows only the trash when asked', () => {
    expect(ids(queryLeads(leads, emptyFilter, byName, null, utcDay, collator))).toEqual(['l2', 'l1', 'l3']);
    expect(ids(queryLeads(leads, { ...emptyFilter, trash: true }, byName, null, utcDay, collator))).toEqual([
      'l4',
    ]);
  });

  it('filters by campaign (including "none"), status and owner', () => {
    expect(
      ids(queryLeads(leads, { ...emptyFilter, campaignId: 'c1' }, byName, null, utcDay, collator)),
    ).toEqual(['l1']);
    expect(
      ids(queryLeads(leads, { ...emptyFilter, campaignId: '' }, byName, null, utcDay, collator)),
    ).toEqual(['l3']);
    expect(
      ids(
        queryLeads(leads, { ...emptyFilter, status: 'new', ownerId: 'u1' }, byName, null, utcDay, collator),
      ),
    ).toEqual(['l1', 'l3']);
  });

  it('filters by country, whatever the case it was typed in; leads without one never match', () => {
    expect(ids(queryLeads(leads, { ...emptyFilter, country: 'DE' }, byName, null, utcDay, collator))).toEqual(
      ['l2', 'l1'],
    );
    expect(ids(queryLeads(leads, { ...emptyFilter, country: 'FR' }, byName, null, utcDay, collator))).toEqual(
      [],
    );
  });

  it('filters by an inclusive date range of local days', () => {
    expect(
      ids(
        queryLeads(
          leads,
          { ...emptyFilter, from: '2026-04-16', to: '2026-04-16' },
          byName,
          null,
          utcDay,
          collator,
        ),
      ),
    ).toEqual(['l2']);
    expect(
      ids(queryLeads(leads, { ...emptyFilter, from: '2026-04-16' }, byName, null, utcDay, collator)),
    ).toEqual(['l2', 'l3']);
  });

  it('applies search hits', () => {
    expect(ids(queryLeads(leads, emptyFilter, byName, new Set(['l3', 'l4']), utcDay, collator))).toEqual([
      'l3',
    ]);
  });

  it('sorts by text case-insensitively, by rank for interest, by time, in both directions', () => {
    expect(
      ids(queryLeads(leads, emptyFilter, { key: 'company', dir: 'desc' }, null, utcDay, collator)),
    ).toEqual(['l1', 'l3', 'l2']);
    expect(
      ids(queryLeads(leads, emptyFilter, { key: 'interest', dir: 'asc' }, null, utcDay, collator)),
    ).toEqual(['l2', 'l3', 'l1']);
    expect(
      ids(queryLeads(leads, emptyFilter, { key: 'capturedAt', dir: 'desc' }, null, utcDay, collator)),
    ).toEqual(['l3', 'l2', 'l1']);
  });
});
