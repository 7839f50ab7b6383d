import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Link } from './link-cues.js';

/**
 * "Familias desplazadas 2.310", "Households displaced: 2,310": in a table row, a household noun
 * right before a cue that precedes its number says what the number counts. Returns its rule id.
 */
export function householdLabel(tokens: readonly Token[], link: Link, c: CompiledPack): string | null {
  if (link.how !== 'backward' || link.subject) return null;
  for (let k = Math.max(0, link.cue.start - 3); k < link.cue.start; k++) {
    const noun = c.subjects.longestAt(tokens, k);
    if (noun && noun.end === link.cue.start && noun.value.rule.unit === 'households') return noun.value.rule.id;
  }
  return null;
}
