import { z } from 'zod';
import { text, jsonRecordSchema } from './text';
import { baseFields, currencySchema, amountSchema } from './common';

export const roleSchema = z.enum(['rep', 'manager', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const stageSchema = z.object({
  id: text().min(1).max(40),
  name: text().min(1).max(100),
  /** Default win probability (0–100) that a stage change applies unless overridden. */
  probability: z.number().min(0).max(100),
  kind: z.enum(['open', 'won', 'lost']),
  /** Evidence required before entering the stage, e.g. a shipped sample. */
  requires: z.array(z.enum(['sample', 'quote', 'contact', 'amount'])).optional(),
});
export type Stage = z.infer<typeof stageSchema>;

export const pipelineSchema = z.object({
  name: text().min(1).max(100),
  opportunityKind: z.enum(['ordinary', 'project']),
  stages: z.array(stageSchema).min(2, 'a pipeline needs at least two stages'),
  isDefault: z.boolean(),
});
export type Pipeline = z.infer<typeof pipelineSchema>;

export const customFieldSchema = z.object({
  entity: z.enum(['lead', 'account', 'contact', 'opportunity']),
  key: text().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,59}$/, 'must be a field key'),
  label: text().min(1).max(100),
  type: z.enum(['text', 'number', 'date', 'select', 'checkbox']),
  options: z.array(text().max(100)).optional(),
  required: z.boolean(),
  order: z.number().int().min(-1e9).max(1e9),
});
export type CustomField = z.infer<typeof customFieldSchema>;

export const userProfileSchema = z.object({
  email: z.email(),
  name: text().min(1).max(120),
  role: roleSchema,
  departmentId: text().max(40),
  active: z.boolean(),
  /** Territories / regions the user covers, e.g. ["DE","FR"], for assignment hints. */
  regions: z.array(text().max(40)).optional(),
  /** Sales target per month in the company currency (quota completion in the performance report). */
  monthlyQuota: z.number().min(0).max(1e12).optional(),
});
export type UserProfile = z.infer<typeof userProfileSchema>;

export const departmentSchema = z.object({
  name: text().min(1).max(120),
  managerId: text().max(40).optional(),
  /** Sales target per month in the company currency. */
  monthlyQuota: z.number().min(0).max(1e12).optional(),
});

export const companySettingsSchema = z.object({
  name: text().min(1).max(200),
  baseCurrency: currencySchema,
  leadManagement: z.boolean(),
  closeReminderDays: z.number().int().min(0).max(90),
  staleHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  poolReturnDays: z.number().int().min(0).max(365),
  commission: z.object({ base: amountSchema, rate: z.number().min(0).max(1), bonus: amountSchema }),
});
export type CompanySettings = z.infer<typeof companySettingsSchema>;

export const currencyRateSchema = z.object({
  currency: currencySchema,
  rateToBase: z.number().positive().max(1e9),
});

/** Saved views, reminder preferences…: free-form, but a preference, not a document store. */
export const MAX_USER_PREFS_BYTES = 64 * 1024;
export const userPrefsSchema = jsonRecordSchema.refine(
  (data) => JSON.stringify(data).length <= MAX_USER_PREFS_BYTES,
  `must be at most ${MAX_USER_PREFS_BYTES / 1024} KB of JSON`,
);

/** Configuration is data: pipelines, fields, users, departments… one collection keyed by kind. */
export const settingsKindSchema = z.enum([
  'pipeline',
  'customField',
  'user',
  'department',
  'company',
  'currencyRate',
  'userPrefs',
]);
export type SettingsKind = z.infer<typeof settingsKindSchema>;

export const settingsDataSchemas = {
  pipeline: pipelineSchema,
  customField: customFieldSchema,
  user: userProfileSchema,
  department: departmentSchema,
  company: companySettingsSchema,
  currencyRate: currencyRateSchema,
  userPrefs: userPrefsSchema,
} satisfies Record<SettingsKind, z.ZodType>;

export const settingsSchema = z
  .object({
    ...baseFields,
    kind: settingsKindSchema,
    data: jsonRecordSchema,
  })
  .strict()
  .superRefine((doc, ctx) => {
    const result = settingsDataSchemas[doc.kind].safeParse(doc.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['data', ...issue.path] });
      }
    }
  });
export type SettingsDoc = z.infer<typeof settingsSchema>;
