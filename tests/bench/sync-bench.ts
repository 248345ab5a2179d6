/**
 * Sync benchmarks against a real server on 127.0.0.1 (embedded PGlite):
 *  - initial_sync_10k_vs_http: first sync of 10,000 documents into an empty client, divided by the time of a
 *    plain HTTP download + JSON parse of the same documents (value = ratio; target ≤ 3).
 *  - propagation_p95_ms: a write on one client until it is in another client's database, over the live stream.
 */
import { createServer as createHttpServer } from 'node:http';
import { newId } from '../../shared/model/id';
import { createServer } from '../../server/app';
import { api, login, openDevice, pgliteTemplate } from '../integration/harness';

type Metric = { value: number; unit: string; ratio?: number };
const DOCS = 10_000;

function account(i: number, now: string) {
  return {
    id: newId(),
    ownerId: 'demo-user-li',
    departmentId: 'demo-dept-1',
    createdAt: now,
    updatedAt: now,
    createdBy: 'demo-user-li',
    updatedBy: 'demo-user-li',
    name: `Buyer ${i} Trading Co.`,
    nameKey: `buyer ${i}`,
    country: 'DE',
    city: 'Hamburg',
    phones: ['+4940123456'],
    emails: [`buyer${i}@example.com`],
    tier: 'C',
    lifecycle: 'prospect',
    notes: 'Met at the Canton Fair, interested in kettles and toasters.',
    _deleted: false,
  };
}

async function plainDownloadMs(body: string): Promise<number> {
  const srv = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const address = srv.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/docs.json`;
  try {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const docs = (await (await fetch(url)).json()) as unknown[];
      if (docs.length !== DOCS) throw new Error('plain download incomplete');
      runs.push(performance.now() - t);
    }
    return Math.min(...runs);
  } finally {
    await new Promise((r) => srv.close(r));
  }
}

export async function runSyncBench(): Promise<Record<string, Metric>> {
  const server = await createServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory://',
    demo: true,
    logLevel: 'silent',
    pgliteTemplate: await pgliteTemplate(),
  });
  try {
    const admin = (await login(server.url, 'admin@demo.local')).res.accessToken;
    const now = new Date().toISOString();
    const docs = Array.from({ length: DOCS }, (_, i) => account(i, now));
    for (let i = 0; i < DOCS; i += 1000) {
      const res = await api(
        server.url,
        admin,
        'POST',
        '/sync/accounts/push',
        docs.slice(i, i + 1000).map((d) => ({ newDocumentState: d })),
      );
      if (res.status !== 200 || res.body.rejected.length)
        throw new Error(`seeding failed: ${JSON.stringify(res.body).slice(0, 300)}`);
    }
    const httpMs = await plainDownloadMs(JSON.stringify(docs));

    const fresh = await openDevice(server.url, 'li@demo.local', ['accounts']);
    const t = performance.now();
    await fresh.online(undefined, { pullBatchSize: 1000 });
    const syncMs = performance.now() - t;
    if (process.env.SYNC_BENCH_DEBUG) console.error({ httpMs, syncMs });
    const count = await fresh.db.accounts.count().exec();
    await fresh.close();
    if (count !== DOCS) throw new Error(`initial sync got ${count} of ${DOCS} documents`);

    const writer = await openDevice(server.url, 'li@demo.local', ['accounts']);
    const reader = await openDevice(server.url, 'manager@demo.local', ['accounts']);
    const latencies: number[] = [];
    try {
      await Promise.all([
        writer.online(undefined, { pullBatchSize: 1000 }),
        reader.online(undefined, { pullBatchSize: 1000 }),
      ]);
      for (let i = 0; i < 40; i++) {
        const arrived = new Promise<number>((resolve) => {
          const sub = reader.db.accounts.insert$.subscribe((e) => {
            if (e.documentData.name === `Live ${i}`) {
              sub.unsubscribe();
              resolve(performance.now());
            }
          });
        });
        const start = performance.now();
        // A direct insert (no write.ts): the bench runs under plain tsx, without the @shared alias.
        await writer.db.accounts.insert({
          ...account(i, new Date().toISOString()),
          name: `Live ${i}`,
          _deleted: undefined,
        } as never);
        latencies.push((await arrived) - start);
      }
    } finally {
      await Promise.all([writer.close(), reader.close()]);
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    return {
      initial_sync_10k_vs_http: {
        value: Number((syncMs / httpMs).toFixed(2)),
        unit: 'x',
        ratio: Number((syncMs / httpMs).toFixed(2)),
      },
      propagation_p95_ms: { value: Math.round(p95), unit: 'ms' },
    };
  } finally {
    await server.close();
  }
}
