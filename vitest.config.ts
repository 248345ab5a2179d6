import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: [
      'shared/**/*.test.ts',
      'server/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.ts',
      'tests/lint/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    // Limits, not waits: a test polls for its condition and ends as soon as it holds. They are generous
    // because the integration suites start PostgreSQL, servers and sign-ins (argon2) on a shared 2-core
    // machine; a test doing more work than usual sets its own limit, scaled with that work.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
