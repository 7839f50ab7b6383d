/**
 * Links each quantity to the measure cue that says what it counts. A cue may follow the number
 * ("12 people were killed", "12 muertos") or precede it ("killed 12", "la cifra de fallecidos
 * asciende a 742"); only fillers, person nouns and at most a couple of unknown words may stand
 * between. Numbers left without a cue inherit one as a subgroup ("among them 90 women") or as a
 * coordinated group ("killed 12 civilians and 4 soldiers").
 */
import type { MeasureRule, SubjectRule } from '../../language-packs/schema.js';
import { fold, type Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Mention } from './find-quantities.js';

export type Cue = { rule: MeasureRule; start: number; end: number };

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
};

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

const QUOTES = new Set(['"', '“', '”', "'", '«', '»', '-', '—', '–']);

/** `acrossConjunction`: the backward scan passed "and"/"y", so the cue may close the previous clause. */
type Scan = { cue: Cue; distance: number; acrossConjunction?: boolean } | null;

type Ctx = {
  tokens: readonly Token[];
  c: CompiledPack;
  cueAt: Map<number, Cue>;
  cueEndingAt: Map<number, Cue>;
  mentionAt: Map<number, Mention>;
  mentionEndingAt: Map<number, Mention>;
  described: ReadonlySet<number>;
};

/** Skips a subgroup aside (", including 41 children,") and returns the index after it, or -1. */
function skipAside(ctx: Ctx, j: number): number {
  for (let k = j; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!.text;
    if (t === ',' || t === ')') return k + 1;
    if (t === ';' || t === ':' || t === '.') return -1;
  }
  return -1;
}

/** "one of the three leaders", "uno de los tres dirigentes": the second number is the set picked from. */
function isPartitiveSet(ctx: Ctx, m: Mention): boolean {
  let j = m.start - 1;
  while (j >= 0 && ctx.c.determiners.has(ctx.tokens[j]!.norm)) j--;
  const of = ctx.tokens[j];
  return !!of && isOfWord(ctx.c, of) && ctx.mentionEndingAt.has(j - 1);
}

/** "two women fatally shot": a verbal cue right after the person nouns of a number describes that group. */
function cueRightAfterGroup(ctx: Ctx, m: Mention): boolean {
  let j = m.end;
  for (let person = ctx.c.subjects.longestAt(ctx.tokens, j); person; person = ctx.c.subjects.longestAt(ctx.tokens, j)) j = person.end;
  const cue = ctx.cueAt.get(j);
  return j > m.end && cue !== undefined && cue.rule.kind === 'verbal';
}

function scanForward(ctx: Ctx, m: Mention): Scan {
  const { tokens, c } = ctx;
  // The set counts the group, not the outcome: only a noun cue right after it ("12 hostages") links.
  const partitive = isPartitiveSet(ctx, m) && !cueRightAfterGroup(ctx, m);
  let unknown = 0;
  let onlyNouns = true;
  let passive = false;
  let sawPerson = m.kind === 'indefinite';
  let reach = 2;
  for (let j = m.end, steps = 0; j < tokens.length && steps < 12; steps++) {
    const cue = ctx.cueAt.get(j);
    if (cue) {
      if (cue.rule.position === 'before' || (partitive && steps > 0)) return null;
      const chosen = strongerChained(ctx, cue);
      // "two gunmen killed three villagers": with an object after an active verb, the number
      // before it counts the agents, not the victims.
      if (!passive && chosen.rule.kind === 'verbal' && !chosen.rule.intransitive && objectFollows(ctx, chosen.end)) return null;
      // "fired one shot": a weak cue right after a bare number is a noun, not a wound.
      if (chosen.rule.weak && !passive && !sawPerson) return null;
      if (unknown > 2 && !statesOutcome(ctx, chosen, passive)) return null;
      return { cue: chosen, distance: steps };
    }
    if (c.individuals.passives.has(tokens[j]!.norm)) passive = true;
    const t = tokens[j]!;
    if (ctx.described.has(j)) {
      // "a 22-year-old man and a 16-year-old boy were shot": an age is one step, however many tokens.
      while (ctx.described.has(j)) j++;
      continue;
    }
    const other = ctx.mentionAt.get(j);
    if (other && steps <= 2 && isPartitiveSet(ctx, other) && !cueRightAfterGroup(ctx, other)) {
      // "two of the 12 hostages were killed": the outcome is said of the two, and a noun cue
      // naming the set ("hostages") is part of the set.
      const noun = ctx.cueAt.get(other.end);
      j = noun?.rule.person ? noun.end : other.end;
      continue;
    }
    if (other) {
      const prev = tokens[j - 1];
      if (!(onlyNouns && prev && c.connectives.coordinators.has(prev.norm))) return null;
      j = other.end;
      continue;
    }
    const aside = c.subgroups.longestAt(tokens, t.text === ',' ? j + 1 : j);
    if (aside) {
      const after = skipAside(ctx, aside.end);
      if (after < 0) return null;
      j = after;
      continue;
    }
    const person = c.subjects.longestAt(tokens, j);
    if (person) {
      sawPerson = true;
      j = person.end;
      continue;
    }
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === '[') {
        // "10 other people [not further identified] were injured": an editor's bracket is an aside too.
        const closing = t.text === '(' ? ')' : ']';
        const close = tokens.findIndex((x, k) => k > j && x.text === closing);
        if (close < 0) return null;
        j = close + 1;
        continue;
      }
      if (!QUOTES.has(t.text)) return null;
    } else if (c.breakers.has(t.norm)) return null;
    else if (!c.fillers.has(t.norm)) {
      if (++unknown > reach) return null;
    } else if (steps <= 3 && reach === 2 && m.kind !== 'vague' && isOfWord(c, t)) {
      // "two employees OF the same gas station were injured": the complement of the counted noun
      // describes the group; its words get a reach of their own, once, close to the number.
      reach += 3;
      onlyNouns = false;
    } else if (!c.connectives.coordinators.has(t.norm) && !c.connectives.nameJoiners.has(t.norm)) onlyNouns = false;
    j++;
  }
  return null;
}

/** "of", "de": a joiner inside names that may also stand between a number and its cue, not a determiner. */
function isOfWord(c: CompiledPack, t: Token): boolean {
  return t.kind === 'word' && c.connectives.nameJoiners.has(t.norm) && c.fillers.has(t.norm) && !c.determiners.has(t.norm) && !c.connectives.coordinators.has(t.norm);
}

/**
 * Past a long description only a cue that says what happened to the group may link: a passive
 * ("were wounded", "resultaron heridos"), an intransitive verb ("died") or a participle naming people
 * ("heridos"). "Two members of the gang that murdered…" counts the agents.
 */
function statesOutcome(ctx: Ctx, cue: Cue, passive: boolean): boolean {
  const { rule } = cue;
  if (passive || rule.intransitive || (rule.kind === 'nominal' && rule.person)) return true;
  return rule.kind === 'verbal' && ctx.c.individuals.passives.has(ctx.tokens[cue.start]!.norm);
}

/** A number, a pronoun, a determiner or a name right after a verb: it has an object. */
function objectFollows(ctx: Ctx, j: number): boolean {
  let t = ctx.tokens[j];
  if (t && ctx.c.pack.lang === 'es' && t.norm === 'a') t = ctx.tokens[j + 1];
  if (!t) return false;
  if (ctx.mentionAt.has(ctx.tokens.indexOf(t))) return true;
  const ind = ctx.c.individuals;
  return ind.objectPronouns.has(t.norm) || ind.determiners.has(t.norm) || (t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text));
}

/** "shot and killed": a weak cue chained by a conjunction to a stronger one yields to it. */
function strongerChained(ctx: Ctx, cue: Cue): Cue {
  if (!cue.rule.weak) return cue;
  for (let j = cue.end; j < cue.end + 3 && j < ctx.tokens.length; j++) {
    const next = ctx.cueAt.get(j);
    if (next && !next.rule.weak) return next;
    if (!ctx.c.connectives.coordinators.has(ctx.tokens[j]!.norm) && !ctx.c.fillers.has(ctx.tokens[j]!.norm)) break;
  }
  return cue;
}

function scanBackward(ctx: Ctx, m: Mention): Scan {
  const { tokens, c } = ctx;
  let unknown = 0;
  let acrossConjunction = false;
  for (let j = m.start - 1, steps = 0; j >= 0 && steps <= 6; steps++) {
    const cue = ctx.cueEndingAt.get(j);
    if (cue) {
      if (cue.rule.position === 'after') return null;
      const reach = cue.rule.kind === 'toll' ? 6 : 3;
      return steps <= reach ? { cue, distance: steps, acrossConjunction } : null;
    }
    // "wounded BY a police officer", "herido POR un policía": the agent of a passive is not its victim.
    if (c.connectives.agents.has(tokens[j]!.norm) && (ctx.cueEndingAt.get(j - 1)?.rule.kind ?? 'toll') !== 'toll') return null;
    if (tokens[j]!.kind === 'word' && c.connectives.coordinators.has(tokens[j]!.norm)) acrossConjunction = true;
    if (ctx.mentionEndingAt.has(j) || markerEndingAt(ctx, j)) return null;
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      // "Personas fallecidas .......... 300": dot leaders join a table label to its number.
      const leader = (t.text === '.' || t.text === '…') && (tokens[j - 1]?.text === t.text || tokens[j + 1]?.text === t.text);
      // "El número de heridos en la explosión (212, según …)": a figure in parentheses.
      if (t.text !== ':' && t.text !== '(' && !QUOTES.has(t.text) && !leader) return null;
      if (leader) {
        j--;
        continue;
      }
    } else if (c.breakers.has(t.norm)) return null;
    else if (!c.fillers.has(t.norm) && !c.determiners.has(t.norm)) {
      if (++unknown > 3) return null;
    }
    j--;
  }
  return null;
}

/** The first person-noun phrase after a number: its subject rule and the group as written. */
function readGroup(ctx: Ctx, m: Mention, limit: number): Pick<Link, 'subject' | 'group'> {
  const { tokens, c } = ctx;
  let groupStart = -1;
  for (let j = m.end; j < Math.min(limit, m.end + 6); j++) {
    const t = tokens[j]!;
    if (ctx.described.has(j)) continue;
    const person = c.subjects.longestAt(tokens, j);
    if (person) {
      const start = groupStart >= 0 ? groupStart : j;
      return { subject: { rule: person.value.rule, start: j, end: person.end }, group: { start, end: person.end } };
    }
    if (t.kind !== 'word' || ctx.cueAt.has(j) || ctx.mentionAt.has(j)) break;
    if (c.fillers.has(t.norm) || c.determiners.has(t.norm)) {
      if (groupStart >= 0) break;
      continue;
    }
    if (groupStart < 0) groupStart = j;
  }
  // "212 el número de soldados muertos": a person noun further on, before the cue, names the group.
  for (let j = m.end; j < Math.min(limit, m.end + 8); j++) {
    const person = c.subjects.longestAt(tokens, j);
    if (person) return { subject: { rule: person.value.rule, start: j, end: person.end }, group: { start: j, end: person.end } };
    if (tokens[j]!.kind === 'punct' || ctx.mentionAt.has(j)) break;
  }
  return { subject: null, group: null };
}

export function linkCues(tokens: readonly Token[], mentions: readonly Mention[], described: ReadonlySet<number>, c: CompiledPack): Link[] {
  const cues = findCues(tokens, c);
  // Object-only cues ("shooting his wife") never count a number.
  const counting = cues.filter((q) => !q.rule.objectOnly);
  const ctx: Ctx = {
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
    return { mention: m, cue: pick.s.cue, how: pick.how, parent: null, ...group, ruleIds: [pick.s.cue.rule.id] };
  });
  inheritCues(ctx, mentions, links);
  return assignParents(ctx, mentions, links);
}

/** Gives cue-less numbers the cue of a total they belong to, as a subgroup or a coordinated group. */
function inheritCues(ctx: Ctx, mentions: readonly Mention[], links: (Link | null)[]): void {
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
        const joined = between.some((x) => c.connectives.coordinators.has(x.norm)) && onlyGroupWords(ctx, prevMention.end, m.start);
        if (prev && joined && prev.how !== 'forward') {
          const how = prev.how === 'subgroup' ? 'subgroup' : 'coordinated';
          links[i] = { mention: m, cue: prev.cue, how, parent: null, ...readGroup(ctx, m, tokens.length), ruleIds: [...prev.ruleIds] };
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

/**
 * "at least 300 were killed, possibly 600 to 900": a bare number after a claim, separated only by
 * punctuation, a modality word or "or", restates the same measure as a competing figure.
 */
function isAlternative(ctx: Ctx, from: number, to: number): boolean {
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

/** "possibly 600 to 900." — nothing but punctuation or a person noun follows an alternative figure. */
function standsAlone(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  return !t || t.kind === 'punct' || ctx.c.subjects.longestAt(ctx.tokens, j) !== null || ctx.c.breakers.has(t.norm);
}

const ALTERNATIVE_BREAKS = new Set([',', '—', '–', '(', ';']);

/** Between coordinated numbers stand only person nouns, conjunctions and a word or two of description. */
function onlyGroupWords(ctx: Ctx, from: number, to: number): boolean {
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

function markerEndingAt(ctx: Ctx, j: number): { id: string; start: number } | null {
  for (let start = Math.max(0, j - 4); start <= j; start++) {
    const hit = ctx.c.subgroups.longestAt(ctx.tokens, start);
    if (hit && hit.end === j + 1) return { id: hit.value.id, start };
  }
  return null;
}

function nearestLinkedBefore(links: readonly (Link | null)[], mentions: readonly Mention[], before: number, from: number): number | null {
  for (let k = from; k >= 0; k--) if (links[k] && mentions[k]!.end <= before) return k;
  return null;
}

/** A subgroup is part of the nearest total before its marker when both count the same measure. */
function assignParents(ctx: Ctx, mentions: readonly Mention[], links: (Link | null)[]): Link[] {
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

function findMarkerBefore(ctx: Ctx, start: number): number | null {
  for (let j = start - 1; j >= 0 && j >= start - 10; j--) {
    const marker = markerEndingAt(ctx, j);
    if (marker) return marker.start;
  }
  return null;
}
