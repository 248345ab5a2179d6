import { EventEmitter } from 'node:events';
import pg from 'pg';

/** What the processes tell each other: records changed, or a session was revoked (close its stream now). */
export type BusMessage = { type: 'change'; collections: string[] } | { type: 'revoke'; sessionId: string };

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

/**
 * Several processes on one Postgres: every process LISTENs on `crm_changes` on a dedicated connection and
 * publishes with NOTIFY, so its own streams hear its writes by the same path as the others'.
 */
export class PostgresBus implements ChangeBus {
  private readonly local = new LocalBus();
  private constructor(
    private readonly listener: pg.Client,
    private readonly pool: pg.Pool,
  ) {}

  static async start(url: string, pool: pg.Pool): Promise<PostgresBus> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const bus = new PostgresBus(client, pool);
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        void bus.local.publish(JSON.parse(n.payload) as BusMessage);
      } catch {
        // A malformed payload from a foreign writer is ignored: the 60 s re-sync covers anything missed.
      }
    });
    await client.query(`LISTEN ${CHANNEL}`);
    return bus;
  }

  async publish(message: BusMessage) {
    await this.pool.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)]);
  }
  subscribe(listener: (message: BusMessage) => void) {
    return this.local.subscribe(listener);
  }
  async close() {
    await this.local.close();
    await this.listener.end();
  }
}
