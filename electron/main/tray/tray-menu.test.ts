import { describe, expect, it } from 'vitest';
import { trayMenu, trayTooltip } from './tray-menu';

describe('tray text', () => {
  it('shows the due count', () => {
    expect(trayTooltip(0)).toBe('Export CRM');
    expect(trayTooltip(4)).toContain('4 due');
    expect(trayMenu(4, true).find((i) => i.id === 'due')).toMatchObject({
      label: expect.stringContaining('4 reminders due'),
      enabled: false,
    });
    expect(trayMenu(0, false).find((i) => i.id === 'keepInTray')?.checked).toBe(false);
  });
});
