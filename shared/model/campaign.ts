import { z } from 'zod';
import { text } from './text';
import { baseFields, currencySchema, isoDateSchema, amountSchema } from './common';

export const campaignKindSchema = z.enum(['tradeShow', 'platform', 'ads', 'email', 'referral', 'other']);

/** 市场活动: a trade show, a platform such as Alibaba, an ad campaign; leads are attributed to it. */
export const campaignSchema = z
  .object({
    ...baseFields,
    name: text().trim().min(1, 'name is required').max(200),
    kind: campaignKindSchema,
    startDate: isoDateSchema.optional(),
    endDate: isoDateSchema.optional(),
    location: text().max(200).optional(),
    cost: amountSchema,
    currency: currencySchema,
    notes: text().max(5000).optional(),
  })
  .strict();
export type Campaign = z.infer<typeof campaignSchema>;
