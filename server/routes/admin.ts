import type { FastifyInstance } from 'fastify';
import { OK } from '../../shared/api';
import { canAdminister } from '../../shared/permissions/policy';
import type { Caller } from '../auth/sessions';
import { HttpError } from '../http-error';
import { streamOnlineSql } from '../stream/presence';
import type { Ctx } from './context';
import { route } from './route';

function requireAdmin(caller: Caller) {
  const decision = canAdminister(caller.viewer);
  if (!decision.ok) throw new HttpError(403, decision.code, decision.reason);
}

export function adminRoutes(app: FastifyInstance, ctx: Ctx) {
  route(app, ctx, 'admin.devices', async ({ caller }) => {
    requireAdmin(caller);
    const rows = await ctx.store.db
      .selectFrom('device_sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        's.id',
        's.user_id',
        'u.name',
        's.device_id',
        's.device_name',
        's.last_seen_at',
        's.revoked_at',
        streamOnlineSql.as('stream_online'),
      ])
      .orderBy('s.last_seen_at', 'desc')
      .execute();
    // Streams held here are certain; those of other processes are known from their presence stamps.
    const online = ctx.hub.onlineSessions();
    return {
      devices: rows.map((r) => ({
        sessionId: r.id,
        userId: r.user_id,
        userName: r.name,
        deviceId: r.device_id,
        deviceName: r.device_name,
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
        revoked: r.revoked_at !== null,
        online: r.revoked_at === null && (online.has(r.id) || r.stream_online),
      })),
    };
  });

  route(app, ctx, 'admin.revokeDevice', async ({ caller, params: { sessionId } }) => {
    requireAdmin(caller);
    const result = await ctx.store.db
      .updateTable('device_sessions')
      .set({ revoked_at: new Date() })
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new HttpError(404, 'NOT_FOUND', `sessionId: no session ${sessionId}`);
    await ctx.store.bus.publish({ type: 'revoke', sessionId });
    return OK;
  });
}
