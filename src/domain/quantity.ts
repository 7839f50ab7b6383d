import { z } from 'zod';

/**
 * How the source bounds a figure. `low`/`high` are inclusive; null means open on that side
 * ("at least 300" is low 300, high null). `approximate` marks a hedge such as "about" or "unos".
 */
export const Quantity = z
  .object({
    low: z.number().int().nonnegative().nullable(),
    high: z.number().int().nonnegative().nullable(),
    approximate: z.boolean(),
  })
  .refine((q) => q.low === null || q.high === null || q.low <= q.high, {
    message: 'low must not exceed high',
  })
  .refine((q) => q.low !== null || q.high !== null, { message: 'a quantity needs at least one bound' });
export type Quantity = z.infer<typeof Quantity>;
