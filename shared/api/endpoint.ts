import { z } from 'zod';
import type { ErrorCode } from './errors';

/**
 * What one HTTP endpoint of the sync server takes and answers. The server registers its routes from these
 * (server/routes/route.ts) and the renderer calls them through one typed client (renderer/src/api), both
 * parsing with the same schemas, like the IPC contract (shared/ipc/contract.ts).
 */

/** Who may call: anyone, a signed-in device (bearer access token), or the holder of a stream ticket. */
export type Access = 'public' | 'session' | 'ticket';

/** A body or answer that is raw bytes (attachments), not JSON. */
export const bytes = { kind: 'bytes' } as const;
/** An answer without a body (204). */
export const noContent = { kind: 'no-content' } as const;
/** A Server-Sent-Events stream. */
export const eventStream = { kind: 'event-stream' } as const;
type Raw = typeof bytes | typeof noContent | typeof eventStream;

export interface EndpointDef {
  method: 'GET' | 'POST' | 'PUT';
  /** Fastify syntax: `:name` is a path parameter, declared in `params`. */
  path: string;
  access: Access;
  params?: z.ZodType<Record<string, string>, Record<string, string>>;
  /** Query values travel as text: a schema with codecs (shared/api/query.ts) decodes them. */
  query?: z.ZodType<Record<string, unknown>, Record<string, string | undefined>>;
  body?: z.ZodType | typeof bytes;
  response: z.ZodType | Raw;
  /**
   * Status of a path parameter that fails its schema: 404 when the parameter names something that does not
   * exist (an unknown collection), else 400 like any bad field.
   */
  badParams?: 400 | 404;
  /** Error codes this endpoint answers with besides INVALID, UNAUTHENTICATED and the rest every call may get. */
  errors: readonly ErrorCode[];
}

/** Checks an endpoint's shape at compile time and keeps its literal types. */
export const endpoint = <const E extends EndpointDef>(e: E): E => e;

type In<S> = S extends z.ZodType ? z.input<S> : undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Path parameters as the caller gives them. */
export type ParamsOf<E extends EndpointDef> = In<E['params']>;
/** Query values as the caller gives them (before encoding) and the handler gets them (after decoding). */
export type QueryOf<E extends EndpointDef> = Out<E['query']>;
export type BodyIn<E extends EndpointDef> = E['body'] extends typeof bytes ? Uint8Array : In<E['body']>;
export type BodyOut<E extends EndpointDef> = E['body'] extends typeof bytes ? Uint8Array : Out<E['body']>;
/** What the server sends (before any default or transform of the response schema). */
export type ReplyOf<E extends EndpointDef> = E['response'] extends z.ZodType
  ? z.input<E['response']>
  : E['response'] extends typeof bytes
    ? Uint8Array
    : void;
/** What the client gets. */
export type ResponseOf<E extends EndpointDef> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : E['response'] extends typeof bytes
    ? Uint8Array
    : void;

/** `optional` when every field of T is optional, so `{}` calls read naturally. */
type Slot<K extends string, T> = [T] extends [undefined]
  ? { [P in K]?: never }
  : Record<string, never> extends T
    ? { [P in K]?: T }
    : { [P in K]: T };
/** Everything one call of an endpoint needs: its path parameters, query and body. */
export type CallInput<E extends EndpointDef> = Slot<'params', ParamsOf<E>> &
  Slot<'query', QueryOf<E>> &
  Slot<'body', BodyIn<E>>;

/** The path with its parameters filled in (each one URL-encoded). */
export function pathOf(e: EndpointDef, params?: Record<string, string>): string {
  return e.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${e.method} ${e.path}: path parameter ${name} is missing`);
    return encodeURIComponent(value);
  });
}

/** The query string (with its `?`), encoded by the endpoint's query schema; '' when there is none. */
export function queryOf(e: EndpointDef, query?: Record<string, unknown>): string {
  if (!e.query || !query) return '';
  const encoded = z.encode(e.query, query) as Record<string, string | undefined>;
  const pairs = Object.entries(encoded).filter((p): p is [string, string] => p[1] !== undefined);
  return pairs.length
    ? '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
    : '';
}

/** The names of an endpoint's path parameters, in order. */
export function paramNames(e: EndpointDef): string[] {
  return [...e.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
}
