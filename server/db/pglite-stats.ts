import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * PGlite has no autovacuum, so the planner's row estimates would stay at "empty table" forever and pulls
 * would sort whole pages on disk. This keeps autovacuum's rule by hand: re-analyse once the rows written
 * since the last analyse exceed 50 + 10% of the table.
 */
export class PgliteStats {
  private written = 0;
  private rows = 0;
  private running: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  async analyse(): Promise<void> {
    await sql`analyze docs, revocations`.execute(this.db);
    const res = await sql<{ rows: number }>`
      select greatest(reltuples, 0)::float8 as rows from pg_class where relname = 'docs'
    `.execute(this.db);
    this.rows = Number(res.rows[0]?.rows ?? 0);
  }

  /** Called after writes; starts an analyse in the background when enough has changed. */
  noteWrites(count: number): void {
    this.written += count;
    if (this.running || this.written <= 50 + this.rows * 0.1) return;
    this.written = 0;
    this.running = this.analyse()
      .catch(() => undefined) // statistics are an optimisation; a failed run is retried after more writes
      .finally(() => {
        this.running = null;
      });
  }

  /** Resolves when a background analyse (if any) has finished: closing must not cut one off. */
  async idle(): Promise<void> {
    await this.running;
  }
}
