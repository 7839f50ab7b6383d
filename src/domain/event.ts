import { z } from 'zod';
import { DocumentId } from './document.js';

/**
 * UCDP GED precision scales. date_prec: 1 exact day, 2 within 2–6 days, 3 within a week or so,
 * 4 within a month, 5 longer. where_prec: 1 a named locality, 2 within ~25 km of one, 3 a second-order
 * administrative division, 4 a first-order division, 5 a linear or ambiguous feature, 6 a country,
 * 7 international waters or airspace.
 */
export const DatePrecision = z.number().int().min(1).max(5);
export type DatePrecision = z.infer<typeof DatePrecision>;
export const WherePrecision = z.number().int().min(1).max(7);
export type WherePrecision = z.infer<typeof WherePrecision>;

/** Where an event happened: the name as the sources wrote it and the key places are matched on. */
export const EventPlace = z.object({
  name: z.string(),
  /** `geonames:<id>`, `country:<ISO alpha-2>` or `name:<folded name>` when no gazetteer knows it. */
  key: z.string(),
  wherePrec: WherePrecision,
});
export type EventPlace = z.infer<typeof EventPlace>;

/** One event: the documents that report it. Its title is built from place and date only. */
export const Event = z.object({
  id: z.string().regex(/^ev-[0-9a-f]{12}$/),
  title: z.string(),
  dateStart: z.string().nullable(),
  dateEnd: z.string().nullable(),
  datePrec: DatePrecision.nullable(),
  place: EventPlace.nullable(),
  documents: z.array(DocumentId).min(1),
});
export type Event = z.infer<typeof Event>;

/**
 * A user's correction of the automatic grouping, keyed by document ids (content hashes) so it survives
 * re-ingest and regrouping. `merge`: these documents report one event. `split`: these documents report
 * an event of their own, apart from the documents they were grouped with.
 */
export const EventCorrection = z.object({
  kind: z.enum(['merge', 'split']),
  documents: z.array(DocumentId).min(1),
});
export type EventCorrection = z.infer<typeof EventCorrection>;

/** A word a document uses to name its event ("massacre", "enfrentamientos"), with its span. */
export const FramingMention = z.object({
  ruleId: z.string(),
  frame: z.string(),
  text: z.string(),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
});
export type FramingMention = z.infer<typeof FramingMention>;
