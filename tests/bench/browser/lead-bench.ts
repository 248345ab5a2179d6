/**
 * Runs inside real Chromium (real IndexedDB): the local-store numbers of `npm run bench`.
 * Bundled by tests/bench/browser-bench.ts and called through `window.runLeadBench`.
 */
import Dexie from 'dexie';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { openDatabase } from '../../../renderer/src/db/database';
import { insertDoc } from '../../../renderer/src/db/write';
import { newFieldsOf } from '../../../shared/model/fixtures';
import { newId } from '../../../shared/model/id';

const actor = { userId: 'u-li', departmentId: 'd-1' };

function leadFields(i: number) {
  const rest = newFieldsOf('leads');
  return {
    ...rest,
    name: `Buyer ${i}`,
    company: `Company ${i % 700}`,
    companyKey: `company ${i % 700}`,
    emails: [`b${i}@example.com`],
    phones: [],
  };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runLeadBench({ saves = 200, bulk = 10_000 }: { saves?: number; bulk?: number }) {
  const db = await openDatabase({
    name: `bench-${Date.now()}`,
    storage: getRxStorageDexie() as never,
    multiInstance: false,
  });
  // Single save → durable: insertDoc resolves after IndexedDB commits the transaction.
  const times: number[] = [];
  for (let i = 0; i < saves; i++) {
    const t0 = performance.now();
    await insertDoc(db, 'leads', leadFields(i), actor);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);

  const now = new Date().toISOString();
  const docs = Array.from({ length: bulk }, (_, i) => ({
    ...leadFields(i),
    id: newId(),
    ownerId: actor.userId,
    departmentId: actor.departmentId,
    createdAt: now,
    updatedAt: now,
    createdBy: actor.userId,
    updatedBy: actor.userId,
  }));
  const t1 = performance.now();
  await db.leads.bulkInsert(docs as never);
  const rxdbMs = performance.now() - t1;
  await db.remove();

  const dexie = new Dexie(`bench-raw-${Date.now()}`);
  dexie.version(1).stores({ leads: 'id, ownerId, status, campaignId, updatedAt, companyKey' });
  const plain = docs.map((d) => ({ ...d, id: newId() }));
  const t2 = performance.now();
  await dexie.table('leads').bulkPut(plain);
  const dexieMs = performance.now() - t2;
  await dexie.delete();

  return { saveP50: percentile(times, 50), saveP95: percentile(times, 95), rxdbMs, dexieMs };
}

(globalThis as unknown as { runLeadBench: typeof runLeadBench }).runLeadBench = runLeadBench;
