import { z } from 'zod';
import { text } from './text';
import { baseFields, isoDateTimeSchema, recordTypeSchema } from './common';

/** A server-created alert for someone who is not the record's owner (e.g. a manager); ownerId = recipient. */
export const notificationSchema = z
  .object({
    ...baseFields,
    kind: z.enum(['stale', 'expired', 'closeDue', 'assigned', 'taskDue', 'sampleFollowUp', 'system']),
    subjectType: recordTypeSchema,
    subjectId: text().max(40),
    title: text().max(300),
    body: text().max(2000).optional(),
    at: isoDateTimeSchema,
    readAt: isoDateTimeSchema.optional(),
  })
  .strict();
export type Notification = z.infer<typeof notificationSchema>;
