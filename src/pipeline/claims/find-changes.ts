/**
 * "rose by 12 to 742", "subió de 730 a 742": a change written like a range (pack `ranges` with
 * `reads: 'change'`, after one of the rule's verbs). The second number is the new total, the one a
 * reader means; the first (the change, or the old total) is no toll.
 */
import type { RangeRule } from '../../language-packs/schema.js';
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import { matchAfter, matchBefore } from './match-pattern.js';

/** A number found in the sentence, in token coordinates. */
type Counted = { start: number; end: number; kind: string };

/** The first number of a change, dropped as a non-toll one is, with the tokens up to the total. */
export type ChangeFrom = { ruleId: string; start: number; end: number };

/** The total of a change: its rule and the change's first token ("BY 12 to 742"), where its mention starts. */
export type ChangeTo = { rule: RangeRule; start: number };

/** `from` is indexed like `numbers`; `to` is keyed by the total's first token. */
export type Changes = { from: (ChangeFrom | undefined)[]; to: Map<number, ChangeTo> };

export function findChanges(tokens: readonly Token[], numbers: readonly Counted[], c: CompiledPack): Changes {
  const from: (ChangeFrom | undefined)[] = [];
  const to = new Map<number, ChangeTo>();
  if (c.changes.length === 0) return { from, to };
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    // "a man", "dozens" are never the total of a change.
    if (a.kind === 'indefinite' || b.kind === 'indefinite' || b.kind === 'vague') continue;
    for (const change of c.changes) {
      const start = matchBefore(tokens, a.start, change.beforeA);
      if (start === null || !change.after.has(tokens[start - 1]?.norm ?? '')) continue;
      if (matchAfter(tokens, a.end, change.between) !== b.start || matchAfter(tokens, b.end, change.afterB) === null) continue;
      from[i] = { ruleId: change.rule.id, start, end: b.start };
      to.set(b.start, { rule: change.rule, start });
      break;
    }
  }
  return { from, to };
}
