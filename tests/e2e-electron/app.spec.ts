import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { MISSING_ELECTRON, electronBinary, projectRoot } from './electron-binary';

const binary = electronBinary();

test.describe('desktop app', () => {
  let app: ElectronApplication | null = null;
  let userData = '';

  test.beforeAll(() => {
    if (!binary) {
      // Said out loud, not only counted: the suite's summary shows these tests as skipped.
      console.warn(`[electron] desktop tests SKIPPED: ${MISSING_ELECTRON}`);
      return;
    }
    // The spec runs the built app (out/), as a user would; build it once per run.
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('electron-vite build failed; see its output above');
  });

  test.beforeEach(async () => {
    test.skip(!binary, MISSING_ELECTRON);
    // A fresh user-data folder per test: no window state, session, files or reminders from a previous run.
    userData = mkdtempSync(join(tmpdir(), 'crm-electron-'));
    app = await electron.launch({
      executablePath: binary!,
      args: ['.', `--user-data-dir=${userData}`, '--no-sandbox', '--disable-gpu'],
      cwd: projectRoot,
      env: { ...process.env, CRM_USER_DATA: userData },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    app = null;
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one secure window on the first screen', async () => {
    const win = await app!.firstWindow();
    await expect(win).toHaveTitle(/Export CRM/);
    await expect(win.getByRole('navigation').first()).toBeVisible();
    expect(new URL(win.url()).protocol).toBe('app:');
    // The page sees the typed bridge and nothing of Node.
    expect(await win.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys(window.crm ?? {}).sort())).toEqual([
      'app',
      'files',
      'on',
      'reminders',
      'tokens',
    ]);
    const info = await win.evaluate(() => window.crm!.app.info());
    expect(info).toMatchObject({ ok: true, value: { kind: 'electron' } });
    expect(app!.windows()).toHaveLength(1);
  });

  test('refuses a bad IPC message with the field named', async () => {
    const win = await app!.firstWindow();
    const res = await win.evaluate(() =>
      window.crm!.reminders.setSchedule({
        items: [{ id: 'r1', dueAt: 'soon', title: 'x', recordType: 'lead', recordId: 'lead-000001' }],
      }),
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID', field: 'items.0.dueAt' } });
  });

  test('window.open is blocked', async () => {
    const win = await app!.firstWindow();
    await win.evaluate(() => window.open('https://example.invalid/', '_blank'));
    await win.waitForTimeout(300);
    expect(app!.windows()).toHaveLength(1);
  });
});
