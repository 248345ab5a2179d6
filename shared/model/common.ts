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
/** Business dates and timestamps: a year a person could mean (a typo like 9999 or 0202 is refused). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const saneYear = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const YEAR_MESSAGE = `must be a date between ${MIN_YEAR} and ${MAX_YEAR}`;
/** ISO 8601 with an offset; zod checks the calendar (days per month, leap years), this the year. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).refine(saneYear, YEAR_MESSAGE);
export const isoDateSchema = z.iso.date().refine(saneYear, YEAR_MESSAGE);

/** Amounts and prices: finite, at most a quadrillion, at most 6 decimals (float noise such as 0.1 + 0.2 passes). */
export const MAX_AMOUNT = 1e15;
const DECIMALS = 1e6;
/** (Out-of-range values are left to the max check, so one refusal names one problem.) */
const fewDecimals = (x: number) =>
  Math.abs(x) > MAX_AMOUNT || Math.abs(x * DECIMALS - Math.round(x * DECIMALS)) < 1e-3;
export const amountSchema = z
  .number()
  .min(0)
  .max(MAX_AMOUNT, 'must be at most 1e15')
  .refine(fewDecimals, 'must have at most 6 decimals');
/** Quantities (pieces, kilograms…): positive, bounded, 6 decimals at most. */
export const quantitySchema = z
  .number()
  .positive()
  .max(1e12, 'must be at most 1e12')
  .refine(fewDecimals, 'must have at most 6 decimals');
/** Any other free number (custom field values): finite and within ±1e15. */
export const boundedNumberSchema = z.number().min(-MAX_AMOUNT).max(MAX_AMOUNT);
/** ISO 4217 code, e.g. CNY, USD, EUR. */
export const currencySchema = text().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code');
export const moneySchema = z.object({ amount: amountSchema, currency: currencySchema });
export type Money = z.infer<typeof moneySchema>;

/** The owner of records in the shared public pool (公海): nobody's. */
export const POOL_OWNER = 'pool';

export const customValuesSchema = z.record(
  text().max(60),
  z.union([text().max(2000), boundedNumberSchema, z.boolean()]),
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
