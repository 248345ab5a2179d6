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
 */
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
  };
}
