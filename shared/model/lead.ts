import { z } from 'zod';
import { text } from './text';
import { baseFields, customValuesSchema, isoDateTimeSchema, optionalRefSchema } from './common';

export const leadStatusSchema = z.enum(['new', 'contacted', 'qualified', 'converted', 'disqualified']);
export const interestLevelSchema = z.enum(['hot', 'warm', 'cold']);

/** A business card / enquiry (销售线索). Phones are E.164, emails lower case (see shared/rules/contact-normalise). */
export const leadSchema = z
  .object({
    ...baseFields,
    name: text().trim().min(1, 'name is required').max(120),
    company: text().trim().max(200),
    /** Normalised company name, indexed for duplicate checks and sorting. */
    companyKey: text().max(200),
    title: text().max(120).optional(),
    phones: z.array(text().regex(/^\+\d{6,15}$/, 'must be an international phone number')).max(5),
    emails: z.array(z.email('must be a valid email').max(254)).max(5),
    country: text().max(2).optional(),
    city: text().max(120).optional(),
    address: text().max(400).optional(),
    website: text().max(300).optional(),
    wechat: text().max(100).optional(),
    whatsapp: text().max(100).optional(),
    skype: text().max(100).optional(),
    productsOfInterest: text().max(1000).optional(),
    interest: interestLevelSchema,
    notes: text().max(5000).optional(),
    status: leadStatusSchema,
    campaignId: optionalRefSchema,
    capturedAt: isoDateTimeSchema,
    /** The rep's own labels ("VIP", "sample sent"); optional, so leads written before tags existed stay valid. */
    tags: z.array(text().trim().min(1).max(30)).max(20).optional(),
    custom: customValuesSchema.optional(),
  })
  .strict();
export type Lead = z.infer<typeof leadSchema>;
export type LeadStatus = z.infer<typeof leadStatusSchema>;
export type InterestLevel = z.infer<typeof interestLevelSchema>;
