import { z } from 'zod';
import { text } from './text';
import { baseFields, currencySchema, isoDateSchema, optionalRefSchema, amountSchema } from './common';

export const sampleStatusSchema = z.enum(['requested', 'preparing', 'shipped', 'delivered', 'feedback']);
export type SampleStatus = z.infer<typeof sampleStatusSchema>;

export const sampleLineSchema = z.object({
  productId: optionalRefSchema,
  name: text().min(1).max(200),
  spec: text().max(300).optional(),
  quantity: z.number().int().positive().max(1e9),
  unitCost: amountSchema,
  charged: z.boolean(),
});
export type SampleLine = z.infer<typeof sampleLineSchema>;

/** A sample shipment (样品寄送). Photos are attachments whose subject is the sample. */
export const sampleSchema = z
  .object({
    ...baseFields,
    accountId: optionalRefSchema,
    opportunityId: optionalRefSchema,
    status: sampleStatusSchema,
    lines: z.array(sampleLineSchema).min(1, 'at least one line').max(100),
    currency: currencySchema,
    courier: text().max(100).optional(),
    trackingNumber: text().max(100).optional(),
    shipDate: isoDateSchema.optional(),
    expectedArrival: isoDateSchema.optional(),
    receivedDate: isoDateSchema.optional(),
    feedbackRating: z.number().int().min(1).max(5).optional(),
    feedbackText: text().max(5000).optional(),
    followUpDate: isoDateSchema.optional(),
    notes: text().max(5000).optional(),
  })
  .strict();
export type Sample = z.infer<typeof sampleSchema>;
