import type { z } from 'zod';
import type { IpcError } from './contract';

/** Turns a zod failure into the envelope error: the first issue's dotted path names the field. */
export function invalidRequest(error: z.ZodError): IpcError {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.join('.') : 'request';
  const message = error.issues
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'request'}: ${i.message}`)
    .join('; ');
  return { code: 'INVALID', field, message };
}
