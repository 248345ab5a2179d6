/**
 * A throwaway PostgreSQL cluster for integration tests: Debian's binaries, a fresh data folder owned by the
 * `postgres` OS user (initdb refuses root), a free port on 127.0.0.1 only, no fsync. `stop()` removes it all;
 * `restart()`, `pause()` and `terminateConnections()` are the faults the fault test injects.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** Connection URL of a database; `createDatabase` makes more. */
  url: string;
  createDatabase(name: string): Promise<string>;
  /** Terminates every connection to `database` (pg_terminate_backend); answers how many. */
  terminateConnections(database: string): Promise<number>;
  /** Fast shutdown, `whileDown`, then starts again on the same data folder and port. */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  /** Freezes every process of the cluster (SIGSTOP), as a hung host would; `resume` thaws it (SIGCONT). */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (!found)
    throw new Error(
      'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)',
    );
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function asPostgres(cmd: string, args: string[]): string[] {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'crm-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const [initCmd, ...initArgs] = asPostgres(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  execFileSync(initCmd!, initArgs, { stdio: 'pipe' });
  const argsFor = (port: number) =>
    asPostgres(join(bin, 'postgres'), [
      '-D',
      data,
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
      '-k',
      dir,
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ]);
  // The free port may be taken by another test process before the postmaster binds it: try another.
  let port = 0;
  let first: ChildProcess | undefined;
  for (let attempt = 1; !first; attempt++) {
    port = await freePort();
    try {
      first = await launch(argsFor(port), `postgres://postgres@127.0.0.1:${port}/postgres`);
    } catch (error) {
      if (attempt >= 5 || !/already in use|could not bind/i.test(String(error))) throw error;
    }
  }
  let child: ChildProcess = first;
  const args = argsFor(port);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  const postmasterPid = () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);

  /** Stops the cluster: SIGINT = fast shutdown (clients get 57P01), SIGQUIT = immediate (throwaway). */
  const shutdown = (signal: 'SIGINT' | 'SIGQUIT') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      // Signal the postmaster itself (runuser does not forward signals).
      const pid = postmasterPid();
      if (pid > 0) process.kill(pid, signal);
      else child.kill('SIGTERM');
    });

  /** The postmaster and its children (backends, checkpointer, …): SIGSTOP to all of them freezes the database. */
  const allPids = () => {
    const root = postmasterPid();
    const pids = [root];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid ..." (comm may contain spaces; it ends at the last ')').
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === root) pids.push(Number(entry));
      } catch {
        // the process ended meanwhile
      }
    }
    return pids;
  };
  const signalAll = (signal: 'SIGSTOP' | 'SIGCONT') => {
    // runuser stops itself when its child stops (job control) and waits for a SIGCONT of its own.
    const pids = signal === 'SIGCONT' && child.pid ? [child.pid, ...allPids()] : allPids();
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // ended meanwhile
      }
    }
  };

  return {
    url: `${base}/postgres`,
    async createDatabase(name: string) {
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      await client.query(`create database "${name.replace(/"/g, '')}"`);
      await client.end();
      return `${base}/${name}`;
    },
    async terminateConnections(database: string) {
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        const res = await client.query(
          'select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [database],
        );
        return res.rows.filter((r: { ok: boolean }) => r.ok).length;
      } finally {
        await client.end();
      }
    },
    async restart(whileDown?: () => Promise<void>) {
      await shutdown('SIGINT');
      try {
        await whileDown?.();
      } finally {
        child = await launch(args, `${base}/postgres`);
      }
    },
    pause: () => signalAll('SIGSTOP'),
    resume: () => signalAll('SIGCONT'),
    async stop() {
      signalAll('SIGCONT'); // a paused cluster cannot shut down
      await shutdown('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the postmaster and waits until it accepts connections (or has exited, with its log). */
async function launch(args: string[], url: string): Promise<ChildProcess> {
  const [cmd, ...rest] = args;
  const child: ChildProcess = spawn(cmd!, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d) => (log = (log + String(d)).slice(-4000)));
  await waitReady(url, child, () => log);
  return child;
}

/**
 * Polls until the server accepts connections. No short fixed deadline: on a busy machine startup can take
 * long; it fails at once if the postmaster exited, and only after a generous limit if it hangs.
 */
async function waitReady(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      const exited = child.exitCode !== null || child.signalCode !== null;
      if (exited || Date.now() > deadline)
        throw new Error(
          `PostgreSQL did not start${exited ? ' (it exited)' : ''}: ${String(error)}\n${log()}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
