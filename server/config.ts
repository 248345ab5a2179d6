/**
 * Server configuration, from the environment:
 *   PORT            listening port (default 4780; 0 = any free port)
 *   HOST            listening address (default 127.0.0.1)
 *   CRM_DATA_DIR    PGlite data folder (default .data/server); ignored with DATABASE_URL
 *   DATABASE_URL    a real Postgres instead of the embedded PGlite (several processes may share it)
 *   CRM_STATIC_DIR  if set, this folder (the web build) is served at / so the app and the API share one origin
 *   CRM_DEMO        create the demo organisation on first start (default on; "0"/"false"/"off" disables)
 *   LOG_LEVEL       pino level (default info)
 *   CRM_JOBS        run the once-only jobs (auto-close, stale alerts) every 5 minutes (default on)
 *   CRM_TIME_ZONE   the company's time zone for expected close dates (default Asia/Shanghai)
 *   CRM_DB_STATEMENT_TIMEOUT_MS  Postgres: longest statement before it is cancelled and answered 503 (10000)
 *   CRM_DB_CONNECT_TIMEOUT_MS    Postgres: longest wait for a connection before answering 503 (5000)
 *   CRM_DB_POOL_SIZE             Postgres: connections per process (10)
 *   CRM_REFRESH_IDLE_DAYS  a device's refresh token unused this many days is dead: sign in again (default 30)
 *   CRM_ALLOWED_ORIGINS    more web origins allowed to call the API (comma-separated, e.g. https://crm.example.com)
 *   CRM_TRUST_PROXY        behind a load balancer: trust its X-Forwarded-For (true, or its addresses)
 */
import { DEFAULT_DB_TIMEOUTS, type DbTimeouts } from './db/pg-pool';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  staticDir?: string;
  demo: boolean;
  logLevel: string;
  /** Tests and benchmarks only: a dumped fresh PGlite cluster to start from (see server/db/connect.ts). */
  pgliteTemplate?: Blob;
  /** Background jobs; off unless set, so tests create servers without them. */
  jobs?: boolean;
  /** Postgres: statement and connection timeouts (see db/pg-pool.ts). */
  dbTimeouts?: DbTimeouts;
  /** Postgres: pool size per process. */
  dbPoolSize?: number;
  /**
   * Postgres: start even when the database is away and keep trying (503 and `/ready` not ready meanwhile).
   * The server's entry point sets it; servers made by tests fail fast unless they ask for it.
   */
  waitForDatabase?: boolean;
  /** With `waitForDatabase`: the longest pause between tries (default 5000 ms). */
  dbRetryMaxMs?: number;
  /** Days a refresh token may go unused (CRM_REFRESH_IDLE_DAYS). */
  refreshIdleDays?: number;
  /** Web origins allowed besides the server's own and the desktop app's (CRM_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Fastify's trustProxy: whose X-Forwarded-For gives the client address (login throttling per address). */
  trustProxy?: boolean | string;
  /** Tests only: the clock of sessions, tickets and login throttling. */
  now?: () => number;
  /** Tests only: where log lines go (default stdout). */
  logStream?: { write(line: string): void };
}

/** A positive whole number from the environment, or the default; a bad value names the variable. */
function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name}: must be a positive whole number, got "${raw}"`);
  return value;
}

function refreshIdleDays(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const days = Number(raw);
  if (!Number.isFinite(days) || days <= 0 || days > 3650)
    throw new Error(`CRM_REFRESH_IDLE_DAYS: must be a number of days between 0 and 3650, got "${raw}"`);
  return days;
}

function trustProxy(raw: string | undefined): boolean | string | undefined {
  if (!raw) return undefined;
  if (['1', 'true', 'on', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'off', 'no'].includes(raw.toLowerCase())) return false;
  return raw;
}

function origins(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of list) {
    let url: URL | null = null;
    try {
      url = new URL(o);
    } catch {
      // reported below
    }
    if (!url || url.origin !== o || !/^https?:$/.test(url.protocol))
      throw new Error(`CRM_ALLOWED_ORIGINS: "${o}" is not an origin like https://crm.example.com`);
  }
  return list;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4780);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: env.CRM_DATA_DIR || '.data/server',
    databaseUrl: env.DATABASE_URL || undefined,
    staticDir: env.CRM_STATIC_DIR || undefined,
    demo: !['0', 'false', 'off', 'no'].includes((env.CRM_DEMO ?? '').toLowerCase()),
    logLevel: env.LOG_LEVEL || 'info',
    jobs: !['0', 'false', 'off', 'no'].includes((env.CRM_JOBS ?? '').toLowerCase()),
    dbTimeouts: {
      statementTimeoutMs: positiveInt(
        env,
        'CRM_DB_STATEMENT_TIMEOUT_MS',
        DEFAULT_DB_TIMEOUTS.statementTimeoutMs,
      ),
      connectTimeoutMs: positiveInt(env, 'CRM_DB_CONNECT_TIMEOUT_MS', DEFAULT_DB_TIMEOUTS.connectTimeoutMs),
    },
    dbPoolSize: positiveInt(env, 'CRM_DB_POOL_SIZE', 10),
    waitForDatabase: true,
    refreshIdleDays: refreshIdleDays(env.CRM_REFRESH_IDLE_DAYS),
    allowedOrigins: origins(env.CRM_ALLOWED_ORIGINS),
    trustProxy: trustProxy(env.CRM_TRUST_PROXY),
  };
}
