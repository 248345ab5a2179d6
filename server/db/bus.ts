import { EventEmitter } from 'node:events';
import pg from 'pg';
import { clientConfig, DEFAULT_DB_TIMEOUTS, type DbLog, type DbTimeouts } from './pg-pool';

/**
 * What the processes tell each other: records changed, or a session was revoked (close its stream now).
 * `resync` is local only: this process may have missed changes (its LISTEN connection was down), so every
 * stream it holds should pull everything.
 */
export type BusMessage =
  { type: 'change'; collections: string[] } | { type: 'revoke'; sessionId: string } | { type: 'resync' };

export interface ChangeBus {
  publish(message: BusMessage): Promise<void>;
  subscribe(listener: (message: BusMessage) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'crm_changes';

/** One process (PGlite): an in-memory emitter. */
export class LocalBus implements ChangeBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  async publish(message: BusMessage) {
    this.emitter.emit('message', message);
  }
  subscribe(listener: (message: BusMessage) => void) {
    this.emitter.on('message', listener);
    return () => void this.emitter.off('message', listener);
  }
  async close() {
    this.emitter.removeAllListeners();
  }
}

export interface PostgresBusOptions {
  timeouts?: DbTimeouts;
  log?: DbLog;
  /** Reconnect delays of the LISTEN connection: from `minBackoffMs`, doubling up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Several processes on one Postgres: every process LISTENs on `crm_changes` on a dedicated connection and
 * publishes with NOTIFY, so its own streams hear its writes by the same path as the others'.
 *
 * The LISTEN connection is re-opened whenever it dies (terminated, database restarted) with backoff; the
 * NOTIFYs sent meanwhile are lost, so after reconnecting the bus tells this process's streams to re-sync.
 */
export class PostgresBus implements ChangeBus {
  private readonly local = new LocalBus();
  private listener: pg.Client | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private backoff: number;
  private readonly timeouts: DbTimeouts;
  private readonly log: DbLog;
  private readonly minBackoff: number;
  private readonly maxBackoff: number;
  /** Times the LISTEN connection was re-established (tests and logs). */
  reconnects = 0;

  private constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
    options: PostgresBusOptions,
  ) {
    this.timeouts = options.timeouts ?? DEFAULT_DB_TIMEOUTS;
    this.log = options.log ?? (() => undefined);
    this.minBackoff = options.minBackoffMs ?? 200;
    this.maxBackoff = options.maxBackoffMs ?? 10_000;
    this.backoff = this.minBackoff;
  }

  static async start(url: string, pool: pg.Pool, options: PostgresBusOptions = {}): Promise<PostgresBus> {
    const bus = PostgresBus.create(url, pool, options);
    await bus.connect();
    return bus;
  }

  /** A bus not yet listening: `connect()` opens the first LISTEN connection (the server retries it at start). */
  static create(url: string, pool: pg.Pool, options: PostgresBusOptions = {}): PostgresBus {
    return new PostgresBus(url, pool, options);
  }

  /** Opens the first LISTEN connection, or throws; once listening, a lost connection is re-opened by itself. */
  async connect(): Promise<void> {
    if (!this.listener && !this.closed) await this.listen();
  }

  /** Opens a LISTEN connection; a failure after start() schedules another attempt instead of throwing. */
  private async listen(): Promise<void> {
    const client = new pg.Client(clientConfig(this.url, this.timeouts));
    let lost = false;
    const onLost = (err?: unknown) => {
      // Before it was listening, a failure is the caller's to handle (start() throws, a retry retries).
      if (lost || this.listener !== client) return;
      lost = true;
      this.listener = null;
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.log(err ?? new Error('connection ended'), 'LISTEN connection lost; reconnecting');
      this.scheduleReconnect();
    };
    // Without an 'error' listener a terminated connection would crash the process.
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        void this.local.publish(JSON.parse(n.payload) as BusMessage);
      } catch {
        // A malformed payload from a foreign writer is ignored: the 60 s re-sync covers anything missed.
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      lost = true;
      client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      lost = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private scheduleReconnect() {
    if (this.closed || this.retryTimer) return;
    // Jitter: many processes behind one balancer should not reconnect in lockstep.
    const delay = this.backoff * (0.75 + Math.random() / 2);
    this.backoff = Math.min(this.backoff * 2, this.maxBackoff);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.listen().then(
        () => {
          if (this.closed) return;
          this.backoff = this.minBackoff;
          this.reconnects++;
          // NOTIFYs sent while the connection was down were missed: every stream pulls everything.
          void this.local.publish({ type: 'resync' });
        },
        (err: unknown) => {
          this.log(err, 'LISTEN reconnect failed; retrying');
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.retryTimer.unref();
  }

  /** Whether the LISTEN connection is up (readiness). */
  get listening(): boolean {
    return this.listener !== null;
  }

  /**
   * NOTIFY through the pool. If that fails (the database is away) the write has already committed, so the
   * request must not fail: this process's streams are told directly, and the others re-sync when their own
   * LISTEN connections come back (or by their periodic re-sync).
   */
  async publish(message: BusMessage) {
    if (message.type === 'resync') return this.local.publish(message);
    try {
      await this.pool.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)]);
    } catch (err) {
      this.log(err, 'NOTIFY failed; telling this process only');
      await this.local.publish(message);
    }
  }
  subscribe(listener: (message: BusMessage) => void) {
    return this.local.subscribe(listener);
  }
  async close() {
    this.closed = true;
    clearTimeout(this.retryTimer);
    await this.local.close();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }
}
