import { describe, expect, it } from 'vitest';
import { projectOrigin } from './project-origin';

describe('projectOrigin', () => {
  it('tells a marketing project from a sales project by its source type', () => {
    expect(projectOrigin({ kind: 'project', sourceType: 'campaign' })).toBe('marketing');
    expect(projectOrigin({ kind: 'project', sourceType: 'lead' })).toBe('sales');
    expect(projectOrigin({ kind: 'project', sourceType: 'opportunity' })).toBe('sales');
  });

  it('has none for ordinary deals and direct entries', () => {
    expect(projectOrigin({ kind: 'ordinary', sourceType: 'campaign' })).toBeUndefined();
    expect(projectOrigin({ kind: 'project', sourceType: '' })).toBeUndefined();
    expect(projectOrigin({ kind: 'project', sourceType: 'account' })).toBeUndefined();
  });
});
