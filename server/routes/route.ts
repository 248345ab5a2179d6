import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  httpContract,
  type BodyOut,
  type EndpointDef,
  type EndpointName,
  type HttpContract,
  type QueryOf,
  type ReplyOf,
} from '../../shared/api';
import type { Issue } from '../../shared/api';
import type { Caller } from '../auth/sessions';
import { HttpError } from '../http-error';
import { callerOf, type Ctx } from './context';

/** A JSON answer the handler already serialised (a pull page is built as text by Postgres). */
export interface RawJson<T> {
  readonly rawJson: string;
  /** Type only: the answer this text stands for. */
  readonly __type?: T;
}
export const rawJson = <T>(text: string): RawJson<T> => ({ rawJson: text });

type ParamsOut<E extends EndpointDef> = E['params'] extends z.ZodType ? z.output<E['params']> : undefined;

/** What a handler gets: the request parsed by the contract's schemas, and the caller for session endpoints. */
export interface Handled<E extends EndpointDef> {
  params: ParamsOut<E>;
  query: QueryOf<E>;
  body: BodyOut<E>;
  caller: E['access'] extends 'session' ? Caller : undefined;
  req: FastifyRequest;
  reply: FastifyReply;
}
export type Handler<E extends EndpointDef> = (input: Handled<E>) => Promise<ReplyOf<E> | RawJson<ReplyOf<E>>>;

/** Parses one part of a request; a bad one is a 400 (or `status`) naming each bad field. */
export function parsePart<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: 'params' | 'query' | 'body',
  status: 400 | 404 = 400,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: Issue[] = result.error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : part,
    message: i.message,
  }));
  const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw status === 404
    ? new HttpError(404, 'NOT_FOUND', message, issues)
    : new HttpError(400, 'INVALID', message, issues);
}

const parts = (def: EndpointDef) => ({
  params: def.params,
  query: def.query,
  body: def.body && 'kind' in def.body ? undefined : (def.body as z.ZodType | undefined),
});

/**
 * Registers the route of one contract endpoint: its method and path come from the contract, the caller is
 * authenticated first (bad input of an unknown caller tells nothing), then params, query and body are parsed
 * with the contract's schemas before the handler runs. The handler's answer is typed by the response schema.
 */
export function route<N extends EndpointName>(
  app: FastifyInstance,
  ctx: Ctx,
  name: N,
  handler: Handler<HttpContract[N]>,
  options: { bodyLimit?: number } = {},
) {
  const def: EndpointDef = httpContract[name];
  const schemas = parts(def);
  app.route({
    method: def.method,
    url: def.path,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    config: { endpoint: name },
    handler: async (req, reply) => {
      const caller = def.access === 'session' ? await callerOf(ctx, req) : undefined;
      const params = schemas.params
        ? parsePart(schemas.params, req.params, 'params', def.badParams ?? 400)
        : undefined;
      const query = schemas.query ? parsePart(schemas.query, req.query ?? {}, 'query') : undefined;
      let body: unknown = undefined;
      if (schemas.body) body = parsePart(schemas.body, req.body, 'body');
      else if (def.body) {
        // Raw bytes (a scoped content-type parser hands them over as a Buffer).
        const raw = req.body;
        if (!Buffer.isBuffer(raw) || raw.length === 0)
          throw new HttpError(400, 'INVALID', 'body: the file bytes are required');
        body = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      }
      const answer = (await handler({ params, query, body, caller, req, reply } as never)) as unknown;
      if (reply.sent) return reply;
      if (answer && typeof answer === 'object' && 'rawJson' in answer)
        return reply.type('application/json; charset=utf-8').send((answer as RawJson<unknown>).rawJson);
      if (answer instanceof Uint8Array)
        return reply.send(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength));
      if (answer === undefined) return reply.status(204).send();
      return answer;
    },
  });
}

/** The contract endpoint a registered route serves (for the contract test). */
export const endpointOfRoute = (routeConfig: unknown): EndpointName | undefined =>
  (routeConfig as { endpoint?: EndpointName } | undefined)?.endpoint;
