import type { FastifyRequest } from 'fastify';
import type { Store } from '../db/connect';
import { authenticate, type Caller } from '../auth/sessions';
import type { AuthSettings } from '../auth/settings';
import type { StreamHub } from '../stream/hub';

export interface Ctx {
  store: Store;
  hub: StreamHub;
  auth: AuthSettings;
}

/**
 * The bearer token, from the Authorization header only: a token in a URL ends up in logs and histories. The
 * live stream, which browsers cannot give headers, uses a stream ticket instead (auth/stream-tickets.ts).
 */
export function tokenOf(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

export function callerOf(ctx: Ctx, req: FastifyRequest): Promise<Caller> {
  return authenticate(ctx.store.db, tokenOf(req), ctx.auth.now());
}
