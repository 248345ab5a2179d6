import { z } from 'zod';
import { collectionNames } from '../model/collections';
import { text } from '../model/text';
import { endpoint, eventStream } from './endpoint';
import { clampedIntQuery, jsonQuery } from './query';
import { issueSchema } from './errors';

/** xid8 is an unsigned 64-bit number: anything else is refused here rather than failing in Postgres. */
const XID8_MAX = 18446744073709551615n;
export const checkpointSchema = z
  .object({
    xid: text()
      .regex(/^\d{1,20}$/, 'must be a transaction number')
      .refine((x) => BigInt(x) <= XID8_MAX, 'is out of range'),
    id: text().max(40),
  })
  .strict();
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** A document on the wire: the domain fields (checked per collection by the push) plus RxDB's `_deleted`. */
export const wireDocSchema = z.object({ id: z.string(), _deleted: z.boolean() }).catchall(z.unknown());
export type WireDoc = Record<string, unknown> & { id: string; _deleted: boolean };

/** A whole first sync of a large book fits in a few pages (10,000 documents are about 5 MB of JSON). */
export const MAX_PULL_LIMIT = 10_000;
export const DEFAULT_PULL_LIMIT = 100;

export const pullQuerySchema = z.object({
  checkpoint: jsonQuery(checkpointSchema.nullable(), { empty: null }).optional(),
  limit: clampedIntQuery(1, MAX_PULL_LIMIT, DEFAULT_PULL_LIMIT).optional(),
});
export type PullQuery = z.output<typeof pullQuerySchema>;

export const pullResponseSchema = z.object({
  documents: z.array(wireDocSchema),
  checkpoint: checkpointSchema.nullable(),
  /** The server's clock when it answered: devices correct their own by it (shared/sync/clock.ts). */
  serverTime: z.string().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const pushRowSchema = z.object({
  newDocumentState: z.record(z.string(), z.unknown()),
  assumedMasterState: z.record(z.string(), z.unknown()).optional().nullable(),
  /**
   * The xid of the last pull checkpoint of this collection the device had when the change was made: a
   * former owner's edit is merged only if the device had not yet pulled the record's reassignment.
   */
  pulledXid: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});
export const pushRequestSchema = z.array(pushRowSchema).max(1000);
export type PushRow = z.infer<typeof pushRowSchema>;

/** GONE: the record was deleted on the server while this device edited it. */
export const rejectCodeSchema = z.enum(['INVALID', 'FORBIDDEN', 'GONE']);
export type RejectCode = z.infer<typeof rejectCodeSchema>;
export const rejectionSchema = z.object({
  id: z.string(),
  code: rejectCodeSchema,
  reason: z.string(),
  issues: z.array(issueSchema).optional(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/**
 * A refused row is in `rejected` (the change, with the reason) and also in `conflicts` with what the device
 * must hold instead: the server's current document, or a tombstone of the device's own state when the record
 * is out of the caller's scope or gone.
 */
export const pushResponseSchema = z.object({
  conflicts: z.array(wireDocSchema),
  rejected: z.array(rejectionSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/**
 * A refused change handed to whoever holds the record now, as a note on it. The server writes the note in
 * the record's current owner's name so that they see it; `noteId` makes a retry land once.
 */
export const handOverRequestSchema = z.object({
  noteId: text().min(1).max(40),
  collection: z.enum(['leads', 'accounts', 'contacts', 'opportunities', 'samples', 'documents']),
  id: text().min(1).max(40),
  title: text().trim().min(1).max(300),
  body: text().max(10000),
});
export type HandOverRequest = z.infer<typeof handOverRequestSchema>;
export const handOverResponseSchema = z.object({
  noteId: z.string(),
  /** Who holds the record (and so the note) now. */
  ownerId: z.string(),
});
export type HandOverResponse = z.infer<typeof handOverResponseSchema>;

/** `POST /sync/stream-ticket`: opens one live stream (`GET /sync/stream?ticket=`) within a minute, once. */
export const streamTicketSchema = z.object({ ticket: z.string(), expiresAt: z.string() });
export type StreamTicket = z.infer<typeof streamTicketSchema>;

/** Sent on the stream on every (re)connect: the client pulls everything it may have missed. */
export const RESYNC = 'RESYNC';

const collectionParams = z.object({ collection: z.enum(collectionNames) });

/** Replication, the live stream and hand-overs (docs/sync-protocol.md). */
export const syncEndpoints = {
  'sync.pull': endpoint({
    method: 'GET',
    path: '/sync/:collection/pull',
    access: 'session',
    params: collectionParams,
    badParams: 404,
    query: pullQuerySchema,
    response: pullResponseSchema,
    errors: [],
  }),
  'sync.push': endpoint({
    method: 'POST',
    path: '/sync/:collection/push',
    access: 'session',
    params: collectionParams,
    badParams: 404,
    body: pushRequestSchema,
    response: pushResponseSchema,
    errors: [],
  }),
  'sync.handOver': endpoint({
    method: 'POST',
    path: '/sync/hand-over',
    access: 'session',
    body: handOverRequestSchema,
    response: handOverResponseSchema,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  'sync.streamTicket': endpoint({
    method: 'POST',
    path: '/sync/stream-ticket',
    access: 'session',
    response: streamTicketSchema,
    errors: [],
  }),
  /** `event: change` `data: {"collections": [...]}`, and `data: "RESYNC"` on every (re)connect. */
  'sync.stream': endpoint({
    method: 'GET',
    path: '/sync/stream',
    access: 'ticket',
    query: z.object({ ticket: text().optional() }),
    response: eventStream,
    errors: ['SESSION_REVOKED'],
  }),
} as const;
