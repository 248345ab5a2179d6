import type { FastifyInstance } from 'fastify';
import { assignRequestSchema, claimRequestSchema } from '../../shared/sync/protocol';
import { assign, claim } from '../sync/assign';
import { callerOf, type Ctx } from './context';
import { parseBody } from './parse';

export function assignRoutes(app: FastifyInstance, ctx: Ctx) {
  app.post('/assign', async (req) => {
    const caller = await callerOf(ctx, req);
    const body = parseBody(assignRequestSchema, req.body);
    const { assigned, collections } = await assign(ctx.store.db, caller.viewer, body);
    ctx.store.noteWrites(assigned);
    if (collections.length) await ctx.store.bus.publish({ type: 'change', collections });
    return { assigned };
  });
  app.post('/pool/claim', async (req) => {
    const caller = await callerOf(ctx, req);
    const body = parseBody(claimRequestSchema, req.body);
    const { collections } = await claim(ctx.store.db, caller.viewer, body);
    await ctx.store.bus.publish({ type: 'change', collections });
    return { ok: true };
  });
}
