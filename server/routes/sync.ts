import type { FastifyInstance } from 'fastify';
import { DEFAULT_PULL_LIMIT, type PullResponse } from '../../shared/api';
import { issueStreamTicket, redeemStreamTicket } from '../auth/stream-tickets';
import { handOver } from '../sync/hand-over';
import { pullJson } from '../sync/pull';
import { push } from '../sync/push';
import type { Ctx } from './context';
import { rawJson, route } from './route';

export function syncRoutes(app: FastifyInstance, ctx: Ctx) {
  route(app, ctx, 'sync.pull', async ({ caller, params, query }) => {
    const json = await pullJson(
      ctx.store.db,
      caller.viewer,
      params.collection,
      query.checkpoint ?? null,
      query.limit ?? DEFAULT_PULL_LIMIT,
    );
    return rawJson<PullResponse>(json);
  });

  route(app, ctx, 'sync.push', async ({ caller, params: { collection }, body: rows }) => {
    const { changed, alsoChanged, ...result } = await push(ctx.store.db, caller.viewer, collection, rows);
    if (changed || alsoChanged.size) {
      ctx.store.noteWrites(rows.length);
      await ctx.store.bus.publish({
        type: 'change',
        collections: [...new Set([...(changed ? [collection] : []), ...alsoChanged])],
      });
    }
    return result;
  });

  route(app, ctx, 'sync.handOver', async ({ caller, body }) => {
    const result = await handOver(ctx.store.db, caller.viewer, body);
    await ctx.store.bus.publish({ type: 'change', collections: ['activities'] });
    return result;
  });

  route(app, ctx, 'sync.streamTicket', async ({ caller, reply }) => {
    reply.header('cache-control', 'no-store');
    return issueStreamTicket(ctx.store.db, caller.sessionId, ctx.auth.now());
  });

  route(app, ctx, 'sync.stream', async ({ query, reply }) => {
    const sessionId = await redeemStreamTicket(ctx.store.db, query.ticket, ctx.auth.now());
    reply.hijack();
    // CORS headers are set by the plugin on `reply`, which hijack bypasses: copy them onto the raw response.
    for (const [k, v] of Object.entries(reply.getHeaders()))
      if (v !== undefined) reply.raw.setHeader(k, v as string);
    ctx.hub.open(sessionId, reply.raw);
  });
}
