import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error';

/** Far above any real request (a push row with its payload is under ten levels), far below a stack's limit. */
export const MAX_JSON_DEPTH = 64;

/** How deep arrays and objects nest in JSON text, counted without parsing it (strings skipped). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * Fastify's own JSON parser (prototype-poisoning checks kept), behind a depth limit: a 20,000-deep body is a
 * 400 with the reason, before it can exhaust a stack in the parser, the schemas or Postgres.
 */
export function registerJsonParser(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (jsonDepthExceeds(body as string, MAX_JSON_DEPTH)) {
      done(
        new HttpError(400, 'INVALID', `body: JSON nested deeper than ${MAX_JSON_DEPTH} levels`),
        undefined,
      );
      return;
    }
    parse(req, body as string, done);
  });
}
