// eld's reading of a piece of text, computed from eld's own model and rules, laid out for speed.
//
// eld 2.1 (`detect` in its languageDetector.js, scores in LanguageResult.js) keeps its n-gram model as
// an object of objects and walks each n-gram's languages with `for…in`, turning every language index
// into a string and back; its n-grams go into a dictionary-mode object, and its results are objects
// built on demand. That was two thirds of Tally's language detection. Here the same model is one
// typed array of (language, score) pairs, found through a table keyed by each n-gram packed into a
// number (no string is built per n-gram), and the result a sorted array: the same arithmetic on the
// same integers, so the same language, scores and reliability.
// `eld-reading.test.ts` holds this to eld's own `detect` on generated and random texts; the model and
// eld's two tables are loaded from eld's own files, so an eld upgrade that moves them fails at import
// and one that changes its rules fails that test.
import { eld } from 'eld/extrasmall';

type EldModel = { type: string; languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };

const eldEntry = import.meta.resolve('eld/extrasmall');
const { ngramsData } = (await import(new URL('../ngrams/extrasmall.js', eldEntry).href)) as { ngramsData: EldModel };
const { dictionary } = (await import(new URL('../dictionary.js', eldEntry).href)) as { dictionary: string[] };
const { separators } = (await import(new URL('../regexPatterns.js', eldEntry).href)) as { separators: RegExp };
const { avgScore } = (await import(new URL('../avgScore.js', eldEntry).href)) as { avgScore: Record<string, number> };

if (eld.info()['Data type'] !== ngramsData.type) throw new Error(`eld's model moved: expected ${eld.info()['Data type']}, found ${ngramsData.type}`);

/** eld subtracts this from every stored n-gram score to keep its files small, and adds it back when scoring. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale of raw scores into 0–1. */
const SCALE = 25;
/** eld reads words up to the first space after this many UTF-8 bytes… */
const CUT_AFTER = 350;
/** …and never past this many. */
const ENFORCE_CUT_AFTER = 380;
/** eld's default `isReliable` threshold: the winner must reach this share of its language's average score. */
const RELIABLE_RATIO = 0.75;

const codes: string[] = Object.keys(ngramsData.languages).map((index) => ngramsData.languages[index]!);
const { pairs, where } = compileModel(ngramsData.ngrams);
const model = packedModel(where);

/** A piece as eld reads it: its language ('' when none scored), eld's 0–1 scores best first, and `isReliable()`. */
export type EldReading = { language: string; scores: Array<[string, number]>; reliable: boolean };

/**
 * What `eld.detect(text)` answers, without text cleanup (eld's default): `language`, `getScores()` as
 * `scores` in the same order, and `isReliable()` as `reliable`.
 */
export function readWithEld(text: string): EldReading {
  const words = toByteWords(text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase());
  const totals = new Float64Array(codes.length);
  return toReading(totals, scoreNgrams(words, totals));
}

/** eld's `getMaxLang`, `orderAndScale` and `isReliable`, on the scores of `count` distinct n-grams. */
function toReading(totals: Float64Array, count: number): EldReading {
  let best = -1;
  let bestTotal = 0;
  const ranked: Array<[number, number]> = [];
  for (let lang = 0; lang < totals.length; lang++) {
    const total = totals[lang]!;
    if (total <= 0) continue;
    if (total > bestTotal) [best, bestTotal] = [lang, total];
    const perNgram = total / count;
    ranked.push([lang, perNgram / (perNgram + SCALE)]);
  }
  if (best < 0) return { language: '', scores: [], reliable: false };
  ranked.sort((a, b) => b[1] - a[1]);
  const language = codes[best]!;
  // eld compares the winner's score with the runner-up's language *index* (`results[1][0]`), not its
  // score; kept as is, since the point is to answer exactly as eld does.
  const next = ranked.length > 1 ? ranked[1]![0] : 0;
  const reliable = count >= 3 && !(avgScore[language]! * RELIABLE_RATIO > ranked[0]![1] || 0.01 > Math.abs(ranked[0]![1] - next));
  return { language, scores: ranked.map(([lang, score]) => [codes[lang]!, score]), reliable };
}

/** eld's `strToUtf8Bytes`: words as strings of one character per UTF-8 byte (its dictionary's), cut where eld cuts. */
function toByteWords(text: string): string[] {
  const words: string[] = [];
  let encoded = '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') words.push(encoded);
        encoded = '';
        if (bytes > CUT_AFTER) break;
      } else {
        encoded += text[i];
      }
      bytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += dictionary[0xe0 | (code >> 12)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded += dictionary[0xf0 | (code >> 18)]! + dictionary[0x80 | ((code >> 12) & 0x3f)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/**
 * eld's `getByteNgrams` and `calculateScores`: adds to `totals` the scores of each distinct n-gram of
 * the words (4 bytes at a stride of 3, the first marked by a leading space, the last by a trailing
 * one) and returns how many distinct n-grams there were, known to the model or not. An n-gram of at
 * most 6 byte-characters (all but the tail of a word longer than 70 bytes, which eld takes whole) is
 * a number, its characters as base-256 digits, so it is found without building its string.
 */
function scoreNgrams(words: readonly string[], totals: Float64Array): number {
  epoch++;
  let distinct = 0;
  let long: Set<string> | null = null;
  const visit = (key: number): void => {
    if (!firstSight(key)) return;
    distinct++;
    addScores(model.get(key), totals);
  };
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) visit(pack(word, j, j + 4, j === 0, false));
    const from = len !== 3 ? Math.max(len - 4, 0) : 0;
    if (word.length - from + (j === 0 ? 2 : 1) <= 6) {
      visit(pack(word, from, word.length, j === 0, true));
      continue;
    }
    // A tail of more than 6 byte-characters is in no model (packedModel checks): it only counts.
    const tail = `${j === 0 ? ' ' : ''}${word.substring(from)} `;
    long ??= new Set();
    if (long.has(tail)) continue;
    long.add(tail);
    distinct++;
  }
  return distinct;
}

function pack(word: string, from: number, to: number, leading: boolean, trailing: boolean): number {
  let key = leading ? 32 : 0;
  for (let k = from; k < to; k++) key = key * 256 + word.charCodeAt(k);
  return trailing ? key * 256 + 32 : key;
}

function addScores(at: number | undefined, totals: Float64Array): void {
  if (at === undefined) return;
  const start = (at >>> 8) * 2;
  const end = start + (at & 0xff) * 2;
  for (let i = start; i < end; i += 2) totals[pairs[i]!]! += pairs[i + 1]!;
}

/** A hash of a packed n-gram (below 2^48) to `bits` bits. */
function slotOf(key: number, bits: number): number {
  const low = key >>> 0;
  const high = (key - low) / 4294967296;
  return Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1) >>> (32 - bits);
}

/** The n-grams already seen in this reading: slots stamped with the reading's number. */
const SEEN_BITS = 10;
const seenKeys = new Float64Array(1 << SEEN_BITS);
const seenStamps = new Int32Array(1 << SEEN_BITS);
let epoch = 0;

function firstSight(key: number): boolean {
  const mask = (1 << SEEN_BITS) - 1;
  let slot = slotOf(key, SEEN_BITS);
  for (; seenStamps[slot] === epoch; slot = (slot + 1) & mask) if (seenKeys[slot] === key) return false;
  seenKeys[slot] = key;
  seenStamps[slot] = epoch;
  return true;
}

/**
 * The model's n-grams by packed key, in an open-addressed table (0 is no key: every byte-character is
 * a space or more). eld 2.1's XS60 model has none longer than 6 byte-characters; a model with one
 * fails here, at import.
 */
function packedModel(where: Map<string, number>): { get: (key: number) => number | undefined } {
  const BITS = 17;
  const mask = (1 << BITS) - 1;
  const keys = new Float64Array(1 << BITS);
  const values = new Int32Array(1 << BITS);
  if (where.size * 2 > keys.length) throw new Error(`eld's model has ${where.size} n-grams; the packed table holds ${keys.length / 2}`);
  for (const [ngram, value] of where) {
    if (ngram.length > 6) throw new Error(`eld's model holds an n-gram of ${ngram.length} byte-characters; 6 at most are packed`);
    let slot = slotOf(pack(ngram, 0, ngram.length, false, false), BITS);
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = pack(ngram, 0, ngram.length, false, false);
    values[slot] = value;
  }
  return {
    get(key) {
      for (let slot = slotOf(key, BITS); keys[slot] !== 0; slot = (slot + 1) & mask) if (keys[slot] === key) return values[slot];
      return undefined;
    },
  };
}

/**
 * The model as one array of (language, score + BASE_NGRAM_SCORE) pairs and a Map from each n-gram to
 * the index of its first pair (high bits) and its number of pairs (low 8 bits); eld's XS60 model has 49,553 n-grams and
 * 81,138 pairs.
 */
function compileModel(model: EldModel['ngrams']): { pairs: Int32Array; where: Map<string, number> } {
  const keys = Object.keys(model);
  let size = 0;
  for (const key of keys) size += Object.keys(model[key]!).length;
  const pairs = new Int32Array(size * 2);
  const where = new Map<string, number>();
  let at = 0;
  for (const key of keys) {
    const entry = model[key]!;
    const langs = Object.keys(entry);
    if (langs.length > 0xff) throw new Error(`eld n-gram ${JSON.stringify(key)} scores ${langs.length} languages; 255 at most fit`);
    where.set(key, (at << 8) | langs.length);
    for (const lang of langs) {
      pairs[at * 2] = Number(lang);
      pairs[at * 2 + 1] = entry[lang]! + BASE_NGRAM_SCORE;
      at++;
    }
  }
  return { pairs, where };
}
