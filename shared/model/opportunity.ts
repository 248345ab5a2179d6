import { z } from 'zod';
import { text } from './text';
import {
  baseFields,
  currencySchema,
  customValuesSchema,
  isoDateSchema,
  isoDateTimeSchema,
  optionalRefSchema,
  amountSchema,
  quantitySchema,
} from './common';

export const opportunityStatusSchema = z.enum(['open', 'won', 'lost', 'expired']);
export const opportunityKindSchema = z.enum(['ordinary', 'project']);
/** Where an opportunity came from; a project's source tells a sales project from a marketing one. */
export const opportunitySourceTypeSchema = z.enum(['lead', 'opportunity', 'campaign', 'account', '']);

export const productLineSchema = z.object({
  productId: optionalRefSchema,
  name: text().min(1).max(200),
  spec: text().max(300).optional(),
  quantity: quantitySchema,
  unitPrice: amountSchema,
});
export type ProductLine = z.infer<typeof productLineSchema>;

export const milestoneSchema = z.object({
  id: text().max(40),
  title: text().min(1).max(200),
  dueDate: isoDateSchema.optional(),
  done: z.boolean(),
});

/** 销售机会 / 项目. */
export const opportunitySchema = z
  .object({
    ...baseFields,
    name: text().trim().min(1, 'name is required').max(200),
    kind: opportunityKindSchema,
    accountId: optionalRefSchema,
    contactIds: z.array(text().max(40)).max(50),
    pipelineId: text().max(40),
    stageId: text().max(40),
    probability: z.number().min(0).max(100),
    /** True once someone set the probability by hand; a stage change then keeps it. */
    probabilityOverridden: z.boolean(),
    amount: amountSchema,
    currency: currencySchema,
    expectedCloseDate: isoDateSchema,
    status: opportunityStatusSchema,
    closedAt: isoDateTimeSchema.optional(),
    lostReason: text().max(500).optional(),
    /** Reward scaling for hard deals (e.g. 2.5) and easy ones (below 1). */
    difficulty: z.number().min(0.1).max(5),
    sourceType: opportunitySourceTypeSchema,
    sourceId: optionalRefSchema,
    campaignId: optionalRefSchema,
    lines: z.array(productLineSchema).max(200),
    teamMemberIds: z.array(text().max(40)).max(50),
    milestones: z.array(milestoneSchema).max(100),
    notes: text().max(5000).optional(),
    custom: customValuesSchema.optional(),
  })
  .strict();
export type Opportunity = z.infer<typeof opportunitySchema>;
export type OpportunityStatus = z.infer<typeof opportunityStatusSchema>;
