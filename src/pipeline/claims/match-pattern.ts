/**
 * Matches pack patterns such as "between {a} and {b}", "{n} - year - old" or "according to {x}"
 * against tokens around already-found spans. Literal parts must equal the folded tokens exactly.
 */
import type { Token } from '../segment/tokenize.js';

export type Slot = { start: number; end: number };

/** True when literal `parts` match tokens ending right before `end` (walking backwards). */
export function matchBefore(tokens: readonly Token[], end: number, parts: readonly string[]): number | null {
  let j = end - 1;
  for (let k = parts.length - 1; k >= 0; k--, j--) {
    const part = parts[k]!;
    if (part === '^') return j === -1 ? 0 : null;
    const t = tokens[j];
    if (!t || !literalMatches(t, part)) return null;
  }
  return j + 1;
}

/** True when literal `parts` match tokens starting at `start`; returns the end index. */
export function matchAfter(tokens: readonly Token[], start: number, parts: readonly string[]): number | null {
  let j = start;
  for (const part of parts) {
    const t = tokens[j];
    if (!t || !literalMatches(t, part)) return null;
    j++;
  }
  return j;
}

function literalMatches(t: Token, part: string): boolean {
  if (part === '{name}') return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  return t.norm === part;
}

/** A pattern's literal parts before and after its placeholder; null when it has none. */
export type SlotParts = { before: readonly string[]; after: readonly string[] } | null;

/** Splits a pattern around its placeholder: done once when a pack is compiled, not per number. */
export function splitAroundSlot(parts: readonly string[], placeholder = '{n}'): SlotParts {
  const k = parts.indexOf(placeholder);
  return k < 0 ? null : { before: parts.slice(0, k), after: parts.slice(k + 1) };
}

/**
 * Matches a pattern with one number placeholder ({n}) whose slot is fixed: the literal parts
 * before it must end at slot.start and those after it must start at slot.end.
 */
export function matchSlotParts(tokens: readonly Token[], slot: Slot, split: SlotParts): Slot | null {
  if (split === null) return null;
  const start = matchBefore(tokens, slot.start, split.before);
  const end = start === null ? null : matchAfter(tokens, slot.end, split.after);
  return start === null || end === null ? null : { start, end };
}

export function matchAroundSlot(tokens: readonly Token[], slot: Slot, parts: readonly string[], placeholder = '{n}'): Slot | null {
  return matchSlotParts(tokens, slot, splitAroundSlot(parts, placeholder));
}
