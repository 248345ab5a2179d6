/**
 * Which database errors mean "the database is away" (dropped, restarting, frozen, out of connections) rather
 * than a bug: those answer 503 with Retry-After, and the client tries again later.
 */

/** Thrown by our own checks (the readiness ping) when the database does not answer in time. */
export class DbUnavailableError extends Error {
  readonly code = 'DB_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'DbUnavailableError';
  }
}

/** Node socket errors on the way to the database. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs: class 08 is a connection exception; 57P01–57P03 an administrator's terminate, a crash, or a
 * server starting up or shutting down; 57014 a statement cancelled (statement_timeout); 53300 too many
 * connections; 25P03 a transaction idle past its timeout.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '53300', '25P03']);

/** What node-postgres says when the socket dies or a timeout fires (these errors carry no code). */
const MESSAGES =
  /Connection terminated|Query read timeout|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error|Client was closed|Connection ended/i;

export function isDbUnavailable(error: unknown): boolean {
  if (error instanceof DbUnavailableError) return true;
  if (!error || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08')))
    return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && MESSAGES.test(message);
}
