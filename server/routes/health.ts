import type { FastifyInstance } from 'fastify';
import { DbUnavailableError } from '../db/db-errors';
import type { Ctx } from './context';
import { route } from './route';

/** `/ready` answers 503 when `select 1` takes longer than this. */
const READY_TIMEOUT_MS = 2_000;

export function healthRoutes(app: FastifyInstance, ctx: Ctx, demo: boolean) {
  route(app, ctx, 'health', async () => ({ ok: true as const, db: ctx.store.dialect, demo }));
  route(app, ctx, 'ready', async () => {
    if (!ctx.store.isReady()) throw new DbUnavailableError('the database has not been reached yet');
    await ctx.store.ping(READY_TIMEOUT_MS);
    return { ok: true as const, db: ctx.store.dialect };
  });
}
