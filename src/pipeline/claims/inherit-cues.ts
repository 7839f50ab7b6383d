/**
 * Numbers left without a cue inherit one from a total they belong to: as a subgroup ("among them
 * 90 women"), a coordinated group ("killed 12 civilians and 4 soldiers") or an alternative figure
 * ("at least 300 were killed, possibly 600"). Subgroups then point at their total.
 */
import type { Mention } from './find-quantities.js';
import { markerEndingAt, type LinkContext } from './link-context.js';
import type { Link } from './link-cues.js';
import { readGroup } from './read-group.js';
import { groupJoinedAt } from './scan-forward.js';

/** Gives cue-less numbers the cue of a total they belong to, as a subgroup or a coordinated group. */
export function inheritCues(ctx: LinkContext, mentions: readonly Mention[], links: (Link | null)[]): void {
  const { tokens, c } = ctx;
  mentions.forEach((m, i) => {
    if (links[i]) return;
    const after = c.subgroupsAfter.longestAt(tokens, m.end);
    if (after) {
      const parentIndex = nearestLinkedBefore(links, mentions, m.start, i - 1);
      if (parentIndex !== null) {
        const parent = links[parentIndex]!;
        links[i] = { mention: m, cue: parent.cue, how: 'subgroup', parent: null, ...readGroup(ctx, { ...m, end: after.end }, tokens.length), ruleIds: [after.value.id] };
      }
      return;
    }
    // "the mayor was killed near his home, along with two of his bodyguards": a joiner right before
    // the number adds it to the people of the nearest cue before it.
    const joinedTo = joinedCue(ctx, m);
    if (joinedTo) {
      links[i] = { mention: m, cue: joinedTo.cue, how: 'coordinated', parent: null, ...readGroup(ctx, m, tokens.length), ruleIds: [joinedTo.cue.rule.id, joinedTo.id], joined: true };
      return;
    }
    for (let j = m.start - 1, k = i - 1; j >= 0 && j >= m.start - 16; j--) {
      const t = tokens[j]!;
      const marker = markerEndingAt(ctx, j);
      if (marker) {
        const parentIndex = nearestLinkedBefore(links, mentions, marker.start, k);
        const parent = parentIndex === null ? null : links[parentIndex]!;
        if (parent) {
          links[i] = { mention: m, cue: parent.cue, how: 'subgroup', parent: null, ...readGroup(ctx, m, tokens.length), ruleIds: [marker.id] };
        }
        return;
      }
      const prevMention = ctx.mentionEndingAt.get(j);
      if (prevMention) {
        const prevIndex = mentions.indexOf(prevMention);
        const prev = links[prevIndex];
        const between = tokens.slice(prevMention.end, m.start);
        const coordinated = between.some((x) => c.connectives.coordinators.has(x.norm));
        const joiner = coordinated ? null : joinerBefore(ctx, m);
        const joined = (coordinated || joiner !== null) && onlyGroupWords(ctx, prevMention.end, m.start);
        if (prev && joined && prev.how !== 'forward') {
          const how = prev.how === 'subgroup' ? 'subgroup' : 'coordinated';
          const ruleIds = joiner ? [...prev.ruleIds, joiner.id] : [...prev.ruleIds];
          links[i] = { mention: m, cue: prev.cue, how, parent: null, ...readGroup(ctx, m, tokens.length), ruleIds };
          return;
        }
        if (prev && isAlternative(ctx, Math.max(prev.cue.end, prevMention.end), m.start) && standsAlone(ctx, m.end)) {
          links[i] = { mention: m, cue: prev.cue, how: 'alternative', parent: null, ...readGroup(ctx, m, tokens.length), ruleIds: [prev.cue.rule.id, 'core.link.alternative'] };
          return;
        }
        if (!prev) {
          j = prevMention.start;
          k = prevIndex - 1;
          continue;
        }
        return;
      }
      if (t.kind === 'punct' && t.text !== ',') return;
      if (t.kind === 'word' && !c.subjects.longestAt(tokens, j) && !c.connectives.coordinators.has(t.norm) && !c.fillers.has(t.norm)) {
        if (!/^\p{L}+$/u.test(t.text)) return;
      }
    }
  });
}

/** How far back from a joiner the cue it adds to may stand. */
const JOINED_REACH = 12;

/**
 * The cue a joiner right before `m` adds it to ("…, along with two bodyguards", "junto con dos
 * escoltas"): the nearest counting cue before the joiner in the same clause, no other number between.
 */
function joinedCue(ctx: LinkContext, m: Mention): { cue: Link['cue']; id: string } | null {
  const { tokens } = ctx;
  // "…, along with two rifles": only people join the people a cue counts.
  const joiner = personAhead(ctx, m.end) ? joinerBefore(ctx, m) : null;
  if (!joiner) return null;
  for (let k = joiner.start - 1; k >= 0 && k >= joiner.start - JOINED_REACH; k--) {
    const cue = ctx.cueEndingAt.get(k);
    if (cue) return cue.rule.position === 'before' && cue.rule.kind === 'toll' ? null : { cue, id: joiner.id };
    const t = tokens[k]!;
    if (ctx.mentionEndingAt.has(k) || (t.kind === 'punct' && t.text !== ',') || ctx.c.breakers.has(t.norm)) return null;
  }
  return null;
}

/** The group joiner right before `m` ("as well as" two, "junto con" dos, "así como a" tres): its rule id and first token. */
function joinerBefore(ctx: LinkContext, m: Mention): { id: string; start: number } | null {
  for (let j = m.start - 1; j >= 0 && j >= m.start - 4; j--) {
    if (ctx.c.groupJoiners.longestAt(ctx.tokens, j) === null) continue;
    const joined = groupJoinedAt(ctx, j);
    return joined && joined.next === m.start ? { id: joined.id, start: j } : null;
  }
  return null;
}

/** A person noun within a few words after a number, no punctuation between: "two OF HIS guards". */
function personAhead(ctx: LinkContext, from: number): boolean {
  for (let j = from; j < ctx.tokens.length && j < from + 4; j++) {
    if (ctx.c.subjects.longestAt(ctx.tokens, j)) return true;
    if (ctx.tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/**
 * "at least 300 were killed, possibly 600 to 900": a bare number after a claim, separated only by
 * punctuation, a modality word or "or", restates the same measure as a competing figure.
 */
function isAlternative(ctx: LinkContext, from: number, to: number): boolean {
  if (to <= from) return false;
  let lastBreak = -1;
  for (let j = from; j < to; j++) if (ALTERNATIVE_BREAKS.has(ctx.tokens[j]!.text)) lastBreak = j;
  if (lastBreak < 0) return false;
  for (let j = from; j < lastBreak; j++) {
    if (ctx.cueAt.has(j) || ctx.mentionAt.has(j) || ctx.c.breakers.has(ctx.tokens[j]!.norm)) return false;
  }
  for (let j = lastBreak + 1; j < to; ) {
    const t = ctx.tokens[j]!;
    const mark = ctx.c.modality.longestAt(ctx.tokens, j);
    if (mark) {
      j = mark.end;
      continue;
    }
    if (!ctx.c.connectives.alternatives.has(t.norm)) return false;
    j++;
  }
  return true;
}

/**
 * "possibly 600 to 900.", "possibly 600 civilians,": nothing but punctuation follows an alternative
 * figure and its person noun, or the list of groups it opens. "One man is dead, and two women ARE fighting for their lives": a verb
 * after the noun opens a clause of its own, which says something else of those people.
 */
function standsAlone(ctx: LinkContext, j: number): boolean {
  for (let k = j; ; ) {
    const person = ctx.c.subjects.longestAt(ctx.tokens, k);
    const t = ctx.tokens[person ? person.end : k];
    if (!t || t.kind === 'punct' || ctx.c.breakers.has(t.norm)) return true;
    // ", two soldiers and two newsmen,": a list of groups goes on to where it ends.
    const next = person && ctx.c.connectives.coordinators.has(t.norm) ? ctx.mentionAt.get(person.end + 1) : undefined;
    if (!next) return false;
    k = next.end;
  }
}

const ALTERNATIVE_BREAKS = new Set([',', '—', '–', '(', ';']);

/** Between coordinated numbers stand only person nouns, conjunctions and a word or two of description. */
function onlyGroupWords(ctx: LinkContext, from: number, to: number): boolean {
  let unknown = 0;
  for (let j = from; j < to; ) {
    const person = ctx.c.subjects.longestAt(ctx.tokens, j);
    if (person) {
      j = person.end;
      continue;
    }
    const t = ctx.tokens[j]!;
    if (!ctx.c.connectives.coordinators.has(t.norm) && !(t.kind === 'word' && ctx.c.fillers.has(t.norm)) && ++unknown > 2) return false;
    j++;
  }
  return true;
}

function nearestLinkedBefore(links: readonly (Link | null)[], mentions: readonly Mention[], before: number, from: number): number | null {
  for (let k = from; k >= 0; k--) if (links[k] && mentions[k]!.end <= before) return k;
  return null;
}

/** A subgroup is part of the nearest total before its marker when both count the same measure. */
export function assignParents(ctx: LinkContext, mentions: readonly Mention[], links: (Link | null)[]): Link[] {
  const out: Link[] = [];
  const indexOf = new Map<Link, number>();
  links.forEach((link, i) => {
    if (!link) return;
    if (link.how === 'subgroup') {
      const after = ctx.c.subgroupsAfter.longestAt(ctx.tokens, link.mention.end) !== null;
      const marker = after ? link.mention.start : findMarkerBefore(ctx, link.mention.start);
      const parentIdx = marker === null ? null : nearestLinkedBefore(links, mentions, marker, i - 1);
      const parent = parentIdx === null ? null : links[parentIdx]!;
      if (parent && parent.how !== 'subgroup') link.parent = indexOf.get(parent) ?? null;
      else if (parent) link.parent = parent.parent;
    }
    indexOf.set(link, out.length);
    out.push(link);
  });
  return out;
}

function findMarkerBefore(ctx: LinkContext, start: number): number | null {
  for (let j = start - 1; j >= 0 && j >= start - 10; j--) {
    const marker = markerEndingAt(ctx, j);
    if (marker) return marker.start;
  }
  return null;
}
