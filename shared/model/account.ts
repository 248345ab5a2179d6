import { z } from 'zod';
import { baseFields, customValuesSchema, optionalRefSchema } from './common';

export const accountTierSchema = z.enum(['A', 'B', 'C', 'D']);
export const lifecycleSchema = z.enum(['prospect', 'customer', 'lost']);

/** A customer company (客户). Contacts, opportunities, samples and documents hang off it and follow its owner. */
export const accountSchema = z
  .object({
    ...baseFields,
    name: z.string().trim().min(1, 'name is required').max(200),
    nameKey: z.string().max(200),
    country: z.string().max(2).optional(),
    city: z.string().max(120).optional(),
    address: z.string().max(400).optional(),
    website: z.string().max(300).optional(),
    phones: z.array(z.string().regex(/^\+\d{6,15}$/)).max(5),
    emails: z.array(z.email().max(254)).max(5),
    industry: z.string().max(120).optional(),
    tier: accountTierSchema,
    lifecycle: lifecycleSchema,
    sourceType: z.string().max(20).optional(),
    sourceId: optionalRefSchema.optional(),
    notes: z.string().max(5000).optional(),
    custom: customValuesSchema.optional(),
  })
  .strict();
export type Account = z.infer<typeof accountSchema>;

export const contactSchema = z
  .object({
    ...baseFields,
    accountId: optionalRefSchema,
    name: z.string().trim().min(1, 'name is required').max(120),
    title: z.string().max(120).optional(),
    phones: z.array(z.string().regex(/^\+\d{6,15}$/)).max(5),
    emails: z.array(z.email().max(254)).max(5),
    wechat: z.string().max(100).optional(),
    whatsapp: z.string().max(100).optional(),
    skype: z.string().max(100).optional(),
    isPrimary: z.boolean(),
    sourceType: z.string().max(20).optional(),
    sourceId: optionalRefSchema.optional(),
    notes: z.string().max(5000).optional(),
    custom: customValuesSchema.optional(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;
