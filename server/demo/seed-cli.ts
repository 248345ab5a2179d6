import { parseArgs } from 'node:util';
import { configFromEnv } from '../config';
import { openStore } from '../db/connect';
import { seedVolume } from './seed-volume';

/**
 * npm run seed -- --leads 10000 [--seed 1]: fills the server database (CRM_DATA_DIR's PGlite, or DATABASE_URL)
 * with the demo organisation and leads, accounts, deals and activities in proportion, to feel the app at volume.
 */
const { values } = parseArgs({
  options: { leads: { type: 'string', default: '1000' }, seed: { type: 'string' } },
});
const leads = Number(values.leads);
if (!Number.isInteger(leads) || leads < 1) {
  console.error(`--leads: must be a whole number ≥ 1, got "${values.leads}"`);
  process.exit(2);
}
const config = configFromEnv();
const store = await openStore(config);
try {
  const counts = await seedVolume(store.db, { leads, seed: values.seed ? Number(values.seed) : 1 });
  console.log(
    `seeded ${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}: ` +
      Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', '),
  );
} finally {
  await store.close();
}
