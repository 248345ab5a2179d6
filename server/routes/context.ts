import type { FastifyRequest } from 'fastify';
import type { Store } from '../db/connect';
import { authenticate, type Caller } from '../auth/sessions';
import type { StreamHub } from '../stream/hub';

export interface Ctx {
  store: Store;
  hub: StreamHub;
}

/** The bearer token: the Authorization header, or `?access_token=` for browsers' EventSource (no headers). */
export function tokenOf(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  const q = (req.query as Record<string, unknown> | undefined)?.access_token;
  return typeof q === 'string' ? q : undefined;
}

export function callerOf(ctx: Ctx, req: FastifyRequest): Promise<Caller> {
  return authenticate(ctx.store.db, tokenOf(req));
}
