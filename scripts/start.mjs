// npm start: the sync server + the desktop app (Electron). npm run web (--web), or when Electron's binary is
// missing: the sync server serving the web build, one URL for app and API. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const webRequested = process.argv.includes('--web');
const port = process.env.PORT ?? '4780';
const baseUrl = `http://127.0.0.1:${port}`;
const isWindows = process.platform === 'win32';
const children = new Set();
let stopping = false;

const say = (msg) => console.log(`\n[start] ${msg}`);

/** The Electron executable, found without require('electron') (which would try to download it). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/** Runs a build step in the foreground; a failure stops everything with its own output above. */
function runStep(label, cmd, args, env = process.env) {
  say(label);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, shell: isWindows });
  if (r.status !== 0)
    throw new Error(`${label} failed (exit code ${r.status ?? r.signal}); its output is above`);
}

/** A long-running child in its own process group, so Ctrl-C can stop it and everything it spawned. */
function startChild(cmd, args, env) {
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    detached: !isWindows,
    shell: isWindows,
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function killTree(child, signal = 'SIGTERM') {
  try {
    if (isWindows) spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F']);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  const waiting = [...children].map(
    (c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r))),
  );
  for (const c of children) killTree(c);
  const timeout = setTimeout(() => [...children].forEach((c) => killTree(c, 'SIGKILL')), 5000);
  await Promise.all(waiting);
  clearTimeout(timeout);
  process.exit(code);
}

process.on('SIGINT', () => {
  say('stopping…');
  void stopAll(0);
});
process.on('SIGTERM', () => void stopAll(0));

async function waitForHealth(server, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return false;
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function startServer(extraEnv) {
  const env = {
    ...process.env,
    PORT: port,
    CRM_DATA_DIR: process.env.CRM_DATA_DIR ?? join('.data', 'server'),
    ...extraEnv,
  };
  say(`starting the sync server on ${baseUrl} (data in ${env.CRM_DATA_DIR})`);
  // tsx needs the project config that maps @shared/* (the root tsconfig.json only lists references).
  const server = startChild('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'server/main.ts'], env);
  server.on('exit', (code, signal) => {
    if (!stopping) {
      say(`the sync server stopped (${signal ?? `exit code ${code}`}); its own message is above.`);
      say(`If it says the port is in use, start with another one: PORT=4781 npm start`);
      void stopAll(1);
    }
  });
  if (!(await waitForHealth(server))) throw new Error(`the sync server did not answer ${baseUrl}/health`);
}

function explainMissingElectron() {
  console.log(`
[start] The Electron binary is not installed on this machine.
        The "electron" package is in node_modules, but the program itself (node_modules/electron/dist) is
        downloaded separately by its install script, and that download was blocked or never ran (no
        network, or npm ran with --ignore-scripts).

        To get it, on a machine with network access:
          npx install-electron          (runs the electron package's own installer again)
          or: npm rebuild electron      (re-runs the install script; same thing)
        Behind a firewall, point the download at a mirror you can reach with ELECTRON_MIRROR=<mirror URL>,
        or place a downloaded electron-v45 zip in the cache folder given by electron_config_cache.
        Then run "npm start" again.

        Starting the web version instead (same app, in your browser).`);
}

async function main() {
  const electron = webRequested ? null : electronBinary();
  if (!webRequested && !electron) explainMissingElectron();

  if (electron) {
    await startServer({});
    runStep('building the desktop app (electron-vite build)', 'npx', ['electron-vite', 'build']);
    say('starting Export CRM (Electron)');
    const app = spawn(electron, ['.'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CRM_SERVER_URL: baseUrl, ELECTRON_RUN_AS_NODE: '' },
    });
    app.on('exit', () => {
      say('the app was closed; stopping the sync server');
      void stopAll(0);
    });
    return;
  }

  runStep('building the web app (vite build -c vite.web.config.ts → dist-web)', 'npx', [
    'vite',
    'build',
    '-c',
    'vite.web.config.ts',
    '--logLevel',
    'warn',
  ]);
  await startServer({ CRM_STATIC_DIR: 'dist-web' });
  say(`Export CRM is running. Open ${baseUrl}/ in Chrome, Edge or Firefox. Press Ctrl-C to stop.`);
}

main().catch((err) => {
  say(`could not start: ${err instanceof Error ? err.message : String(err)}. Stopping.`);
  void stopAll(1);
});
