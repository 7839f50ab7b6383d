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

/**
 * Slot patterns indexed by the literal token right after their slot (else right before it), so a
 * number is tried only against the patterns whose neighbour it has, not against all of them.
 * `first` answers what trying every pattern in order would: the first that matches wins.
 */
export class SlotPatterns<T extends { slot: SlotParts }> {
  private readonly byAfter = new Map<string, number[]>();
  private readonly byBefore = new Map<string, number[]>();
  /** Patterns whose slot touches no plain literal ("{name} {n}", "^ {n}"): always tried. */
  private readonly always: number[] = [];

  constructor(readonly patterns: readonly T[]) {
    patterns.forEach(({ slot }, i) => {
      if (slot === null) return; // no placeholder: matchSlotParts never matches it
      const after = slot.after[0];
      const before = slot.before.at(-1);
      if (after !== undefined && after !== '{name}') push(this.byAfter, after, i);
      else if (before !== undefined && before !== '{name}' && before !== '^') push(this.byBefore, before, i);
      else this.always.push(i);
    });
  }

  first(tokens: readonly Token[], slot: Slot): { pattern: T; hit: Slot } | null {
    const candidates = [
      ...this.always,
      ...(this.byAfter.get(tokens[slot.end]?.norm ?? '') ?? []),
      ...(this.byBefore.get(tokens[slot.start - 1]?.norm ?? '') ?? []),
    ].sort((a, b) => a - b);
    for (const i of candidates) {
      const pattern = this.patterns[i]!;
      const hit = matchSlotParts(tokens, slot, pattern.slot);
      if (hit) return { pattern, hit };
    }
    return null;
  }
}

function push(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key);
  if (list) list.push(i);
  else index.set(key, [i]);
}

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
