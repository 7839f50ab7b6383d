/**
 * Splits a sentence into word, number and punctuation tokens with absolute UTF-16 offsets.
 * Matching happens on `norm` (lower case, diacritics removed, curly apostrophe straightened), so
 * "MURIERON", "murieron" and "Murieron" all match the pack phrase "murieron".
 */
export type TokenKind = 'word' | 'number' | 'punct';

export type Token = {
  text: string;
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** True when no whitespace separates this token from the previous one ("214th", "$5"). */
  attached: boolean;
};

// Thousands groups with , or . ("8,400", "8.400"), with a space (" 1 350"), or a plain/decimal number.
const TOKEN = new RegExp(
  [
    String.raw`\d{1,3}(?:[,.]\d{3})+(?![\d])(?:[.,]\d+(?![\d]))?`,
    String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)`,
    String.raw`\d+(?:[.,]\d+)?`,
    String.raw`[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

const NON_ASCII = /[^ -~]/;

/** Folded forms of the words seen lately: news text repeats its words, and folding is most of tokenising. */
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

export function fold(s: string): string {
  // Lower-case ASCII, most words of English and Spanish text, is its own fold: no lookup needed.
  let i = 0;
  for (let code = s.charCodeAt(0); i < s.length && code < 128 && (code < 65 || code > 90); code = s.charCodeAt(++i));
  if (i === s.length) return s;
  const known = folded.get(s);
  if (known !== undefined) return known;
  const lower = s.toLowerCase();
  // Most tokens are plain ASCII: skip Unicode normalisation for them.
  const norm = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'") : lower;
  if (folded.size >= FOLDED_MAX) folded.clear();
  folded.set(s, norm);
  return norm;
}

const WORD_START = /^[\p{L}\p{M}]/u;

/** ASCII is classified by code (most tokens); other first characters by the Unicode classes. */
function kindOf(raw: string): TokenKind {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 'word' : 'punct';
  return WORD_START.test(raw) ? 'word' : 'punct';
}

export function tokenize(text: string, offset = 0, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let prevEnd = -1;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const kind = kindOf(raw);
    tokens.push({
      text: raw,
      norm: kind === 'number' ? raw : fold(raw),
      start: offset + m.index,
      end: offset + m.index + raw.length,
      kind,
      attached: m.index === prevEnd,
    });
    prevEnd = m.index + raw.length;
  }
  return tokens;
}

/**
 * Whether any token of text[from, to) has its `norm` in `words`: what `tokenize(text, 0, from, to)`
 * followed by a lookup of every token tells, without building the tokens.
 */
export function hasTokenIn(text: string, words: ReadonlySet<string>, from: number, to: number): boolean {
  return nextTokenIn(text, words, from, to) >= 0;
}

/** Where the first token of text[from, to) whose `norm` is in `words` starts, or -1. */
export function nextTokenIn(text: string, words: ReadonlySet<string>, from: number, to: number): number {
  // When every word is a word token, only word tokens need reading: TOKEN's word alternative can only
  // start where the others cannot match (a letter), so a bare word pattern finds the same word tokens.
  if (allWords(words)) return nextWordIn(text, words, from, to);
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (words.has(kindOf(raw) === 'number' ? raw : fold(raw))) return m.index;
  }
  return -1;
}

/**
 * `nextTokenIn` for words only: the matches of WORD (`[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`) found by
 * reading character codes, letters and marks known by a table instead of a Unicode class test per
 * character. Every sentence of every document is read this way to find the few worth reading;
 * tokenize.test.ts holds it to the pattern.
 */
function nextWordIn(text: string, words: ReadonlySet<string>, from: number, to: number): number {
  // A Unicode pattern told to start inside a surrogate pair starts at the pair.
  if (from > 0 && (text.charCodeAt(from) & 0xfc00) === 0xdc00 && (text.charCodeAt(from - 1) & 0xfc00) === 0xd800) from--;
  for (let i = from; i < to; ) {
    let width = wordWidthAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    for (i += width; ; i++) {
      while ((width = wordWidthAt(text, i)) > 0) i += width;
      const code = text.charCodeAt(i);
      if ((code !== 39 && code !== 0x2019) || wordWidthAt(text, i + 1) === 0) break;
    }
    if (words.has(fold(text.slice(start, i)))) return start;
  }
  return -1;
}

const LETTERS_OR_MARKS = /^[\p{L}\p{M}]+$/u;
/** Whether each UTF-16 code unit outside the surrogates is a letter or mark: 0 not yet asked, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(0x10000);

/** The width (1, or 2 for a surrogate pair) of the letter or mark at `i`, or 0 for anything else or the end. */
function wordWidthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  if (code < 0xd800 || code > 0xdfff) {
    let known = WORD_UNITS[code]!;
    if (known === 0) WORD_UNITS[code] = known = LETTERS_OR_MARKS.test(text[i]!) ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
  if (Number.isNaN(code)) return 0;
  return code <= 0xdbff && LETTERS_OR_MARKS.test(text.slice(i, i + 2)) ? 2 : 0;
}

const allWordsBySet = new WeakMap<ReadonlySet<string>, boolean>();

function allWords(words: ReadonlySet<string>): boolean {
  let all = allWordsBySet.get(words);
  if (all === undefined) {
    all = [...words].every((w) => tokenize(w).every((t) => t.kind === 'word'));
    allWordsBySet.set(words, all);
  }
  return all;
}

/** Tokens of a pack phrase, folded: the unit phrase tries and patterns are built from. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
