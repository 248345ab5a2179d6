import { z } from 'zod';
import { roleSchema } from '../model/settings';
import { text } from '../model/text';
import { endpoint } from './endpoint';

export const loginRequestSchema = z.object({
  email: text().min(1).max(254),
  password: text().min(1).max(200),
  deviceId: text().min(1).max(80),
  deviceName: text().max(200).default(''),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: text(),
  name: text(),
  email: text(),
  role: roleSchema,
  departmentId: text(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  accessExpiresAt: z.string(),
  refreshToken: z.string(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const loginResponseSchema = tokenPairSchema.extend({ user: sessionUserSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const refreshRequestSchema = z.object({
  refreshToken: text().min(1),
  deviceId: text().min(1).max(80),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
/** The answer of a call that only acknowledges. */
export const OK = { ok: true } as const;

/** Sign-in and the session of a device (docs/sync-protocol.md, Auth). */
export const authEndpoints = {
  'auth.login': endpoint({
    method: 'POST',
    path: '/auth/login',
    access: 'public',
    body: loginRequestSchema,
    response: loginResponseSchema,
    errors: ['BAD_CREDENTIALS', 'TOO_MANY_ATTEMPTS'],
  }),
  /** Rotates the pair; an earlier token presented again closes the session (theft). */
  'auth.refresh': endpoint({
    method: 'POST',
    path: '/auth/refresh',
    access: 'public',
    body: refreshRequestSchema,
    response: tokenPairSchema,
    errors: ['SESSION_REVOKED', 'SESSION_EXPIRED'],
  }),
  'auth.logout': endpoint({
    method: 'POST',
    path: '/auth/logout',
    access: 'session',
    response: okSchema,
    errors: [],
  }),
  'auth.me': endpoint({
    method: 'GET',
    path: '/auth/me',
    access: 'session',
    response: sessionUserSchema,
    errors: [],
  }),
} as const;
