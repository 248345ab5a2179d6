import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../config';
import { openStore } from '../db/connect';
import { generateVolume, seedVolume } from './seed-volume';

describe('volume seed', () => {
  it('generates leads, accounts, deals and activities in proportion, with zh and en names', () => {
    const docs = generateVolume({ leads: 200, now: new Date('2026-12-01T00:00:00Z') });
    const count = (c: string) => docs.filter((d) => d.collection === c).length;
    expect(count('leads')).toBe(200);
    expect(count('accounts')).toBe(40);
    expect(count('opportunities')).toBe(20);
    expect(count('activities')).toBe(100);
    const names = docs.filter((d) => d.collection === 'leads').map((d) => String(d.doc.name));
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.some((n) => /^[A-Z][a-z]+ /.test(n))).toBe(true);
  });

  it('refuses a bad --leads with a message naming it', () => {
    expect(() => generateVolume({ leads: 0 })).toThrow(/--leads/);
  });

  it('writes them into the server database (PGlite) with the demo organisation', async () => {
    const store = await openStore({ ...configFromEnv({}), dataDir: 'memory://' });
    try {
      const counts = await seedVolume(store.db, { leads: 200 });
      expect(counts).toEqual({ accounts: 40, leads: 200, opportunities: 20, activities: 100 });
      const rows = await store.db
        .selectFrom('docs')
        .select(({ fn }) => ['collection', fn.countAll<number>().as('n')])
        .groupBy('collection')
        .execute();
      const by = Object.fromEntries(rows.map((r) => [r.collection, Number(r.n)]));
      expect(by.leads).toBe(200);
      expect(by.activities).toBe(100);
      expect(by.settings).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 120_000);
});
