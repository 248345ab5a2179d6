import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** The Electron executable if its download happened (the same check as scripts/start.mjs), else null. */
export function electronBinary(): string | null {
  const dir = join(projectRoot, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

export const MISSING_ELECTRON =
  'Electron binary not installed on this machine (its download is blocked or was skipped): run `npx install-electron` with network access (or set ELECTRON_MIRROR), then `npx playwright test --project electron`.';
