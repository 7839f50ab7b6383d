/**
 * What the stages of linkCues share about one sentence: its cues and numbers indexed by the token
 * where they start and end, and the subgroup markers ("among them", "entre ellos") they look for.
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Cue } from './find-cues.js';
import type { Mention } from './find-quantities.js';

export type LinkContext = {
  tokens: readonly Token[];
  c: CompiledPack;
  cueAt: Map<number, Cue>;
  cueEndingAt: Map<number, Cue>;
  mentionAt: Map<number, Mention>;
  mentionEndingAt: Map<number, Mention>;
  described: ReadonlySet<number>;
};

/**
 * `acrossConjunction`: the backward scan passed "and"/"y", so the cue may close the previous clause.
 * `via`: the id of the rule that let the link reach further than usual: the toll verb that carried
 * the number back to a distant toll cue, or the description of a group before its passive outcome.
 */
export type Scan = { cue: Cue; distance: number; acrossConjunction?: boolean; via?: string } | null;

/** Quote marks and dashes a scan steps over between a number and its cue. */
export const QUOTES = new Set(['"', '“', '”', "'", '«', '»', '-', '—', '–']);

/** A subgroup marker ending at token `j`: its rule id and first token. */
export function markerEndingAt(ctx: LinkContext, j: number): { id: string; start: number } | null {
  for (let start = Math.max(0, j - 4); start <= j; start++) {
    const hit = ctx.c.subgroups.longestAt(ctx.tokens, start);
    if (hit && hit.end === j + 1) return { id: hit.value.id, start };
  }
  return null;
}
