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
 * Slot patterns indexed by their nearest plain literal after the slot (else before it) and its
 * distance ("street" two tokens after the number in "{n} {name} street"), so a number is tried only
 * against the patterns whose neighbour it has, not against all of them. `first` answers what trying
 * every pattern in order would: the first that matches wins.
 */
export class SlotPatterns<T extends { slot: SlotParts }> {
  /** By distance past the slot's end (0: the token right after it), then by literal. */
  private readonly byAfter = new Map<number, Map<string, number[]>>();
  /** By distance before the slot's start (1: the token right before it), then by literal. */
  private readonly byBefore = new Map<number, Map<string, number[]>>();
  /** Patterns whose slot has no plain literal on either side ("{name} {n}", "^ {n}"): always tried. */
  private readonly always: number[] = [];

  constructor(readonly patterns: readonly T[]) {
    const plain = (part: string) => part !== '{name}' && part !== '^';
    patterns.forEach(({ slot }, i) => {
      if (slot === null) return; // no placeholder: matchSlotParts never matches it
      const k = slot.after.findIndex(plain);
      const m = slot.before.findLastIndex(plain);
      if (k >= 0) push(at(this.byAfter, k), slot.after[k]!, i);
      else if (m >= 0) push(at(this.byBefore, slot.before.length - m), slot.before[m]!, i);
      else this.always.push(i);
    });
  }

  first(tokens: readonly Token[], slot: Slot): { pattern: T; hit: Slot } | null {
    const candidates = [...this.always];
    for (const [k, index] of this.byAfter) candidates.push(...(index.get(tokens[slot.end + k]?.norm ?? '') ?? []));
    for (const [d, index] of this.byBefore) candidates.push(...(index.get(tokens[slot.start - d]?.norm ?? '') ?? []));
    candidates.sort((a, b) => a - b);
    for (const i of candidates) {
      const pattern = this.patterns[i]!;
      const hit = matchSlotParts(tokens, slot, pattern.slot);
      if (hit) return { pattern, hit };
    }
    return null;
  }
}

function at(index: Map<number, Map<string, number[]>>, distance: number): Map<string, number[]> {
  let inner = index.get(distance);
  if (!inner) index.set(distance, (inner = new Map()));
  return inner;
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
