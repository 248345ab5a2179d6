// npm run test:e2e: find Chromium, build the web renderer, run the Playwright suite against it.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

let browser;
try {
  browser = chromiumPath();
} catch (err) {
  console.error(`e2e: ${err.message}\nSet CHROMIUM_PATH=/path/to/chromium to choose the browser.`);
  process.exit(1);
}

const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log(`e2e: Chromium at ${browser}`);
run('npx', ['vite', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn']);
// Both projects, "web" (tests/e2e) and "electron" (tests/e2e-electron); extra arguments pass through.
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { ...process.env, E2E_CHROMIUM_PATH: browser });
