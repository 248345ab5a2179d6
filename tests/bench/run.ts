/**
 * `npm run bench`: performance targets live here, not in timed unit tests.
 * Prints a table with targets, or with --json one object {"<metric>": {value, unit, ratio?}} and nothing else.
 */
import { runBrowserBench } from './browser-bench';
import { runLeadListBench } from './lead-list-bench';
import { runSyncBench } from './sync-bench';

type Metric = { value: number; unit: string; ratio?: number };
const targets: Record<string, string> = {
  lead_save_p95_ms: '< 50 ms',
  bulk_insert_10k_vs_dexie: '≤ 3',
  initial_sync_10k_vs_http: '≤ 3',
  propagation_p95_ms: '< 1000 ms',
  lead_list_query_10k_p95_ms: '< 16 ms (one frame)',
};

async function main() {
  const json = process.argv.includes('--json');
  const log = json ? () => {} : (s: string) => process.stderr.write(`${s}\n`);
  const results: Record<string, Metric> = {};
  log('local store (Chromium, IndexedDB)…');
  Object.assign(results, await runBrowserBench());
  Object.assign(results, runLeadListBench());
  log('sync (server on 127.0.0.1)…');
  Object.assign(results, await runSyncBench());
  if (json) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return;
  }
  for (const [name, m] of Object.entries(results)) {
    const target = targets[name] ? `  target ${targets[name]}` : '';
    console.log(`${name.padEnd(28)} ${String(m.value).padStart(10)} ${m.unit}${target}`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
