import { z } from 'zod';
import { Measure } from './measure.js';
import { Modality } from './modality.js';
import { Span } from './span.js';
import { Subject } from './subject.js';
import { Unit } from './unit.js';

/** Where in the document text a claim's parts were read. */
export const Evidence = z.object({
  sentence: Span,
  number: Span,
  cue: Span,
  claimant: Span.nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * One figure as one source states it. `start`/`end` delimit `quote` (the sentence) in the document
 * text, so `text.slice(start, end) === quote` always holds; `evidence` narrows to the number, the
 * measure cue and the claimant.
 */
export const Claim = z.object({
  measure: Measure,
  low: z.number().int().nonnegative().nullable(),
  high: z.number().int().nonnegative().nullable(),
  approximate: z.boolean(),
  modality: Modality,
  subject: Subject.nullable(),
  /** People, or households when the counted noun names households ("2,310 familias"). */
  unit: Unit,
  group: z.string().nullable(),
  claimant: z.string().nullable(),
  partOf: z.number().int().nonnegative().nullable(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  evidence: Evidence,
  ruleIds: z.array(z.string()).min(1),
});
export type Claim = z.infer<typeof Claim>;

/** A document's own answer to "how many people, according to this document?" for one measure. */
export const Figure = z.object({
  low: z.number().int().nonnegative().nullable(),
  high: z.number().int().nonnegative().nullable(),
});
export type Figure = z.infer<typeof Figure>;
export const Figures = z.partialRecord(Measure, Figure);
export type Figures = z.infer<typeof Figures>;
