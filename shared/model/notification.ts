import { z } from 'zod';
import { jsonRecordSchema, text } from './text';
import { baseFields, isoDateTimeSchema, recordTypeSchema } from './common';

/** A server-created alert for someone who is not the record's owner (e.g. a manager); ownerId = recipient. */
export const notificationSchema = z
  .object({
    ...baseFields,
    kind: z.enum([
      'stale',
      'expired',
      'closeDue',
      'assigned',
      'taskDue',
      'sampleFollowUp',
      'system',
      /** The recipient's edit of a field lost a clash; `data` is a ClashLostData. */
      'clashLost',
    ]),
    subjectType: recordTypeSchema,
    subjectId: text().max(40),
    title: text().max(300),
    body: text().max(2000).optional(),
    at: isoDateTimeSchema,
    readAt: isoDateTimeSchema.optional(),
    /** What the app needs to word the alert in the reader's language (per kind). */
    data: jsonRecordSchema.optional(),
  })
  .strict();
export type Notification = z.infer<typeof notificationSchema>;
