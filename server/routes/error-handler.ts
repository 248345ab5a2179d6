import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from '../../shared/api';
import { isDbUnavailable } from '../db/db-errors';
import { HttpError } from '../http-error';

/** Seconds a client is asked to wait when the database is away (503 Retry-After). */
const RETRY_AFTER_S = 5;

/** Every failure answers with the contract's error body (shared/api/errors.ts). */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error, req, reply) => {
    if (error instanceof HttpError) {
      if (error.headers) void reply.headers(error.headers);
      return reply.status(error.status).send(error.body());
    }
    if (isDbUnavailable(error)) {
      // The database is away (dropped, restarting, frozen): the device keeps its changes and retries.
      req.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_S))
        .send({
          code: 'DB_UNAVAILABLE',
          message: 'the database is unavailable; try again shortly',
        } satisfies ErrorBody);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500)
      return reply
        .status(status)
        .send({ code: 'BAD_REQUEST', message: (error as Error).message } satisfies ErrorBody);
    req.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ code: 'INTERNAL', message: 'internal error' } satisfies ErrorBody);
  });
}
