import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, refreshRequestSchema } from '../../shared/sync/protocol';
import { throttledLogin } from '../auth/login-throttle';
import { login, logout, refresh } from '../auth/sessions';
import { callerOf, type Ctx } from './context';
import { parseBody } from './parse';

export function authRoutes(app: FastifyInstance, ctx: Ctx) {
  app.post('/auth/login', async (req) => {
    const body = parseBody(loginRequestSchema, req.body);
    const now = ctx.auth.now();
    return throttledLogin(ctx.store.db, { email: body.email, address: req.ip }, now, () =>
      login(ctx.store.db, body.email, body.password, body.deviceId, body.deviceName, now),
    );
  });
  app.post('/auth/refresh', async (req) => {
    const body = parseBody(refreshRequestSchema, req.body);
    return refresh(ctx.store.db, body.refreshToken, body.deviceId, {
      ...ctx.auth,
      onRevoke: (sessionId) => ctx.store.bus.publish({ type: 'revoke', sessionId }),
    });
  });
  app.post('/auth/logout', async (req) => {
    const caller = await callerOf(ctx, req);
    await logout(ctx.store.db, caller.sessionId);
    await ctx.store.bus.publish({ type: 'revoke', sessionId: caller.sessionId });
    return { ok: true };
  });
  app.get('/auth/me', async (req) => (await callerOf(ctx, req)).user);
}
