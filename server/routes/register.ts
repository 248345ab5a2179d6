import type { FastifyInstance } from 'fastify';
import { blobRoutes } from '../blobs/blob-routes';
import { DbUnavailableError } from '../db/db-errors';
import type { BlobStore } from '../blobs/blob-store';
import { adminRoutes } from './admin';
import { assignRoutes } from './assign';
import { authRoutes } from './auth';
import type { Ctx } from './context';
import { healthRoutes } from './health';
import { syncRoutes } from './sync';

/** Every route of the HTTP contract (shared/api/contract.ts); a test checks nothing is missing or extra. */
export async function registerApi(
  app: FastifyInstance,
  ctx: Ctx,
  options: { blobStore: BlobStore; demo: boolean },
) {
  healthRoutes(app, ctx, options.demo);
  await app.register(async (api) => {
    // Until the database is reached and migrated every data route answers 503: the device retries later.
    api.addHook('onRequest', async () => {
      if (!ctx.store.isReady()) throw new DbUnavailableError('the database has not been reached yet');
    });
    authRoutes(api, ctx);
    syncRoutes(api, ctx);
    assignRoutes(api, ctx);
    adminRoutes(api, ctx);
    await api.register(blobRoutes, { ctx, store: options.blobStore });
  });
}
