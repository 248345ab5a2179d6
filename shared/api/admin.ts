import { z } from 'zod';
import { okSchema } from './auth';
import { endpoint } from './endpoint';

export const deviceSessionSchema = z.object({
  sessionId: z.string(),
  userId: z.string(),
  userName: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  lastSeenAt: z.string(),
  revoked: z.boolean(),
  /** An open live stream on any server process. */
  online: z.boolean(),
});
export type DeviceSession = z.infer<typeof deviceSessionSchema>;

/** Administration of signed-in devices (admins only). */
export const adminEndpoints = {
  'admin.devices': endpoint({
    method: 'GET',
    path: '/admin/devices',
    access: 'session',
    response: z.object({ devices: z.array(deviceSessionSchema) }),
    errors: ['FORBIDDEN'],
  }),
  /** Forced sign-out: the session's stream closes at once and its next request gets SESSION_REVOKED. */
  'admin.revokeDevice': endpoint({
    method: 'POST',
    path: '/admin/devices/:sessionId/revoke',
    access: 'session',
    params: z.object({ sessionId: z.string().min(1).max(80) }),
    response: okSchema,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
} as const;
