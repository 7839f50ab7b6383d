import { z } from 'zod';

/** The human-toll indicators Tally extracts. They are never merged with one another. */
export const Measure = z.enum([
  'killed',
  'injured',
  'disabled',
  'missing',
  'abducted',
  'detained',
  'displaced',
  'orphaned',
]);
export type Measure = z.infer<typeof Measure>;
export const MEASURES: readonly Measure[] = Measure.options;
