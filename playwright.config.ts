import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4791);
// scripts/e2e.mjs passes the browser it found; a direct `npx playwright test` looks it up the same way.
const executablePath = process.env.E2E_CHROMIUM_PATH || chromiumPath();
// A fresh server database each run (the demo organisation is seeded into it). Set once in the runner's
// environment so that the worker processes, which load this file again, do not make folders of their own.
process.env.E2E_DATA_DIR ||= mkdtempSync(join(tmpdir(), 'crm-e2e-'));

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath, args: chromiumArgs },
    locale: 'zh-CN',
    // Tracing snapshots every keystroke and triples the typing test's time: on request only (E2E_TRACE=1).
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Screenshots are taken only when asked: CAPTURE_SCREENS=1 npx playwright test screenshots.
    {
      name: 'web',
      testDir: 'tests/e2e',
      testIgnore: process.env.CAPTURE_SCREENS ? [] : [/screenshots\.spec\.ts/],
    },
    { name: 'electron', testDir: 'tests/e2e-electron' },
  ],
  webServer: {
    // The real sync server, serving the built web renderer (scripts/e2e.mjs builds dist-web first) on the
    // same origin as its API; loopback only. tsx needs the config that maps @shared/* (tsconfig.json has none).
    // E2E_STATIC_DIR serves another build folder, so that parallel runs do not rebuild one under the other.
    command: 'npx tsx --tsconfig tsconfig.node.json server/main.ts',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      CRM_STATIC_DIR: process.env.E2E_STATIC_DIR || 'dist-web',
      CRM_DATA_DIR: process.env.E2E_DATA_DIR,
      CRM_DEMO: '1',
      CRM_JOBS: process.env.CRM_JOBS ?? '1',
      LOG_LEVEL: 'warn',
    },
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: false,
    timeout: 90_000,
  },
});
