import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canAdminister } from '../../shared/permissions/policy';
import type { DeviceSession } from '../../shared/sync/protocol';
import { HttpError } from '../http-error';
import { streamOnlineSql } from '../stream/presence';
import { callerOf, type Ctx } from './context';

async function admin(ctx: Ctx, req: FastifyRequest) {
  const caller = await callerOf(ctx, req);
  const decision = canAdminister(caller.viewer);
  if (!decision.ok) throw new HttpError(403, decision.code, decision.reason);
  return caller;
}

export function adminRoutes(app: FastifyInstance, ctx: Ctx) {
  app.get('/admin/devices', async (req): Promise<{ devices: DeviceSession[] }> => {
    await admin(ctx, req);
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

  app.post('/admin/devices/:sessionId/revoke', async (req) => {
    await admin(ctx, req);
    const { sessionId } = req.params as { sessionId: string };
    const result = await ctx.store.db
      .updateTable('device_sessions')
      .set({ revoked_at: new Date() })
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new HttpError(404, 'NOT_FOUND', `sessionId: no session ${sessionId}`);
    await ctx.store.bus.publish({ type: 'revoke', sessionId });
    return { ok: true };
  });
}
