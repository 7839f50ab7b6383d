/**
 * Links each quantity to the measure cue that says what it counts. A cue may follow the number
 * ("12 people were killed", "12 muertos") or precede it ("killed 12", "la cifra de fallecidos
 * asciende a 742"); only fillers, person nouns and at most a couple of unknown words may stand
 * between (scan-forward.ts, scan-backward.ts; the nearer wins). Numbers left without a cue inherit
 * one as a subgroup ("among them 90 women") or as a coordinated group ("killed 12 civilians and 4
 * soldiers"): inherit-cues.ts.
 */
import type { SubjectRule } from '../../language-packs/schema.js';
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import { findCues, type Cue } from './find-cues.js';
import type { Mention } from './find-quantities.js';
import { assignParents, inheritCues } from './inherit-cues.js';
import type { LinkContext } from './link-context.js';
import { readGroup } from './read-group.js';
import { scanBackward } from './scan-backward.js';
import { scanForward } from './scan-forward.js';

export type Link = {
  mention: Mention;
  cue: Cue;
  how: 'forward' | 'backward' | 'subgroup' | 'coordinated' | 'alternative' | 'individual';
  /** Index in the returned list of the total this figure is part of ("among them"). */
  parent: number | null;
  subject: { rule: SubjectRule; start: number; end: number } | null;
  /** Token range of the counted group as written ("Palestinian civilians", "campesinos"). */
  group: { start: number; end: number } | null;
  ruleIds: string[];
  /** Added by a joiner to a cue that may still count its own person ("the mayor …, along with two bodyguards"). */
  joined?: true;
};

export function linkCues(tokens: readonly Token[], mentions: readonly Mention[], described: ReadonlySet<number>, c: CompiledPack): Link[] {
  const cues = findCues(tokens, c);
  // Object-only cues ("shooting his wife") never count a number, nor do cues that state their own
  // ("a double homicide at 1704 Elm Street", "un doble homicidio en 2019"): ownCounts gives theirs.
  const counting = cues.filter((q) => !q.rule.objectOnly && q.rule.count === null);
  const ctx: LinkContext = {
    tokens,
    c,
    cueAt: new Map(counting.map((q) => [q.start, q])),
    cueEndingAt: new Map(counting.map((q) => [q.end - 1, q])),
    mentionAt: new Map(mentions.map((m) => [m.start, m])),
    mentionEndingAt: new Map(mentions.map((m) => [m.end - 1, m])),
    described,
  };
  const links: (Link | null)[] = mentions.map((m) => {
    const f = scanForward(ctx, m);
    const b = scanBackward(ctx, m);
    // "two guards died and 10 people were wounded": a cue behind a conjunction closes the clause
    // before it; a number with a cue of its own after it belongs to that one.
    const forwardWins = f && (!b || b.acrossConjunction || f.distance <= b.distance);
    const pick = forwardWins ? { s: f, how: 'forward' as const } : b ? { s: b, how: 'backward' as const } : null;
    if (!pick) return null;
    const limit = pick.how === 'forward' ? pick.s.cue.start : tokens.length;
    let group = readGroup(ctx, m, limit);
    // "14 hostages", "27 discapacitados": a noun cue right after the number names the group itself.
    if (!group.group && pick.how === 'forward' && pick.s.distance === 0 && pick.s.cue.rule.person) {
      group = { subject: null, group: { start: pick.s.cue.start, end: pick.s.cue.end } };
    }
    // "28 bodies of farmers": the group follows a toll noun written after its number.
    if (!group.group && pick.how === 'forward' && pick.s.distance === 0 && pick.s.cue.rule.kind === 'toll') {
      group = readGroup(ctx, { ...m, end: pick.s.cue.end }, tokens.length);
    }
    const ruleIds = pick.s.via ? [pick.s.cue.rule.id, pick.s.via] : [pick.s.cue.rule.id];
    return { mention: m, cue: pick.s.cue, how: pick.how, parent: null, ...group, ruleIds };
  });
  inheritCues(ctx, mentions, links);
  return assignParents(ctx, mentions, links);
}
