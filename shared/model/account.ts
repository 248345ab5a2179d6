import { z } from 'zod';
import { text } from './text';
import { baseFields, customValuesSchema, optionalRefSchema } from './common';

export const accountTierSchema = z.enum(['A', 'B', 'C', 'D']);
export const lifecycleSchema = z.enum(['prospect', 'customer', 'lost']);

/** A customer company (客户). Contacts, opportunities, samples and documents hang off it and follow its owner. */
export const accountSchema = z
  .object({
    ...baseFields,
    name: text().trim().min(1, 'name is required').max(200),
    nameKey: text().max(200),
    country: text().max(2).optional(),
    city: text().max(120).optional(),
    address: text().max(400).optional(),
    website: text().max(300).optional(),
    phones: z.array(text().regex(/^\+\d{6,15}$/)).max(5),
    emails: z.array(z.email().max(254)).max(5),
    industry: text().max(120).optional(),
    tier: accountTierSchema,
    lifecycle: lifecycleSchema,
    sourceType: text().max(20).optional(),
    sourceId: optionalRefSchema.optional(),
    notes: text().max(5000).optional(),
    custom: customValuesSchema.optional(),
  })
  .strict();
export type Account = z.infer<typeof accountSchema>;

export const contactSchema = z
  .object({
    ...baseFields,
    accountId: optionalRefSchema,
    name: text().trim().min(1, 'name is required').max(120),
    title: text().max(120).optional(),
    phones: z.array(text().regex(/^\+\d{6,15}$/)).max(5),
    emails: z.array(z.email().max(254)).max(5),
    wechat: text().max(100).optional(),
    whatsapp: text().max(100).optional(),
    skype: text().max(100).optional(),
    isPrimary: z.boolean(),
    sourceType: text().max(20).optional(),
    sourceId: optionalRefSchema.optional(),
    notes: text().max(5000).optional(),
    custom: customValuesSchema.optional(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;
