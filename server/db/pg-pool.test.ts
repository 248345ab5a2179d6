import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DbUnavailableError, isDbUnavailable } from './db-errors';
import { kyselyPool, pingWithin } from './pg-pool';

/** A pool handing out one scripted client; records how each checkout was released. */
function fakePool(fail: Error | null) {
  const releases: (Error | undefined)[] = [];
  const client = {
    query: async () => {
      if (fail) throw fail;
      return { rows: [], command: 'SELECT', rowCount: 0 };
    },
    release: (err?: Error) => void releases.push(err),
  };
  const pool = { connect: async () => client, end: async () => undefined } as unknown as pg.Pool;
  return { pool: kyselyPool(pool), releases };
}

describe('database faults', () => {
  it('tells "the database is away" from a bug', () => {
    for (const away of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new Error('Connection terminated unexpectedly'),
      new Error('Query read timeout'),
      new Error('timeout exceeded when trying to connect'),
      new DbUnavailableError('no answer'),
    ])
      expect(isDbUnavailable(away), away.message).toBe(true);
    for (const bug of [
      Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
      Object.assign(new Error('syntax error'), { code: '42601' }),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      null,
      'text',
    ])
      expect(isDbUnavailable(bug)).toBe(false);
  });

  it('a client that lost its connection is released as broken, so the pool opens a fresh one', async () => {
    const broken = fakePool(new Error('Query read timeout'));
    const c1 = await broken.pool.connect();
    await expect(c1.query('select 1', [])).rejects.toThrow('Query read timeout');
    c1.release();
    expect(broken.releases[0]).toBeInstanceOf(Error);

    const bug = fakePool(Object.assign(new Error('duplicate key'), { code: '23505' }));
    const c2 = await bug.pool.connect();
    await expect(c2.query('insert', [])).rejects.toThrow('duplicate key');
    c2.release();
    expect(bug.releases).toEqual([undefined]); // a statement error leaves the connection usable

    const fine = fakePool(null);
    const c3 = await fine.pool.connect();
    await c3.query('select 1', []);
    c3.release();
    expect(fine.releases).toEqual([undefined]);
  });

  it('a ping that gets no answer in time is DbUnavailableError, not a hang', async () => {
    const started = Date.now();
    await expect(pingWithin(() => new Promise(() => undefined), 50)).rejects.toBeInstanceOf(
      DbUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(pingWithin(() => Promise.reject(new Error('ECONNREFUSED')), 50)).rejects.toBeInstanceOf(
      DbUnavailableError,
    );
    await expect(pingWithin(() => Promise.resolve(1), 1_000)).resolves.toBeUndefined();
  });
});
