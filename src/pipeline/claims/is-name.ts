/**
 * Whether a word may be part of a person's name. Capitals mean different things by the casing of
 * the text, so every name test takes the sentence's `Casing`.
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';

/** Headlines in Title Case capitalise every word, so capitals there say nothing about names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  if (words.length < 4) return false;
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.6;
}

/**
 * How capitals can be read: in mixed case a capitalised word may be a name; in Title Case
 * headlines capitals say nothing; in ALL CAPS text (wire copy) a word the pack does not know may
 * be a name, and a name needs two words ("GILDA FLORES").
 */
export type Casing = 'mixed' | 'title' | 'caps';

export function isName(t: Token | undefined, c: CompiledPack, casing: Casing): boolean {
  if (!t || t.kind !== 'word' || casing === 'title' || c.individuals.notNames.has(t.norm) || c.months.has(t.norm)) return false;
  if (casing === 'caps') return t.text.length > 1 && !c.vocabulary.has(t.norm) && !/(ING|ED|LY|ION|IONS|MENT|ITY)$/.test(t.text);
  return /^\p{Lu}/u.test(t.text);
}

/** A capitalised name ending at `end` (inclusive), 1 to 4 words: its start index, or -1. */
export function nameEndingAt(tokens: readonly Token[], end: number, c: CompiledPack, casing: Casing): number {
  let start = end;
  while (start > 0 && end - start < 3 && (isName(tokens[start - 1], c, casing) || (tokens[start - 1]?.text === '.' && isName(tokens[start - 2], c, casing)))) start--;
  if (!isName(tokens[start], c, casing)) start++;
  if (casing === 'caps' && start === end) return -1;
  return start <= end && isName(tokens[end], c, casing) ? start : -1;
}
