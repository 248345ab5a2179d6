import type { z } from 'zod';
import { issuesOf } from '../../shared/model/validate';
import { HttpError } from '../http-error';

/** Parses a request body; a bad one is a 400 naming each bad field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = issuesOf(result.error);
    throw new HttpError(400, 'INVALID', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
  return result.data;
}
