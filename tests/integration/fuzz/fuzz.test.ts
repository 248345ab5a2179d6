import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../harness';
import { formatReport, runFuzz } from './fuzz-run';

/** CI size: a few hundred steps over fixed seeds; `npm run fuzz` runs it long (README, "Sync fuzz"). */
const RUNS = [
  { seed: 11, steps: 120 },
  { seed: 2026, steps: 120 },
];

describe.each(BACKENDS)('reassignment fuzz (%s)', (kind) => {
  it.each(RUNS)(
    'seed $seed, $steps steps: nothing lost, everyone converges',
    async ({ seed, steps }) => {
      const report = await runFuzz({ kind, seed, steps });
      console.log(formatReport(report));
      expect(report.violations).toEqual([]);
      // The seeds are chosen so that even this short run deletes records for good and reassigns them.
      expect(report.stepCounts).toMatchObject({
        hardDelete: expect.any(Number),
        reassign: expect.any(Number),
      });
    },
    300_000,
  );
});
