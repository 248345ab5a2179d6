/**
 * Sync benchmarks against a real server on 127.0.0.1 (embedded PGlite):
 *  - initial_sync_10k_vs_http: first sync of 10,000 documents into an empty client (paged pull, stored in
 *    RxDB with replication metadata), divided by a plain HTTP JSON download of the same documents from the
 *    same server: one GET, parsed, nothing stored (value = ratio; target ≤ 3).
 *  - initial_sync_10k_vs_static_json: the same sync divided by a download of the documents pre-serialised in
 *    memory by a bare Node HTTP server: no database read at all. No target; shown so the floor is visible.
 *  - propagation_p95_ms: a write on one client until it is in another client's database, over the live stream.
 * Each time is the best of five runs (both sides alike), so one-off JIT warm-up and GC pauses do not decide.
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

const RUNS = 5;

async function bestOf(runs: number, run: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await run());
  return Math.min(...times);
}

/** One plain GET of every document from the sync server, parsed; nothing is stored. */
async function serverDownloadMs(url: string, token: string): Promise<number> {
  return bestOf(RUNS, async () => {
    const t = performance.now();
    const res = await fetch(`${url}/sync/accounts/pull?limit=${DOCS}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { documents: unknown[] };
    if (body.documents.length !== DOCS) throw new Error('server download incomplete');
    return performance.now() - t;
  });
}

async function staticDownloadMs(body: string): Promise<number> {
  const srv = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const address = srv.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/docs.json`;
  try {
    return await bestOf(RUNS, async () => {
      const t = performance.now();
      const docs = (await (await fetch(url)).json()) as unknown[];
      if (docs.length !== DOCS) throw new Error('static download incomplete');
      return performance.now() - t;
    });
  } finally {
    await new Promise((r) => srv.close(r));
  }
}

function ratio(ms: number, baselineMs: number): Metric {
  const value = Number((ms / baselineMs).toFixed(2));
  return { value, unit: 'x', ratio: value };
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
    const staticMs = await staticDownloadMs(JSON.stringify(docs));
    const li = (await login(server.url, 'li@demo.local')).res.accessToken;
    const httpMs = await serverDownloadMs(server.url, li);

    const syncMs = await bestOf(RUNS, async () => {
      const fresh = await openDevice(server.url, 'li@demo.local', ['accounts']);
      try {
        const t = performance.now();
        await fresh.online(); // the app's own page size
        const ms = performance.now() - t;
        const count = await fresh.db.accounts.count().exec();
        if (count !== DOCS) throw new Error(`initial sync got ${count} of ${DOCS} documents`);
        return ms;
      } finally {
        await fresh.close();
      }
    });
    if (process.env.SYNC_BENCH_DEBUG) console.error({ staticMs, httpMs, syncMs });

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
      initial_sync_10k_vs_http: ratio(syncMs, httpMs),
      initial_sync_10k_vs_static_json: ratio(syncMs, staticMs),
      propagation_p95_ms: { value: Math.round(p95), unit: 'ms' },
    };
  } finally {
    await server.close();
  }
}
