import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from './window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const fileIn = () => join(mkdtempSync(join(tmpdir(), 'crm-win-')), 'window-state.json');

describe('window state', () => {
  it('remembers size and position across runs', async () => {
    const file = fileIn();
    await saveWindowState(file, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(await loadWindowState(file, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('forgets a position that is off every screen but keeps the size', async () => {
    const file = fileIn();
    await saveWindowState(file, { x: 3000, y: 50, width: 1400, height: 900, maximized: false });
    expect(await loadWindowState(file, screen)).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('uses the default for a missing or damaged file', async () => {
    const file = fileIn();
    expect(await loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, '{"width": 5');
    expect(await loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, JSON.stringify({ width: 10, height: 10, maximized: false }));
    expect(await loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
