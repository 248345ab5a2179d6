import { z } from 'zod';
import { text, jsonRecordSchema } from './text';
import { baseFields, isoDateTimeSchema, optionalRefSchema, recordTypeSchema } from './common';

export const activityKindSchema = z.enum([
  'call',
  'email',
  'meeting',
  'visit',
  'note',
  'task',
  /** Append-only history written by the app itself: */
  'stageChange',
  'sampleEvent',
  'assignment',
  'conflict',
  'system',
]);
export type ActivityKind = z.infer<typeof activityKindSchema>;

/**
 * Activities and history events. Append-only by design: many devices add to the same record's history at
 * once, and separate documents never conflict where an array inside the record would.
 */
export const activitySchema = z
  .object({
    ...baseFields,
    kind: activityKindSchema,
    subjectType: recordTypeSchema,
    subjectId: text().min(1).max(40),
    /** The account the subject belongs to, so that the 360° timeline is one indexed query. */
    accountId: optionalRefSchema,
    at: isoDateTimeSchema,
    title: text().max(300),
    body: text().max(10000).optional(),
    /** Tasks: due date and completion. */
    dueAt: isoDateTimeSchema.optional(),
    done: z.boolean().optional(),
    doneAt: isoDateTimeSchema.optional(),
    /** Event payload, e.g. {fromStageId, toStageId, probability} for a stage change. */
    data: jsonRecordSchema.optional(),
  })
  .strict();
export type Activity = z.infer<typeof activitySchema>;
