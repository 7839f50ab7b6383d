/**
 * The extraction pipeline, in order: sentences → per-sentence claims (quantities, cues, subjects,
 * claimants, modality, event hints) → document figures. Pure: text and pack in, data out.
 */
import type { Claim, Figures } from '../domain/claim.js';
import type { Span } from '../domain/span.js';
import type { LanguagePack } from '../language-packs/schema.js';
import { buildSentenceClaims, lastGroup } from './claims/build-claims.js';
import { compilePack, type CompiledPack } from './claims/compile-pack.js';
import type { PriorGroup } from './claims/read-group-anaphor.js';
import { computeFigures } from './figures/compute-figures.js';
import { findFraming, type FramingMention } from './hints/find-framing.js';
import { findDocumentHints, OPENING_SENTENCES } from './hints/find-document-hints.js';
import { isAllCaps } from './hints/find-event-hints.js';
import { findSectionPlaces } from './hints/find-section-places.js';
import { splitSentences } from './segment/split-sentences.js';
import { hasTokenIn, nextTokenIn, tokenize } from './segment/tokenize.js';

export type PipelineContext = { title?: string | null; publishedAt?: string | null };

export type PipelineResult = {
  /** The sentences segmented: the opening ones, then those around each opener (see splitSentences). */
  sentences: Span[];
  claims: Claim[];
  figures: Figures;
  /** The words the document uses to name its event ("massacre", "enfrentamientos"). */
  framing: FramingMention[];
  /** The document-level date and place, used where a sentence names none. */
  hints: { date: string | null; place: string | null };
};

const yearOf = (date: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);

/**
 * Without a dated title, opening or publication date, the latest of several years the text names
 * is its own; a single year tells nothing about which period is the document's.
 */
function latestYear(text: string): number | null {
  const years = new Set([...text.slice(0, 20000).matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1])));
  return years.size > 1 ? Math.max(...years) : null;
}

const openersByPack = new WeakMap<CompiledPack, Set<string>>();

/**
 * The words a sentence must hold to give a claim or a framing word: one word of every measure phrase
 * (findCues finds no cue without the whole phrase, and a toll noun such as "murder of", which
 * hasTollNoun looks for, is a measure phrase too) and of every framing phrase. buildSentenceClaims and
 * findFraming return nothing for a sentence without them, so it is not segmented or tokenised: most
 * sentences of a news text are such. Which word of a phrase does not matter for what is found, only
 * for how many sentences are read: `keyWords` picks rare ones.
 */
function openersOf(c: CompiledPack): Set<string> {
  let words = openersByPack.get(c);
  if (!words) {
    words = keyWords([...c.measures.phrases(), ...c.framing.phrases()]);
    openersByPack.set(c, words);
  }
  return words;
}

/**
 * One word per phrase, such that every phrase holds one of the words: a phrase's only word; else a
 * word already picked for another phrase ("number of dead" has "dead"); else its longest word, the
 * last of equals ("lost their lives" → "lives"), so that "in critical condition" does not make every
 * sentence with "in" worth reading. Short words are the common ones, in English and Spanish alike.
 */
export function keyWords(phrases: readonly (readonly string[])[]): Set<string> {
  const keys = new Set<string>();
  const words = (phrase: readonly string[]) => phrase.filter((w) => /\p{L}/u.test(w));
  for (const phrase of phrases) if (words(phrase).length <= 1) keys.add(words(phrase)[0] ?? phrase[0]!);
  for (const phrase of phrases) {
    const candidates = words(phrase);
    if (candidates.length <= 1 || candidates.some((w) => keys.has(w))) continue;
    keys.add(candidates.reduce((best, w) => (w.length >= best.length ? w : best)));
  }
  return keys;
}

export function runPipeline(text: string, pack: LanguagePack, context: PipelineContext = {}): PipelineResult {
  const compiled = compilePack(pack);
  const openers = openersOf(compiled);
  // The opening sentences give the document's date and place; after them, only a sentence holding an
  // opener could give a claim or a framing word.
  const sentences = splitSentences(text, pack, { opening: OPENING_SENTENCES, nextOpener: (from, to) => nextTokenIn(text, openers, from, to) });
  const allCaps = isAllCaps(text.slice(0, 5000));
  const { hints, fallbackYear } = findDocumentHints(text, sentences, compiled, { ...context, allCaps });
  const claims: Claim[] = [];
  const statements: { claim: Claim; statement: string; entity: string | null; elsewhere: boolean }[] = [];
  const documentYear = yearOf(hints.date) ?? fallbackYear ?? latestYear(text);
  const framing: FramingMention[] = [];
  const sectionPlace = findSectionPlaces(text, compiled, allCaps);
  // The group the last sentence read ended with, for a next sentence opening on "They died".
  let before: { end: number; group: PriorGroup | null } | null = null;
  for (const sentence of sentences) {
    if (!hasTokenIn(text, openers, sentence.start, sentence.end)) continue;
    const base = claims.length;
    const tokens = tokenize(text, 0, sentence.start, sentence.end);
    framing.push(...findFraming(text, tokens, compiled));
    const documentHints = { date: hints.date, place: sectionPlace(sentence.start) ?? hints.place };
    // Only a sentence right after it (whitespace between) may speak of it: a skipped sentence breaks the chain.
    const previous = before && /^\s*$/.test(text.slice(before.end, sentence.start)) ? before.group : null;
    const sentenceClaims = buildSentenceClaims(text, sentence, tokens, compiled, { documentHints, fallbackYear, documentYear, allCaps, previous });
    for (const found of sentenceClaims) {
      // Each found claim is a new object of its own: completing it costs less than copying it.
      const claim: Claim = Object.assign(found.claim, { partOf: found.parent === null ? null : base + found.parent });
      claims.push(claim);
      statements.push({ claim, statement: found.statement, entity: found.entity, elsewhere: found.elsewhere });
    }
    before = { end: sentence.end, group: lastGroup(sentenceClaims) };
  }
  const figures = computeFigures(statements);
  return { sentences, claims, figures, framing, hints };
}
