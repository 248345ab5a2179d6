import { z } from 'zod';
import { text } from './text';

/** Client-generated ids: collision-free without a server round trip (see newId). */
export const idSchema = z
  .string()
  .min(8)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
/** A link that may be empty: indexed fields must always be present, so "none" is ''. */
export const optionalRefSchema = z.union([idSchema, z.literal('')]);
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();
/** ISO 4217 code, e.g. CNY, USD, EUR. */
export const currencySchema = text().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code');
export const moneySchema = z.object({ amount: z.number().finite().min(0), currency: currencySchema });
export type Money = z.infer<typeof moneySchema>;

/** The owner of records in the shared public pool (公海): nobody's. */
export const POOL_OWNER = 'pool';

export const customValuesSchema = z.record(
  text().max(60),
  z.union([text().max(2000), z.number(), z.boolean()]),
);

/** The fields every synced document carries (see docs/data-model.md). */
export const baseFields = {
  id: idSchema,
  ownerId: text().min(1).max(40),
  departmentId: text().max(40),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  createdBy: text().max(40),
  updatedBy: text().max(40),
  /** Soft delete: in the trash, restorable. A hard delete (tombstone) is for managers and admins only. */
  trashedAt: isoDateTimeSchema.optional(),
};
export type BaseDoc = {
  id: string;
  ownerId: string;
  departmentId: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  trashedAt?: string;
};

/** The record types that may be linked by sourceType + sourceId / subjectType + subjectId. */
export const recordTypeSchema = z.enum([
  'campaign',
  'lead',
  'account',
  'contact',
  'opportunity',
  'quote',
  'contract',
  'order',
  'sample',
  'activity',
]);
export type RecordType = z.infer<typeof recordTypeSchema>;
