import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { chromiumPath, chromiumArgs } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');

/** Bundles the in-browser bench, serves it on loopback, and runs it in headless Chromium. */
export async function runBrowserBench() {
  const outDir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    build: {
      outDir,
      lib: {
        entry: join(root, 'tests/bench/browser/lead-bench.ts'),
        formats: ['iife'],
        name: 'leadBench',
        fileName: () => 'bench.js',
      },
    },
  });
  const js = readFileSync(join(outDir, 'bench.js'));
  const server = createServer((req, res) => {
    // UTF-8 said out loud: the bundle holds non-ASCII text (e.g. the accent-folding tables).
    if (req.url === '/bench.js')
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    // A bundle that failed to load says why, instead of "runLeadBench is not a function".
    if (errors.length) throw new Error(`browser bench failed to load: ${errors.join('; ')}`);
    const r = await page.evaluate(() => (window as any).runLeadBench({ saves: 200, bulk: 10_000 }));
    return {
      lead_save_p50_ms: { value: round(r.saveP50), unit: 'ms' },
      lead_save_p95_ms: { value: round(r.saveP95), unit: 'ms' },
      bulk_insert_10k_rxdb_ms: { value: round(r.rxdbMs), unit: 'ms' },
      bulk_insert_10k_dexie_ms: { value: round(r.dexieMs), unit: 'ms' },
      bulk_insert_10k_vs_dexie: {
        value: round(r.rxdbMs / r.dexieMs),
        unit: 'ratio',
        ratio: round(r.rxdbMs / r.dexieMs),
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
