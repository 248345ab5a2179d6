import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isCollectionName, type CollectionName } from '../../shared/model/collections';
import { checkpointSchema, handOverRequestSchema, pushRequestSchema } from '../../shared/sync/protocol';
import { issueStreamTicket, redeemStreamTicket } from '../auth/stream-tickets';
import { HttpError } from '../http-error';
import { handOver } from '../sync/hand-over';
import { pullJson } from '../sync/pull';
import { push } from '../sync/push';
import { callerOf, type Ctx } from './context';
import { parseBody } from './parse';

/** A whole first sync of a large book fits in a few pages (10,000 documents are about 5 MB of JSON). */
const MAX_PULL_LIMIT = 10_000;
/** Wrapped so that a refusal names `checkpoint.xid` / `checkpoint.id`. */
const checkpointQuerySchema = z.object({ checkpoint: checkpointSchema.nullable() });

function collectionParam(params: unknown): CollectionName {
  const name = (params as { collection: string }).collection;
  if (!isCollectionName(name))
    throw new HttpError(404, 'NOT_FOUND', `collection: unknown collection "${name}"`);
  return name;
}

export function syncRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get('/sync/:collection/pull', async (req, reply) => {
    const caller = await callerOf(ctx, req);
    const collection = collectionParam(req.params);
    const q = req.query as { checkpoint?: string; limit?: string };
    let checkpoint = null;
    if (q.checkpoint) {
      let raw: unknown;
      try {
        raw = JSON.parse(q.checkpoint);
      } catch {
        throw new HttpError(400, 'INVALID', 'checkpoint: must be JSON');
      }
      checkpoint = parseBody(checkpointQuerySchema, { checkpoint: raw }).checkpoint;
    }
    const limit = Math.min(Math.max(Math.floor(Number(q.limit)) || 100, 1), MAX_PULL_LIMIT);
    const json = await pullJson(ctx.store.db, caller.viewer, collection, checkpoint, limit);
    return reply.type('application/json; charset=utf-8').send(json);
  });

  app.post('/sync/:collection/push', async (req) => {
    const caller = await callerOf(ctx, req);
    const collection = collectionParam(req.params);
    const rows = parseBody(pushRequestSchema, req.body);
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

  app.post('/sync/hand-over', async (req) => {
    const caller = await callerOf(ctx, req);
    const result = await handOver(ctx.store.db, caller.viewer, parseBody(handOverRequestSchema, req.body));
    await ctx.store.bus.publish({ type: 'change', collections: ['activities'] });
    return result;
  });

  app.post('/sync/stream-ticket', async (req, reply) => {
    const caller = await callerOf(ctx, req);
    reply.header('cache-control', 'no-store');
    return issueStreamTicket(ctx.store.db, caller.sessionId, ctx.auth.now());
  });

  app.get('/sync/stream', async (req, reply) => {
    const ticket = (req.query as { ticket?: unknown }).ticket;
    const sessionId = await redeemStreamTicket(
      ctx.store.db,
      typeof ticket === 'string' ? ticket : undefined,
      ctx.auth.now(),
    );
    reply.hijack();
    // CORS headers are set by the plugin on `reply`, which hijack bypasses: copy them onto the raw response.
    for (const [k, v] of Object.entries(reply.getHeaders()))
      if (v !== undefined) reply.raw.setHeader(k, v as string);
    ctx.hub.open(sessionId, reply.raw);
  });
}
