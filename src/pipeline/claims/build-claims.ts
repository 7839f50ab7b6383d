/**
 * One sentence's claims: quantities linked to their measure cues, with subject, group, claimant,
 * modality and event hints, and the spans and rule ids that produced each of them.
 */
import type { Claim } from '../../domain/claim.js';
import type { Span } from '../../domain/span.js';
import { tokenize, type Token } from '../segment/tokenize.js';
import { findDate, findPlace, isAllCaps, type Hints } from '../hints/find-event-hints.js';
import type { CompiledPack } from './compile-pack.js';
import { findAttributions, type Attribution } from './find-attributions.js';
import { findModality, modalityIn } from './find-modality.js';
import { findQuantities } from './find-quantities.js';
import { findCues, linkCues } from './link-cues.js';
import { recognizeNumberWords } from './recognize-number-words.js';

/** A claim before document-level indexing: `parent` indexes the same sentence's claims. */
export type SentenceClaim = { claim: Omit<Claim, 'partOf'>; parent: number | null; statement: string };

export type SentenceContext = { documentHints: Hints; fallbackYear: number | null; allCaps: boolean };

const spanOf = (tokens: readonly Token[], start: number, end: number): Span => ({ start: tokens[start]!.start, end: tokens[end - 1]!.end });

function nearest(attributions: readonly Attribution[], at: number): Attribution | null {
  let best: Attribution | null = null;
  let bestDistance = Infinity;
  for (const a of attributions) {
    const d = at < a.start ? a.start - at : at >= a.end ? at - a.end : 0;
    if (d < bestDistance) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

export function buildSentenceClaims(text: string, sentence: Span, c: CompiledPack, ctx: SentenceContext): SentenceClaim[] {
  const tokens = tokenize(text, 0, sentence.start, sentence.end);
  if (findCues(tokens, c).length === 0) return [];
  const quote = text.slice(sentence.start, sentence.end);
  const words = recognizeNumberWords(quote, sentence.start, tokens, c);
  const mentions = findQuantities(tokens, words, c);
  if (mentions.length === 0) return [];
  const links = linkCues(tokens, mentions, c);
  if (links.length === 0) return [];

  const inMention = new Set<number>();
  for (const m of mentions) for (let j = m.start; j < m.end; j++) inMention.add(j);
  const cueStarts = new Set(findCues(tokens, c).flatMap((q) => Array.from({ length: q.end - q.start }, (_, k) => q.start + k)));
  const attributions = findAttributions(quote, tokens, c, (j) => inMention.has(j) || cueStarts.has(j));
  const marks = findModality(tokens, c);
  const hints: Hints = {
    date: findDate(tokens, c, ctx.fallbackYear) ?? ctx.documentHints.date,
    place: findPlace(tokens, c, ctx.allCaps) ?? ctx.documentHints.place,
  };

  return links.map((link, k) => {
    const m = link.mention;
    const prevEnd = k > 0 ? Math.max(links[k - 1]!.mention.end, links[k - 1]!.cue.end) : 0;
    const claimEnd = Math.max(m.end, link.cue.end);
    const mark = modalityIn(marks, prevEnd, claimEnd) ?? modalityIn(marks, 0, claimEnd);
    const attribution = nearest(attributions, m.start);
    const claimant = attribution?.claimant ?? null;
    const ruleIds = [
      ...m.ruleIds,
      ...link.ruleIds,
      ...(link.subject ? [link.subject.rule.id] : []),
      ...(attribution ? [attribution.ruleId] : []),
      ...(mark ? [mark.ruleId] : []),
    ];
    const claim: Omit<Claim, 'partOf'> = {
      measure: link.cue.rule.measure,
      low: m.low,
      high: m.high,
      approximate: m.approximate,
      modality: mark?.modality ?? 'asserted',
      subject: link.subject?.rule.subject ?? null,
      group: link.group ? text.slice(tokens[link.group.start]!.start, tokens[link.group.end - 1]!.end) : null,
      claimant,
      quote,
      start: sentence.start,
      end: sentence.end,
      date: hints.date,
      place: hints.place,
      evidence: {
        sentence,
        number: spanOf(tokens, m.start, m.end),
        cue: spanOf(tokens, link.cue.start, link.cue.end),
        claimant: attribution && claimant !== null ? spanOf(tokens, attribution.start, attribution.end) : null,
      },
      ruleIds: [...new Set(ruleIds)],
    };
    // Alternatives compete with the figure they restate; coordinated groups add up under one cue.
    const statement = link.how === 'alternative' ? `${sentence.start}:alt:${m.start}` : `${sentence.start}:${link.cue.start}`;
    return { claim, parent: link.parent, statement };
  });
}

export { isAllCaps };
