import { z } from 'zod';
import { text } from './text';
import { baseFields, currencySchema, amountSchema } from './common';

export const productSchema = z
  .object({
    ...baseFields,
    sku: text().max(60),
    name: text().trim().min(1, 'name is required').max(200),
    spec: text().max(1000).optional(),
    price: amountSchema,
    currency: currencySchema,
    stockStatus: z.enum(['inStock', 'low', 'outOfStock', 'madeToOrder']),
    lifecycle: z.enum(['active', 'new', 'discontinued']),
  })
  .strict();
export type Product = z.infer<typeof productSchema>;
