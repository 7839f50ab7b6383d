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

function modelFor(culture: string): NumberModel {
  let model = models.get(culture);
  if (!model) {
    model = new Recognizers.NumberRecognizer(culture).getNumberModel() as NumberModel;
    models.set(culture, model);
  }
  return model;
}

export type WordNumber = { start: number; end: number; value: number };

/** Token index ranges [start, end) of spelled-out numbers in a sentence, with their values. */
export function recognizeNumberWords(
  sentence: string,
  sentenceOffset: number,
  tokens: readonly Token[],
  compiled: CompiledPack,
): WordNumber[] {
  if (!tokens.some((t) => t.kind === 'word' && compiled.numberWordTriggers.has(t.norm))) return [];
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
    if (!tokens.slice(start, end + 1).some((t) => compiled.numberWordTriggers.has(t.norm))) continue;
    found.push({ start, end: end + 1, value });
  }
  return found;
}
