import { z } from 'zod';
import { text } from '../model/text';
import { okSchema } from './auth';
import { endpoint } from './endpoint';

export const assignRequestSchema = z.object({
  collection: z.enum(['leads', 'accounts']),
  ids: z.array(text().min(1).max(40)).min(1).max(5000),
  /** A user's id, or "pool". */
  ownerId: text().min(1).max(40),
});
export type AssignRequest = z.infer<typeof assignRequestSchema>;

export const claimRequestSchema = z.object({
  collection: z.enum(['leads', 'accounts']),
  id: text().min(1).max(40),
});
export type ClaimRequest = z.infer<typeof claimRequestSchema>;

/** Assignment by a manager and pool claims (docs/sync-protocol.md, Assignment and the pool). */
export const assignmentEndpoints = {
  /** Children follow their lead or account. */
  'assign.assign': endpoint({
    method: 'POST',
    path: '/assign',
    access: 'session',
    body: assignRequestSchema,
    response: z.object({ assigned: z.number().int() }),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  /** 409 ALREADY_CLAIMED never names the holder; 404 when the record is not visible. */
  'pool.claim': endpoint({
    method: 'POST',
    path: '/pool/claim',
    access: 'session',
    body: claimRequestSchema,
    response: okSchema,
    errors: ['ALREADY_CLAIMED', 'NOT_FOUND', 'FORBIDDEN'],
  }),
} as const;
