import type { FastifyInstance } from 'fastify';
import { OK } from '../../shared/api';
import { assign, claim } from '../sync/assign';
import type { Ctx } from './context';
import { route } from './route';

export function assignRoutes(app: FastifyInstance, ctx: Ctx) {
  route(app, ctx, 'assign.assign', async ({ caller, body }) => {
    const { assigned, collections } = await assign(ctx.store.db, caller.viewer, body);
    ctx.store.noteWrites(assigned);
    if (collections.length) await ctx.store.bus.publish({ type: 'change', collections });
    return { assigned };
  });
  route(app, ctx, 'pool.claim', async ({ caller, body }) => {
    const { collections } = await claim(ctx.store.db, caller.viewer, body);
    await ctx.store.bus.publish({ type: 'change', collections });
    return OK;
  });
}
