/**
 * The date and place a document is about, for sentences that name none: the title first (a
 * document about one event often names its place only there), then the opening sentences, then
 * the publication date.
 */
import type { Span } from '../../domain/span.js';
import type { CompiledPack } from '../claims/compile-pack.js';
import { tokenize } from '../segment/tokenize.js';
import { findDate, findPlace, type Hints } from './find-event-hints.js';

export const OPENING_SENTENCES = 4;

export function findDocumentHints(
  text: string,
  sentences: readonly Span[],
  c: CompiledPack,
  context: { title?: string | null; publishedAt?: string | null; allCaps: boolean },
): { hints: Hints; fallbackYear: number | null } {
  const published = context.publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(context.publishedAt) : null;
  const fallbackYear = published ? Number(published[1]) : null;
  const sources = [
    ...(context.title ? [tokenize(context.title)] : []),
    ...sentences.slice(0, OPENING_SENTENCES).map((s) => tokenize(text, 0, s.start, s.end)),
  ];
  let date: string | null = null;
  let place: string | null = null;
  for (const tokens of sources) {
    date ??= findDate(tokens, c, fallbackYear);
    place ??= findPlace(tokens, c, context.allCaps);
  }
  date ??= published ? published[0] : null;
  return { hints: { date, place }, fallbackYear };
}
