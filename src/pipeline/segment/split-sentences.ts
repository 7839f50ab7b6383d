/**
 * Sentence spans of a document text. Paragraphs (blank-line separated) are segmented one at a time
 * because Intl.Segmenter on Node 20 is quadratic on long strings; single line breaks inside a
 * paragraph are hard wraps, not sentence ends. Intl.Segmenter breaks after abbreviations such as
 * "Dr." or "EE." — those splits are merged back using the pack's abbreviation list.
 */
import type { Span } from '../../domain/span.js';
import type { LanguagePack } from '../../language-packs/schema.js';
import { fold } from './tokenize.js';

const MAX_CHUNK = 2000;
const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationSets = new WeakMap<LanguagePack, Set<string>>();

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

function abbreviationsOf(pack: LanguagePack): Set<string> {
  let set = abbreviationSets.get(pack);
  if (!set) {
    set = new Set(pack.abbreviations.map(fold));
    abbreviationSets.set(pack, set);
  }
  return set;
}

/** Splits [from, to) into chunks of at most MAX_CHUNK characters at a ". " or line break. */
function chunks(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  while (to - start > MAX_CHUNK) {
    const window = text.slice(start, start + MAX_CHUNK);
    // Prefer a sentence end; fall back to a line break, then any space.
    const sentenceEnd = window.lastIndexOf('. ');
    const cut = sentenceEnd > MAX_CHUNK / 2 ? sentenceEnd : Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const end = cut > 0 ? start + cut + 1 : start + MAX_CHUNK;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: to });
  return out;
}

function endsWithAbbreviation(segment: string, abbreviations: Set<string>): boolean {
  const m = /([\p{L}.]+)\.\s*$/u.exec(segment);
  if (!m || m[1] === undefined) return false;
  const word = fold(m[1]);
  // A single letter followed by a full stop is an initial ("J. Pérez"), not a sentence end.
  return abbreviations.has(word) || /^\p{L}$/u.test(m[1]);
}

export function splitSentences(text: string, pack: LanguagePack): Span[] {
  const segmenter = segmenterFor(pack.lang);
  const abbreviations = abbreviationsOf(pack);
  const spans: Span[] = [];
  const paragraph = /\n[ \t\r\f\v]*\n|$/g;
  let paraStart = 0;
  for (let m = paragraph.exec(text); m !== null; m = paragraph.exec(text)) {
    const paraEnd = m.index;
    for (const chunk of chunks(text, paraStart, paraEnd)) {
      // Hard wraps become spaces (same length, so offsets hold) before segmentation.
      const flat = text.slice(chunk.start, chunk.end).replace(/\n/g, ' ');
      let pending: Span | null = null;
      for (const seg of segmenter.segment(flat)) {
        const span = { start: chunk.start + seg.index, end: chunk.start + seg.index + seg.segment.length };
        const nextStartsLower = /^\s*[\p{Ll}\d]/u.test(seg.segment);
        if (pending && (endsWithAbbreviation(text.slice(pending.start, pending.end), abbreviations) || nextStartsLower)) {
          pending = { start: pending.start, end: span.end };
        } else {
          if (pending) pushTrimmed(text, pending, spans);
          pending = span;
        }
      }
      if (pending) pushTrimmed(text, pending, spans);
    }
    if (m[0] === '') break;
    paraStart = m.index + m[0].length;
  }
  return spans;
}

function pushTrimmed(text: string, span: Span, out: Span[]): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
