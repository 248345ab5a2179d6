import type { FastifyInstance } from 'fastify';
import { blobRoutes } from '../blobs/blob-routes';
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
  authRoutes(app, ctx);
  syncRoutes(app, ctx);
  assignRoutes(app, ctx);
  adminRoutes(app, ctx);
  await app.register(blobRoutes, { ctx, store: options.blobStore });
}
