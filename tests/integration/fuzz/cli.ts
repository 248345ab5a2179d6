/**
 * The reassignment fuzz, long: `npm run fuzz -- --steps 5000 --seed 42 --backend pglite`. Without --seed a
 * random one is drawn (and printed); --runs N repeats with new seeds. Exits 1 on any violation.
 */
import { parseArgs } from 'node:util';
import type { BackendKind } from '../harness';
import { formatReport, randomSeed, runFuzz } from './fuzz-run';

const { values } = parseArgs({
  options: {
    steps: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    backend: { type: 'string', default: 'pglite' },
    runs: { type: 'string', default: '1' },
    verbose: { type: 'boolean', default: false },
  },
});
let failed = false;
for (let run = 0; run < Number(values.runs); run++) {
  const seed = values.seed && run === 0 ? Number(values.seed) : randomSeed();
  console.log(`fuzz: seed ${seed}, ${values.steps} steps on ${values.backend}`);
  const report = await runFuzz({
    kind: values.backend as BackendKind,
    seed,
    steps: Number(values.steps),
    log: (line) => console.log(line),
    verbose: values.verbose,
  });
  console.log(formatReport(report));
  failed ||= report.violations.length > 0;
}
process.exit(failed ? 1 : 0);
