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

const SPACE = /\s/;
const LETTER = /^\p{L}$/u;

/** True when the code point ending at `end` (exclusive) is a letter or a full stop; returns its width, else 0. */
function letterOrDotBefore(text: string, from: number, end: number): number {
  const code = text.charCodeAt(end - 1);
  if (code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  if (code < 128) return 0;
  // A surrogate pair counts as one code point only when both halves lie inside [from, end).
  const pair = code >= 0xdc00 && code <= 0xdfff && end - 2 >= from && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  const width = pair ? 2 : 1;
  return LETTER.test(text.slice(end - width, end)) ? width : 0;
}

/**
 * Whether text[from, to) ends with an abbreviation's full stop. This is what
 * `/([\p{L}.]+)\.\s*$/u` finds on the slice, read backwards from the end instead: the regex,
 * tried from every start of a segment that grows as splits are merged, made the scan quadratic.
 * The run of letters and dots before the final stop is maximal on the left, as the regex's
 * leftmost match is.
 */
function endsWithAbbreviation(text: string, from: number, to: number, abbreviations: Set<string>): boolean {
  let end = to;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  if (end - from < 2 || text.charCodeAt(end - 1) !== 46) return false;
  let start = end - 1;
  for (let width = letterOrDotBefore(text, from, start); start > from && width > 0; width = start > from ? letterOrDotBefore(text, from, start) : 0) {
    start -= width;
  }
  if (start === end - 1) return false;
  const run = text.slice(start, end - 1);
  // A single letter followed by a full stop is an initial ("J. Pérez"), not a sentence end.
  return abbreviations.has(fold(run)) || LETTER.test(run);
}

/**
 * Which sentences a caller needs: every sentence of the paragraphs up to the first `opening` sentences
 * (they date and place the document), then only those holding an opener, a word at which a claim or a
 * framing word can start: `nextOpener(from, to)` says where the first one in text[from, to) starts, or
 * -1. Segmenting is the costliest step of the pipeline after language detection, and most sentences
 * of a news text hold no opener.
 */
export type SentenceGate = { opening: number; nextOpener: (from: number, to: number) => number };

/**
 * The sentences of `text` (with a gate, those it asks for, and perhaps some of their neighbours). Under a
 * gate, after the opening, only a window around each opener is segmented: from the last place before it
 * where a sentence certainly starts (`startsSentence`) to the first after it, or the paragraph's (or
 * chunk's) ends. Segmenting all of the paragraph would find the same sentences in the window
 * (split-sentences.test.ts checks this on generated paragraphs).
 */
export function splitSentences(text: string, pack: LanguagePack, gate?: SentenceGate): Span[] {
  return split(text, pack, gate, true);
}

/**
 * `splitSentences` with Intl.Segmenter run over every stretch, even one that holds no place it could
 * break: the reference the fast path is tested against (split-sentences.test.ts).
 */
export function splitSentencesBySegmenter(text: string, pack: LanguagePack, gate?: SentenceGate): Span[] {
  return split(text, pack, gate, false);
}

function split(text: string, pack: LanguagePack, gate: SentenceGate | undefined, fast: boolean): Span[] {
  const segmenter = segmenterFor(pack.lang);
  const abbreviations = abbreviationsOf(pack);
  const spans: Span[] = [];
  const segment = (from: number, to: number): void => {
    if (fast && cannotBreak(text, from, to)) pushTrimmed(text, { start: from, end: to }, spans);
    else segmentRange(text, from, to, segmenter, abbreviations, spans);
  };
  const paragraph = /\n[ \t\r\f\v]*\n|$/g;
  let paraStart = 0;
  for (let m = paragraph.exec(text); m !== null; m = paragraph.exec(text)) {
    const paraEnd = m.index;
    const whole = gate === undefined || spans.length < gate.opening;
    for (const chunk of chunks(text, paraStart, paraEnd)) {
      if (whole) {
        // Certain starts cut the chunk into stretches that segment alone as they do in the chunk.
        for (let at = chunk.start; at < chunk.end; ) {
          const to = fast ? firstStartAfter(text, chunk.start, at, chunk.end, abbreviations) : chunk.end;
          segment(at, to);
          at = to;
        }
        continue;
      }
      for (let at = chunk.start, opener = gate.nextOpener(at, chunk.end); opener >= 0; opener = gate.nextOpener(at, chunk.end)) {
        const from = lastStartBefore(text, at, opener, abbreviations);
        const to = firstStartAfter(text, at, opener, chunk.end, abbreviations);
        segment(from, to);
        at = to;
      }
    }
    if (m[0] === '') break;
    paraStart = m.index + m[0].length;
  }
  return spans;
}

/** Segments text[from, to) and appends its sentences to `out`, merging back splits after an abbreviation. */
function segmentRange(text: string, from: number, to: number, segmenter: Intl.Segmenter, abbreviations: Set<string>, out: Span[]): void {
  // Hard wraps become spaces (same length, so offsets hold) before segmentation.
  const flat = text.slice(from, to).replace(/\n/g, ' ');
  let pending: Span | null = null;
  for (const seg of segmenter.segment(flat)) {
    const span = { start: from + seg.index, end: from + seg.index + seg.segment.length };
    const nextStartsLower = /^\s*[\p{Ll}\d]/u.test(seg.segment);
    if (pending && (endsWithAbbreviation(text, pending.start, pending.end, abbreviations) || nextStartsLower)) {
      pending = { start: pending.start, end: span.end };
    } else {
      if (pending) pushTrimmed(text, pending, out);
      pending = span;
    }
  }
  if (pending) pushTrimmed(text, pending, out);
}

/** The last place in [from, at] where a sentence certainly starts, else `from`. */
function lastStartBefore(text: string, from: number, at: number, abbreviations: Set<string>): number {
  for (let stop = at - 1; stop > from; stop--) {
    if (!isStop(text.charCodeAt(stop))) continue;
    const start = afterSpaces(text, stop + 1, at + 1);
    if (start <= at && startsSentence(text, from, start, abbreviations)) return start;
  }
  return from;
}

/** The first place in (at, to) where a sentence certainly starts, else `to`. */
function firstStartAfter(text: string, from: number, at: number, to: number, abbreviations: Set<string>): number {
  for (let stop = at + 1; stop < to; stop++) {
    if (!isStop(text.charCodeAt(stop))) continue;
    const start = afterSpaces(text, stop + 1, to);
    if (start < to && startsSentence(text, from, start, abbreviations)) return start;
  }
  return to;
}

/**
 * Where Unicode's sentence rules (UAX #29) may break: after a sentence terminator (`.`, `!`, `?` and
 * every other Sentence_Terminal or ATerm character) or a paragraph separator other than the line feeds
 * that segmentRange flattens.
 */
const BREAKABLE = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\r\u0085\u2028\u2029]/gu;
/** What may close a sentence at the end of a stretch: terminators and closing quotes and brackets. */
const CLOSING = /[.!?"'”’»)\]}]/;

/**
 * Whether Intl.Segmenter would find one sentence in text[from, to): no terminator or separator before
 * its closing run (terminators and closing marks, then spaces), within which the rules never break
 * (SB8a, SB9, SB10) and after which the stretch ends. Most news sentences are such a stretch, and
 * pushing it as it is skips the segmenter; splitSentencesBySegmenter is the reference.
 */
function cannotBreak(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  while (end > from && CLOSING.test(text[end - 1]!)) end--;
  BREAKABLE.lastIndex = from;
  const found = BREAKABLE.exec(text);
  return found === null || found.index >= end;
}

const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63;

function afterSpaces(text: string, at: number, to: number): number {
  while (at < to && (text[at] === ' ' || text[at] === '\n')) at++;
  return at;
}

const UPPER = /\p{Lu}/u;
const BEFORE_STOP = /[\p{L}\d)]/u;

/**
 * Whether a sentence certainly starts at `at` (within a range that starts at `from`): a capital letter
 * after spaces (or hard wraps) after a full stop, question or exclamation mark that follows a letter,
 * digit or closing bracket, and ends no abbreviation or initial. Intl.Segmenter breaks there (Unicode's
 * rules SB9–SB11; SB7 and SB8 need no space or a lower-case letter next) and nothing merges it back.
 */
function startsSentence(text: string, from: number, at: number, abbreviations: Set<string>): boolean {
  const code = text.charCodeAt(at);
  if (code < 128 ? code < 65 || code > 90 : !UPPER.test(text[at]!)) return false;
  let stop = at - 1;
  if (stop <= from || (text[stop] !== ' ' && text[stop] !== '\n')) return false;
  while (stop > from && (text[stop] === ' ' || text[stop] === '\n')) stop--;
  const mark = text[stop];
  if ((mark !== '.' && mark !== '!' && mark !== '?') || stop <= from || !BEFORE_STOP.test(text[stop - 1]!)) return false;
  return !endsWithAbbreviation(text, from, stop + 1, abbreviations);
}

function pushTrimmed(text: string, span: Span, out: Span[]): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
