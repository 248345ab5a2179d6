import { throttledLogin } from '../auth/login-throttle';
import { login, logout, refresh } from '../auth/sessions';
import type { Ctx } from './context';
import { route } from './route';
import type { FastifyInstance } from 'fastify';
import { OK } from '../../shared/api';

export function authRoutes(app: FastifyInstance, ctx: Ctx) {
  route(app, ctx, 'auth.login', async ({ body, req }) => {
    const now = ctx.auth.now();
    return throttledLogin(ctx.store.db, { email: body.email, address: req.ip }, now, () =>
      login(ctx.store.db, body.email, body.password, body.deviceId, body.deviceName, now),
    );
  });
  route(app, ctx, 'auth.refresh', async ({ body }) =>
    refresh(ctx.store.db, body.refreshToken, body.deviceId, {
      ...ctx.auth,
      onRevoke: (sessionId) => ctx.store.bus.publish({ type: 'revoke', sessionId }),
    }),
  );
  route(app, ctx, 'auth.logout', async ({ caller }) => {
    await logout(ctx.store.db, caller.sessionId);
    await ctx.store.bus.publish({ type: 'revoke', sessionId: caller.sessionId });
    return OK;
  });
  route(app, ctx, 'auth.me', async ({ caller }) => caller.user);
}
