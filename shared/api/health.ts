import { z } from 'zod';
import { endpoint } from './endpoint';

/** Liveness (the process answers) and readiness (the database answers too: a balancer's health check). */
export const healthEndpoints = {
  health: endpoint({
    method: 'GET',
    path: '/health',
    access: 'public',
    /** `demo`: the login screen lists the demo accounts (older servers do not say). */
    response: z.object({ ok: z.literal(true), db: z.string(), demo: z.boolean().optional() }),
    errors: [],
  }),
  ready: endpoint({
    method: 'GET',
    path: '/ready',
    access: 'public',
    response: z.object({ ok: z.literal(true), db: z.string() }),
    errors: ['DB_UNAVAILABLE'],
  }),
} as const;
