import { z } from 'zod';
import { text } from './text';
import { baseFields, currencySchema, isoDateSchema, optionalRefSchema, amountSchema } from './common';
import { productLineSchema } from './opportunity';

/** Quotes, contracts, orders and expenses share one collection (RxDB's open-source collection limit). */
export const documentKindSchema = z.enum(['quote', 'contract', 'order', 'expense']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const paymentPlanItemSchema = z.object({
  id: text().max(40),
  dueDate: isoDateSchema,
  amount: amountSchema,
  receivedAmount: amountSchema,
  receivedDate: isoDateSchema.optional(),
});

export const salesDocumentSchema = z
  .object({
    ...baseFields,
    kind: documentKindSchema,
    number: text().max(60),
    title: text().max(200),
    accountId: optionalRefSchema,
    status: z.enum(['draft', 'sent', 'signed', 'confirmed', 'shipped', 'completed', 'cancelled']),
    sourceType: z.enum(['opportunity', 'contract', 'quote', 'lead', 'campaign', '']),
    sourceId: optionalRefSchema,
    currency: currencySchema,
    lines: z.array(productLineSchema).max(500),
    total: amountSchema,
    date: isoDateSchema,
    paymentPlan: z.array(paymentPlanItemSchema).max(100),
    notes: text().max(5000).optional(),
  })
  .strict();
export type SalesDocument = z.infer<typeof salesDocumentSchema>;
