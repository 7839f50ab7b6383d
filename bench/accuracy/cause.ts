/**
 * The causes a miss is filed under, one per pipeline stage or decision (issue 3, error analysis).
 * Every diagnosis names one primary cause, optional secondary ones, and evidence made of rule ids,
 * sentence indices and character offsets only, so it can be committed without corpus text.
 */
import { z } from 'zod';

export const Cause = z.enum([
  'number-form', 'measure-cue', 'subject', 'claimant', 'scope', 'individuals', 'non-toll',
  'sentence-split', 'figure-selection', 'gold-disagrees', 'other',
]);
export type Cause = z.infer<typeof Cause>;
export const CAUSES: readonly Cause[] = Cause.options;

/**
 * `detail` narrows the cause to the decision that failed (`no-cue-in-sentence`, `perpetrator`,
 * a non-toll rule id…): the report counts misses by it too, so a fix can aim at one.
 */
export const Diagnosis = z.object({ cause: Cause, detail: z.string(), secondary: z.array(Cause), evidence: z.string() });
export type Diagnosis = z.infer<typeof Diagnosis>;

export const diagnosis = (cause: Cause, detail: string, evidence: string, secondary: readonly Cause[] = []): Diagnosis =>
  ({ cause, detail, secondary: [...new Set(secondary)].filter((s) => s !== cause), evidence });

/** Sentence index and character offset, the only way evidence points into a document. */
export const at = (sentence: number, offset: number): string => `s${sentence}@${offset}`;
