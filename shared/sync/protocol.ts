/**
 * @deprecated The HTTP bodies of the sync server moved to the HTTP contract, shared/api (docs/http-api.md):
 * import from there. Kept as re-exports only while the sync client (renderer/src/db/replication) moves over.
 */
export {
  loginRequestSchema,
  sessionUserSchema,
  refreshRequestSchema,
  type LoginRequest,
  type SessionUser,
  type TokenPair,
  type LoginResponse,
} from '../api/auth';
export {
  checkpointSchema,
  pushRowSchema,
  pushRequestSchema,
  handOverRequestSchema,
  RESYNC,
  type Checkpoint,
  type WireDoc,
  type PullResponse,
  type PushRow,
  type RejectCode,
  type Rejection,
  type PushResponse,
  type HandOverRequest,
  type HandOverResponse,
  type StreamTicket,
} from '../api/sync';
export {
  assignRequestSchema,
  claimRequestSchema,
  type AssignRequest,
  type ClaimRequest,
} from '../api/assignment';
export type { DeviceSession } from '../api/admin';
export type { ErrorBody } from '../api/errors';
