import { describe, expect, it } from 'vitest';
import { activeEntryPoints, salesStart } from './entry-points';

describe('entry points', () => {
  it('offers the whole chain with lead management on', () => {
    expect(activeEntryPoints({ leadManagement: true })).toEqual([
      'campaigns',
      'leads',
      'opportunities',
      'contracts',
      'orders',
    ]);
    expect(salesStart({ leadManagement: true })).toBe('leads');
  });

  it('starts at opportunities with lead management off', () => {
    expect(activeEntryPoints({ leadManagement: false })).not.toContain('leads');
    expect(salesStart({ leadManagement: false })).toBe('opportunities');
  });
});
