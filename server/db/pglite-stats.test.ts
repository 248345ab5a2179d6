import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteTemplate } from '../../tests/integration/harness';
import { openStore, type Store } from './connect';
import { PgliteStats } from './pglite-stats';

async function estimatedRows(store: Store): Promise<number> {
  const res = await sql<{ rows: number }>`
    select reltuples::float8 as rows from pg_class where relname = 'docs'
  `.execute(store.db);
  return Number(res.rows[0]!.rows);
}

async function insertDocs(store: Store, from: number, count: number) {
  await sql`
    insert into docs (collection, id, data, owner_id, department_id, deleted)
    select 'accounts', 'acc-' || g, jsonb_build_object('id', 'acc-' || g), 'u1', 'd1', false
    from generate_series(${from}::int, ${from + count - 1}::int) g
  `.execute(store.db);
}

describe('PgliteStats (the embedded database has no autovacuum)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: 'memory://', pgliteTemplate: await pgliteTemplate() });
  });
  afterAll(async () => store?.close());

  it('re-analyses once the writes pass 50 + 10% of the table, not before', async () => {
    const stats = new PgliteStats(store.db);
    await insertDocs(store, 0, 1000);
    await stats.analyse();
    expect(await estimatedRows(store)).toBe(1000);

    await insertDocs(store, 1000, 140);
    stats.noteWrites(140); // threshold is 50 + 100 = 150
    await stats.idle();
    expect(await estimatedRows(store)).toBe(1000);

    await insertDocs(store, 1140, 20);
    stats.noteWrites(20);
    await stats.idle();
    expect(await estimatedRows(store)).toBe(1160);
  });
});
