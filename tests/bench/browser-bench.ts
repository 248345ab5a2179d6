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
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><script src="/bench.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
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
