/** Finds the measure cues of a sentence: the words that say what a number counts ("killed", "muertos"). */
import type { MeasureRule } from '../../language-packs/schema.js';
import { fold, type Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';

export type Cue = { rule: MeasureRule; start: number; end: number };

/** Longest match first; a phrase its rule rules out by the word after or before it is no cue. */
export function findCues(tokens: readonly Token[], c: CompiledPack): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = c.measures.longestAt(tokens, i);
    const next = m ? tokens[m.end] : undefined;
    const prev = tokens[i - 1];
    if (m && ((next && m.value.unlessFollowedBy.some((w) => fold(w) === next.norm)) || (prev && m.value.unlessPrecededBy.some((w) => fold(w) === prev.norm)))) {
      i = m.end;
      continue;
    }
    if (m) {
      cues.push({ rule: m.value, start: i, end: m.end });
      i = m.end;
    } else i++;
  }
  return cues;
}
