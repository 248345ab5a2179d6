import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { DbUnavailableError, isDbUnavailable } from './db-errors';

/** How long the server waits on PostgreSQL before it answers 503 (see README, server configuration). */
export interface DbTimeouts {
  /** A statement runs at most this long (server side), and its answer is awaited at most a little longer. */
  statementTimeoutMs: number;
  /** Opening a connection, or waiting for a free one in the pool. */
  connectTimeoutMs: number;
}

export const DEFAULT_DB_TIMEOUTS: DbTimeouts = { statementTimeoutMs: 10_000, connectTimeoutMs: 5_000 };

/** Where the database layer reports faults it survives (the server's logger). */
export type DbLog = (err: unknown, message: string) => void;

/** Client settings shared by the pool and the LISTEN connection. */
export function clientConfig(url: string, timeouts: DbTimeouts): pg.ClientConfig {
  return {
    connectionString: url,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    // Server side: a slow statement is cancelled (57014). Client side: a frozen server (SIGSTOP, a network
    // partition) cancels nothing, so the answer is awaited only a second longer, then the query fails.
    statement_timeout: timeouts.statementTimeoutMs,
    query_timeout: timeouts.statementTimeoutMs + 1_000,
    idle_in_transaction_session_timeout: timeouts.statementTimeoutMs * 3,
    // A dead peer with no FIN (a failed-over host) is noticed by TCP keepalive instead of never.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

/**
 * A pool that survives its connections dying: an idle client killed by the server (pg_terminate_backend, a
 * restart) is reported and dropped instead of crashing the process with an unhandled 'error' event, and a
 * client that failed with a connection error is discarded on release, so the pool opens a fresh one.
 */
export function createPool(url: string, timeouts: DbTimeouts, log: DbLog, max = 10): pg.Pool {
  const pool = new pg.Pool({ ...clientConfig(url, timeouts), max });
  // Idle clients: pg-pool removes the dead one itself once this listener exists.
  pool.on('error', (err) => log(err, 'idle database connection lost; the pool replaces it'));
  // Checked-out clients have no pool listener: without this one their 'error' event would be uncaught.
  pool.on('connect', (client) => {
    client.on('error', (err) => log(err, 'database connection lost during a query'));
  });
  return pool;
}

/** The pool as Kysely sees it, marking clients that hit a connection error so they are not reused. */
export function kyselyPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let broken = false;
      const query = (...args: unknown[]) => {
        const result = (client.query as (...a: unknown[]) => unknown).apply(client, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((err: unknown) => {
          if (isDbUnavailable(err)) broken = true;
          throw err;
        });
      };
      return {
        query: query as PostgresPoolClient['query'],
        release: () => client.release(broken ? new Error('connection broken') : undefined),
      };
    },
    end: () => pool.end(),
  };
}

/** `select 1` answered within `timeoutMs`, or a DbUnavailableError. */
export async function pingWithin(run: () => Promise<unknown>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DbUnavailableError(`the database did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([run(), timeout]);
  } catch (err) {
    if (err instanceof DbUnavailableError) throw err;
    throw new DbUnavailableError(`the database is unavailable: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
