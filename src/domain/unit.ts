import { z } from 'zod';

/**
 * What a claim's number counts: people, or households ("2,310 families"). A count of households is
 * another indicator than a count of people (a family is several people, how many is not said), so
 * the two are never added, compared or merged; a claim counts people unless its counted noun names
 * households.
 */
export const Unit = z.enum(['people', 'households']);
export type Unit = z.infer<typeof Unit>;
export const UNITS: readonly Unit[] = Unit.options;
