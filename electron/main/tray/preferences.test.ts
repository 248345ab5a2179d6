import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPreferences, savePreferences } from './preferences';

describe('preferences', () => {
  it('defaults to keeping running in the tray except on Linux, and remembers the choice', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'crm-prefs-')), 'preferences.json');
    expect(await loadPreferences(file, 'win32')).toEqual({ keepInTray: true });
    expect(await loadPreferences(file, 'linux')).toEqual({ keepInTray: false });
    await savePreferences(file, { keepInTray: true });
    expect(await loadPreferences(file, 'linux')).toEqual({ keepInTray: true });
  });
});
