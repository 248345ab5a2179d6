/** The HTTP bodies of the sync server (docs/sync-protocol.md): types and their zod checks, shared by client and server. */
import { z } from 'zod';
import { roleSchema } from '../model/settings';
import { text } from '../model/text';

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

export interface TokenPair {
  accessToken: string;
  accessExpiresAt: string;
  refreshToken: string;
}
export interface LoginResponse extends TokenPair {
  user: SessionUser;
}

/** `POST /sync/stream-ticket`: opens one live stream (`GET /sync/stream?ticket=`) within a minute, once. */
export interface StreamTicket {
  ticket: string;
  expiresAt: string;
}

export const refreshRequestSchema = z.object({
  refreshToken: text().min(1),
  deviceId: text().min(1).max(80),
});

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

/** A document on the wire: the domain fields plus RxDB's `_deleted`. */
export type WireDoc = Record<string, unknown> & { id: string; _deleted: boolean };

export interface PullResponse {
  documents: WireDoc[];
  checkpoint: Checkpoint | null;
  /** The server's clock when it answered: devices correct their own by it (shared/sync/clock.ts). */
  serverTime?: string;
}

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
export type RejectCode = 'INVALID' | 'FORBIDDEN' | 'GONE';
export interface Rejection {
  id: string;
  code: RejectCode;
  reason: string;
  issues?: { field: string; message: string }[];
}
/**
 * A refused row is in `rejected` (the change, with the reason) and also in `conflicts` with what the device
 * must hold instead: the server's current document, or a tombstone of the device's own state when the record
 * is out of the caller's scope or gone.
 */
export interface PushResponse {
  conflicts: WireDoc[];
  rejected: Rejection[];
}

export const assignRequestSchema = z.object({
  collection: z.enum(['leads', 'accounts']),
  ids: z.array(text().min(1).max(40)).min(1).max(5000),
  ownerId: text().min(1).max(40),
});
export type AssignRequest = z.infer<typeof assignRequestSchema>;

export const claimRequestSchema = z.object({
  collection: z.enum(['leads', 'accounts']),
  id: text().min(1).max(40),
});
export type ClaimRequest = z.infer<typeof claimRequestSchema>;

export interface DeviceSession {
  sessionId: string;
  userId: string;
  userName: string;
  deviceId: string;
  deviceName: string;
  lastSeenAt: string;
  revoked: boolean;
  online: boolean;
}

/** Error bodies: `code` is for programs, `message` for people. */
export interface ErrorBody {
  code: string;
  message: string;
  issues?: { field: string; message: string }[];
}

/** Sent on the stream on every (re)connect: the client pulls everything it may have missed. */
export const RESYNC = 'RESYNC';

/**
 * A refused change handed to whoever holds the record now, as a note on it (POST /sync/hand-over). The
 * server writes the note in the record's current owner's name so that they see it; `noteId` makes a retry
 * land once.
 */
export const handOverRequestSchema = z.object({
  noteId: text().min(1).max(40),
  collection: z.enum(['leads', 'accounts', 'contacts', 'opportunities', 'samples', 'documents']),
  id: text().min(1).max(40),
  title: text().trim().min(1).max(300),
  body: text().max(10000),
});
export type HandOverRequest = z.infer<typeof handOverRequestSchema>;
export interface HandOverResponse {
  noteId: string;
  /** Who holds the record (and so the note) now. */
  ownerId: string;
}
