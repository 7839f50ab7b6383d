/**
 * Re-runs the pipeline's stages on one document from their exported functions and keeps what each
 * stage decided, sentence by sentence, so the error analysis can say where a gold figure was lost.
 * It mirrors `runPipeline` (src/pipeline/run-pipeline.ts) step for step; `reproduces` says whether
 * the figures it recomputes equal the pipeline's own, so a drift between the two shows in the report.
 */
import type { Claim, Figures } from '../../src/domain/claim.js';
import type { Span } from '../../src/domain/span.js';
import type { LanguagePack } from '../../src/language-packs/schema.js';
import { buildSentenceClaims, lastGroup, type SentenceClaim } from '../../src/pipeline/claims/build-claims.js';
import type { PriorGroup } from '../../src/pipeline/claims/read-group-anaphor.js';
import { compilePack, type CompiledPack } from '../../src/pipeline/claims/compile-pack.js';
import { explainNonToll, findQuantities, parseDigits, type Mention } from '../../src/pipeline/claims/find-quantities.js';
import { findIndividuals, type IndividualLink } from '../../src/pipeline/claims/find-individuals.js';
import { findCues, type Cue } from '../../src/pipeline/claims/find-cues.js';
import { linkCues, type Link } from '../../src/pipeline/claims/link-cues.js';
import { recognizeNumberWords, type WordNumber } from '../../src/pipeline/claims/recognize-number-words.js';
import { computeFigures, type ClaimWithStatement } from '../../src/pipeline/figures/compute-figures.js';
import { findDocumentHints } from '../../src/pipeline/hints/find-document-hints.js';
import { isAllCaps } from '../../src/pipeline/hints/find-event-hints.js';
import { splitSentences } from '../../src/pipeline/segment/split-sentences.js';
import { tokenize, type Token } from '../../src/pipeline/segment/tokenize.js';

/** A number the non-toll rules dropped, located: `explainNonToll` gives only its text and rule. */
export type DroppedNumber = { start: number; end: number; value: number | null; ruleId: string };

export type SentenceTrace = {
  index: number;
  span: Span;
  tokens: Token[];
  words: WordNumber[];
  mentions: Mention[];
  dropped: DroppedNumber[];
  cues: Cue[];
  links: Link[];
  individuals: IndividualLink[];
  /** The sentence's claims as `buildSentenceClaims` returns them, with statement, entity and scope. */
  claims: SentenceClaim[];
};

/** A claim as `computeFigures` takes it, with the sentence it came from. */
export type TracedItem = ClaimWithStatement & { claim: Claim; sentence: number };

export type DocumentTrace = {
  text: string;
  sentences: SentenceTrace[];
  items: TracedItem[];
  figures: Figures;
  compiled: CompiledPack;
  documentYear: number | null;
  casing: 'caps' | 'mixed';
};

const yearOf = (date: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);

// Copied from run-pipeline.ts, where it is not exported (see the hook list in bench/README.md).
function latestYear(text: string): number | null {
  const years = new Set([...text.slice(0, 20000).matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1])));
  return years.size > 1 ? Math.max(...years) : null;
}

/** The value of the atom starting at token `i`, read the way `find-quantities.ts` reads it. */
export function atomValue(tokens: readonly Token[], i: number, words: readonly WordNumber[], c: CompiledPack): number | null {
  const t = tokens[i];
  if (!t) return null;
  const word = c.numberWords.longestAt(tokens, i)?.value.value ?? words.find((w) => w.start === i)?.value;
  if (word !== undefined) return word;
  if (t.kind !== 'number') return null;
  const value = parseDigits(t.text, c.pack.decimalSeparator) * (c.scales.get(tokens[i + 1]?.norm ?? '') ?? 1);
  return Number.isInteger(value) ? value : null;
}

/** Places each `explainNonToll` entry on the first unused token run whose text it is. */
function locateDropped(tokens: readonly Token[], words: readonly WordNumber[], c: CompiledPack): DroppedNumber[] {
  const out: DroppedNumber[] = [];
  let from = 0;
  for (const { text, ruleId } of explainNonToll(tokens, words, c)) {
    const size = text.split(' ').length;
    for (let i = from; i + size <= tokens.length; i++) {
      if (tokens.slice(i, i + size).map((t) => t.text).join(' ') !== text) continue;
      out.push({ start: i, end: i + size, value: atomValue(tokens, i, words, c), ruleId });
      from = i + size;
      break;
    }
  }
  return out;
}

export function traceSentence(text: string, span: Span, index: number, c: CompiledPack, casing: 'caps' | 'mixed'): Omit<SentenceTrace, 'claims'> {
  const tokens = tokenize(text, 0, span.start, span.end);
  const words = recognizeNumberWords(text.slice(span.start, span.end), span.start, tokens, c);
  const { mentions, described } = findQuantities(tokens, words, c);
  const cues = findCues(tokens, c);
  const links = linkCues(tokens, mentions, described, c);
  const individuals = findIndividuals(tokens, links, cues, c, casing);
  return { index, span, tokens, words, mentions, dropped: locateDropped(tokens, words, c), cues, links, individuals };
}

export function traceDocument(text: string, pack: LanguagePack, context: { title?: string | null; publishedAt?: string | null } = {}): DocumentTrace {
  const compiled = compilePack(pack);
  const spans = splitSentences(text, pack);
  const allCaps = isAllCaps(text.slice(0, 5000));
  const casing = allCaps ? 'caps' : 'mixed';
  const { hints, fallbackYear } = findDocumentHints(text, spans, compiled, { ...context, allCaps });
  const documentYear = yearOf(hints.date) ?? fallbackYear ?? latestYear(text);
  const sentences: SentenceTrace[] = [];
  const items: TracedItem[] = [];
  let before: { end: number; group: PriorGroup | null } | null = null;
  for (const [index, span] of spans.entries()) {
    const traced = traceSentence(text, span, index, compiled, casing);
    const previous = before && /^\s*$/.test(text.slice(before.end, span.start)) ? before.group : null;
    const claims = buildSentenceClaims(text, span, traced.tokens, compiled, { documentHints: hints, fallbackYear, documentYear, allCaps, previous });
    before = { end: span.end, group: lastGroup(claims) };
    const base = items.length;
    for (const found of claims) {
      items.push({
        claim: { ...found.claim, partOf: found.parent === null ? null : base + found.parent },
        statement: found.statement, entity: found.entity, elsewhere: found.elsewhere, sentence: index,
      });
    }
    sentences.push({ ...traced, claims });
  }
  return { text, sentences, items, figures: computeFigures(items), compiled, documentYear, casing };
}

/** The sentence holding a character offset, or null. */
export function sentenceAt(trace: DocumentTrace, offset: number): SentenceTrace | null {
  return trace.sentences.find((s) => s.span.start <= offset && offset < s.span.end) ?? null;
}
