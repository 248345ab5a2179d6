import { z } from 'zod';

/**
 * Every `code` an error answer of the sync server can carry (the HTTP status says the class, the code what
 * happened): programs branch on the code, people read the message.
 */
export const errorCodes = [
  /** A request field failed its schema or the domain rules; `issues` names each field. */
  'INVALID',
  /** The request as a whole is malformed (not JSON, a body where none belongs, …). */
  'BAD_REQUEST',
  'BAD_CREDENTIALS',
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'SESSION_REVOKED',
  'SESSION_EXPIRED',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'NOT_FOUND',
  'ALREADY_CLAIMED',
  'HASH_MISMATCH',
  'UNSUPPORTED_TYPE',
  'BLOB_MISSING',
  /** The database is away: retry after the `Retry-After` header. Never a refusal. */
  'DB_UNAVAILABLE',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const issueSchema = z.object({ field: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

/**
 * The body of every error answer. `code` stays a string here so that a client reads codes of newer servers
 * too (it maps unknown ones to a generic refusal); some answers add fields for programs, e.g. `retryAfter`.
 */
export const errorBodySchema = z
  .object({ code: z.string(), message: z.string(), issues: z.array(issueSchema).optional() })
  .catchall(z.unknown());
export type ErrorBody = z.infer<typeof errorBodySchema>;
