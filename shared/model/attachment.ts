import { z } from 'zod';
import { text } from './text';
import { baseFields, optionalRefSchema, recordTypeSchema } from './common';

export const sha256Schema = z
  .string()
  .length(64)
  .regex(/^[a-f0-9]{64}$/, 'must be a SHA-256 hex digest');

/** Metadata of a file; the bytes live in the content-addressed store and move separately. */
export const attachmentSchema = z
  .object({
    ...baseFields,
    sha256: sha256Schema,
    name: text().min(1).max(255),
    mime: text().max(100),
    size: z.number().int().min(0).max(1e12),
    subjectType: recordTypeSchema,
    subjectId: text().min(1).max(40),
    accountId: optionalRefSchema,
    caption: text().max(500).optional(),
  })
  .strict();
export type Attachment = z.infer<typeof attachmentSchema>;
