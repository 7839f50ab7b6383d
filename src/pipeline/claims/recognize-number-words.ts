/**
 * Spelled-out numbers ("seven hundred forty-two", "setecientos cuarenta y dos") via Microsoft's
 * recognizers-text, the pack naming the culture. Only sentences holding a trigger word are parsed:
 * the recogniser costs about a millisecond a sentence.
 */
import Recognizers from '@microsoft/recognizers-text-number';
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';

type NumberModel = { parse(text: string): { start: number; end: number; text: string; resolution: { value?: string } }[] };
const models = new Map<string, NumberModel>();

type Normalizer = { removeDiacriticsFromWordBoundaries(input: string): string; tallyRemembersLast?: true };

/**
 * The recogniser passes the whole sentence through `StringUtility.removeDiacriticsFromWordBoundaries`
 * once for each of its dozens of regexes: the same string recomputed each time, over half of a parse.
 * That function is pure (its output depends on its input string alone), so answering a repeated
 * input with the output computed for it returns exactly what it would have computed again. The
 * library's extractors call it through this same class, so the memory is installed there, once.
 */
function rememberLastNormalization(): void {
  const utility = Recognizers.StringUtility as unknown as Normalizer;
  if (utility.tallyRemembersLast) return;
  const compute = utility.removeDiacriticsFromWordBoundaries.bind(utility);
  let lastInput: string | null = null;
  let lastOutput = '';
  utility.removeDiacriticsFromWordBoundaries = (input: string): string => {
    if (input !== lastInput) {
      lastOutput = compute(input);
      lastInput = input;
    }
    return lastOutput;
  };
  utility.tallyRemembersLast = true;
}

function modelFor(culture: string): NumberModel {
  let model = models.get(culture);
  if (!model) {
    rememberLastNormalization();
    model = new Recognizers.NumberRecognizer(culture).getNumberModel() as NumberModel;
    models.set(culture, model);
  }
  return model;
}

export type WordNumber = { start: number; end: number; value: number };

/**
 * A trigger that is also an indefinite article ("una") counts only as the pronoun "one" picking a
 * member out of a group, "una DE LAS heridas" (as "uno de los heridos" does); before a noun,
 * "una mujer", it is the indefinite rule's business and no reason to run the recogniser.
 */
function isTrigger(tokens: readonly Token[], i: number, compiled: CompiledPack): boolean {
  if (!compiled.numberWordTriggers.has(tokens[i]!.norm)) return false;
  if (compiled.indefinites.longestAt(tokens, i)?.end !== i + 1) return true;
  return compiled.members.longestAt(tokens, i + 1) !== null;
}

/** Token index ranges [start, end) of spelled-out numbers in a sentence, with their values. */
export function recognizeNumberWords(
  sentence: string,
  sentenceOffset: number,
  tokens: readonly Token[],
  compiled: CompiledPack,
): WordNumber[] {
  if (!tokens.some((t, i) => t.kind === 'word' && isTrigger(tokens, i, compiled))) return [];
  const found: WordNumber[] = [];
  // The recogniser reads lower case more reliably than ALL CAPS wire copy; lengths are unchanged.
  const lower = sentence.toLowerCase();
  const input = lower.length === sentence.length ? lower : sentence;
  for (const r of modelFor(compiled.pack.recognizerCulture).parse(input)) {
    if (!/\p{L}/u.test(r.text)) continue; // digits are read by our own culture-aware tokenizer
    const value = Number(r.resolution.value);
    if (!Number.isInteger(value) || value < 0) continue;
    const start = tokens.findIndex((t) => t.start === sentenceOffset + r.start);
    const endChar = sentenceOffset + r.end + 1; // the recogniser's end is inclusive
    const end = tokens.findIndex((t) => t.end === endChar);
    if (start < 0 || end < start) continue;
    // Only spans that contain a trigger: "a"/"una" alone are the indefinite rule's business.
    if (!tokens.slice(start, end + 1).some((_, k) => isTrigger(tokens, start + k, compiled))) continue;
    found.push({ start, end: end + 1, value });
  }
  return found;
}
