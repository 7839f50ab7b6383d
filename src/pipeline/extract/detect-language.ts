// Guesses a text's language (ISO 639-1) with eld's n-gram model, or says it cannot tell.
import { eld } from 'eld/extrasmall';
import { type EldReading, readWithEld } from './eld-reading.js';

/** Fewer letters than this (in the sample) is too little text to tell a language by. */
export const MIN_LETTERS = 20;
/**
 * Only the start of a document is read: two of eld's pieces, so a quoted headline or opening quote in
 * another language cannot decide alone. Detection was half of extraction time with 5,000 characters;
 * on 1,500 generated en/es news documents 2,000 gives the same languages 1.7x faster.
 */
export const SAMPLE_CHARS = 2000;
/** Below this confidence the best guess is too weak to act on, and `lang` is null. */
export const MIN_CONFIDENCE = 0.55;

/** eld cuts what it is given to 1,000 characters (and reads words from their first 380 bytes), so longer samples are cut into pieces. */
const PIECE_CHARS = 1000;

// The extra-small database (all 60 languages, ~1 MB) is plenty for telling en from es and loads at import.
// Our own instances, so text cleanup (dropping URLs, e-mails and numbers) does not change anyone else's eld.
// eld's cleanup runs four regular expressions over every piece; two of them (e-mail addresses, ".com"
// domains) cannot match a piece without "@" or ".com", yet cost two thirds of it. Such pieces, nearly
// all, are cleaned by `cleanCommon` and read by `readWithEld` (eld's model and rules, laid out for
// speed); the others by `cleaning`, eld's own path.
const cleaning = eld.newInstance();
cleaning.enableTextCleanup(true);

export type LanguageGuess = { lang: string | null; confidence: number };

/**
 * `confidence` is eld's 0–1 score for the winning language, averaged over the sample's pieces weighted by
 * their letters (a correct guess on news text typically scores 0.75–0.85). `lang` is null, with the
 * confidence still reported, when the sample has fewer than MIN_LETTERS letters, scores under
 * MIN_CONFIDENCE, or eld itself calls its answer unreliable. eld lower-cases its input, so ALL-CAPS text
 * (wire-service style) reads like ordinary text.
 *
 * A sample of two pieces whose second agrees with the first at a glance (`agreeAtAGlance`) is decided by
 * the first piece alone, its confidence that piece's score.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const pieces = splitPieces(sample).map((piece) => ({ piece, letters: countLetters(piece) }));
  const letters = pieces.reduce((sum, p) => sum + p.letters, 0);
  if (letters < MIN_LETTERS) return { lang: null, confidence: 0 };

  const opening = pieces[0]!.letters === 0 ? null : read(pieces[0]!.piece);
  if (opening !== null && pieces.length === 2) {
    const agreed = agreeAtAGlance(opening, pieces[1]!.piece);
    if (agreed !== null) return agreed;
  }

  const totals = new Map<string, number>();
  let reliablePieces = 0;
  for (const [index, { piece, letters: weight }] of pieces.entries()) {
    if (weight === 0) continue;
    const result = index === 0 ? opening! : read(piece);
    if (result.language !== '' && result.reliable) reliablePieces += weight;
    for (const [lang, score] of result.scores) {
      totals.set(lang, (totals.get(lang) ?? 0) + score * weight);
    }
  }
  const [best] = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  if (best === undefined) return { lang: null, confidence: 0 };
  const confidence = round(best[1] / letters);
  // Most of the sample must have read reliably, not one lucky piece.
  const reliable = confidence >= MIN_CONFIDENCE && reliablePieces * 2 > letters;
  return { lang: reliable ? best[0] : null, confidence };
}

function read(piece: string): EldReading {
  if (!piece.includes('@') && !piece.includes('.com')) return readWithEld(whatEldReads(piece));
  const result = cleaning.detect(piece);
  return { language: result.language, scores: Object.entries(result.getScores()), reliable: result.isReliable() };
}

/**
 * The second piece at a glance: its first GLANCE_CHARS characters (to a space), about a third of the
 * words eld reads of a full piece. With `whatEldReads`, this makes detection 1.2x faster on 6,076 texts
 * (generated news, the goldens, the examples, GVDB and MUC-4 dev): 0.30 → 0.24 ms of CPU per document.
 */
const GLANCE_CHARS = 150;

/**
 * The first piece's language, when that piece read reliably above MIN_CONFIDENCE and a glance at the
 * second piece reads reliably as the same language; null when the second piece must be read in full
 * and the pieces weighed (the first in another language than the rest, a mixed or doubtful text). On
 * 6,076 texts (generated, goldens, the examples, GVDB and MUC-4 dev) this gives every language the full
 * reading gives.
 */
function agreeAtAGlance(opening: EldReading, rest: string): LanguageGuess | null {
  if (opening.language === '' || !opening.reliable) return null;
  const score = opening.scores.find(([lang]) => lang === opening.language)?.[1] ?? 0;
  if (score < MIN_CONFIDENCE) return null;
  const cut = rest.indexOf(' ', GLANCE_CHARS);
  const glance = read(cut > 0 ? rest.slice(0, cut) : rest);
  return glance.language === opening.language && glance.reliable ? { lang: opening.language, confidence: round(score) } : null;
}

/**
 * eld reads at most 380 bytes of what it is given (it stops at the first space after 350 bytes, or at 380,
 * counting its own UTF-8 bytes of the text it has already stripped of everything but letters, apostrophes
 * and single spaces), so handing it the rest of a 1,000-character piece only costs its clean-up and
 * lower-casing. A cleaned prefix holding READ_LETTERS letters already holds everything eld reads (each
 * letter is at least one byte), so eld's scores on it are those on the whole piece; a piece whose first
 * PREFIX_CHARS characters hold fewer letters (numbers, tables, symbols) is cleaned and passed whole.
 */
const READ_LETTERS = 400;
const PREFIX_CHARS = 600;

export function whatEldReads(piece: string): string {
  if (piece.length > PREFIX_CHARS) {
    const space = piece.indexOf(' ', PREFIX_CHARS);
    if (space > 0) {
      const prefix = cleanCommon(piece.slice(0, space));
      if (countLetters(prefix) >= READ_LETTERS) return prefix;
    }
  }
  return cleanCommon(piece);
}

/** eld 2.1's URL pattern, copied from its `getCleanTxt`. */
const URL_LIKE = /[hw](?:(?:ttps?:\/\/(?:www\.)?)|ww\.)[^\s]+/gi;
const DIGITS = /[0-9]/g;

/**
 * What eld 2.1's `getCleanTxt` makes of a text without "@" or ".com": URLs, then every run of ASCII
 * letters and digits holding a digit ("2024", "A4", "covid19"), become one space each. eld writes the
 * second as the global pattern `[a-zA-Z]*[0-9]+[a-zA-Z0-9]*`, which matches exactly those runs (its first match in a run
 * starts at the run's start and runs to its end) but retries from every letter of every word without
 * a digit. detect-language.test.ts checks the two agree on generated texts.
 */
export function cleanCommon(piece: string): string {
  const text = piece.replace(URL_LIKE, ' ');
  let out = '';
  let copied = 0;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    let start = m.index;
    let end = start + 1;
    while (start > copied && isAsciiAlphanumeric(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
    out += `${text.slice(copied, start)} `;
    copied = end;
    DIGITS.lastIndex = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** Cuts the sample at whitespace into pieces eld reads whole. */
function splitPieces(sample: string): string[] {
  const pieces: string[] = [];
  let rest = sample;
  while (rest.length > PIECE_CHARS) {
    const cut = rest.lastIndexOf(' ', PIECE_CHARS);
    const at = cut > PIECE_CHARS / 2 ? cut : PIECE_CHARS;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  pieces.push(rest);
  return pieces;
}

const LETTER = /^\p{L}$/u;

/**
 * Letters (code points of class `\p{L}`) in `text`. A loop rather than `match(/\p{L}/gu)`, whose
 * array of one string per letter cost as much as a tenth of the detection; the count is the same.
 */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) letters++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point))) letters++;
  }
  return letters;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
