/**
 * The cue after a number: "12 people were killed", "12 muertos". Person nouns, fillers, asides and
 * at most a couple of unknown words may stand between; an active verb with an object after it
 * counts the agents, not the victims.
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Cue } from './find-cues.js';
import { personNounWithin, type Mention } from './find-quantities.js';
import { QUOTES, type LinkContext, type Scan } from './link-context.js';

export function scanForward(ctx: LinkContext, m: Mention): Scan {
  const { tokens, c } = ctx;
  // The set counts the group, not the outcome: only a noun cue right after it ("12 hostages") links.
  const partitive = isPartitiveSet(ctx, m) && !cueRightAfterGroup(ctx, m);
  let unknown = 0;
  let onlyNouns = true;
  let passive = false;
  let sawPerson = m.kind === 'indefinite';
  let reach = 2;
  let described = false;
  let listed: string | null = null;
  let joinedAt = -1;
  // "elevó a 40 el número de muertos": a raising verb before the number sets the toll noun after it.
  const raiser = c.tollRaisersReversed.longestEndingAt(tokens, m.start);
  for (let j = m.end, steps = 0; j < tokens.length && steps < 12; steps++) {
    const cue = ctx.cueAt.get(j);
    if (cue) {
      if (raiser && cue.rule.kind === 'toll' && onlyDeterminers(ctx, m.end, j)) return { cue, distance: steps, via: raiser.value.id };
      if (cue.rule.position === 'before' || (partitive && steps > 0)) return null;
      // "28 cuerpos de campesinos": a toll noun read after its number stands right after it; in "640
      // efectivos de los cuerpos de bomberos" it names something else (fire brigades).
      if (cue.rule.kind === 'toll' && cue.rule.position === 'either' && steps > 0) return null;
      const chosen = strongerChained(ctx, cue);
      // "fueron asesinados el jueves": the auxiliary may be the cue's own first word.
      if (c.individuals.passives.has(tokens[chosen.start]!.norm)) passive = true;
      // "two gunmen killed three villagers": with an object after an active verb, the number
      // before it counts the agents, not the victims.
      if (!passive && chosen.rule.kind === 'verbal' && !chosen.rule.intransitive && objectFollows(ctx, chosen.end)) return null;
      // "fired one shot": a weak cue right after a bare number is a noun, not a wound.
      if (chosen.rule.weak && !passive && !sawPerson) return null;
      // "two deals were struck": some cues count only a group a person noun names.
      if (chosen.rule.needsPerson && !sawPerson) return null;
      if (unknown > 2 && !statesOutcome(ctx, chosen, passive)) return null;
      const via = described ? DESCRIBED_RULE_ID : listed;
      return via ? { cue: chosen, distance: steps, via } : { cue: chosen, distance: steps };
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
      if (!(onlyNouns && prev && (c.connectives.coordinators.has(prev.norm) || joinedAt === j))) return null;
      // "six Catholic priests and two poor women": each group listed has its own words.
      unknown = 0;
      j = other.end;
      continue;
    }
    // "two soldiers AS WELL AS three civilians were killed": a joiner adds the next group, as "and" does.
    const joined = sawPerson && onlyNouns ? groupJoinedAt(ctx, j) : null;
    if (joined) {
      listed = joined.id;
      joinedAt = j = joined.next;
      continue;
    }
    const aside = c.subgroups.longestAt(tokens, t.text === ',' ? j + 1 : j);
    // "six priests, five of them foreigners, were killed": a subgroup marked after its number is an aside too.
    const inner = t.text === ',' ? ctx.mentionAt.get(j + 1) : undefined;
    // "two members of the escort, members of the police, were wounded": an apposition renaming the group.
    if (!aside && !inner && t.text === ',' && sawPerson && isApposition(ctx, j + 1)) {
      j = skipAside(ctx, j + 1);
      continue;
    }
    if (!aside && inner && c.subgroupsAfter.longestAt(tokens, inner.end)) {
      const after = skipAside(ctx, inner.end);
      if (after < 0) return null;
      j = after;
      continue;
    }
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
      // "Two soldiers, a police officer and a child were killed": a comma lists another group of people.
      const list = c.groupLists.get(t.text);
      if (list && sawPerson && onlyNouns && listsGroup(ctx, j + 1)) {
        listed = list;
        j++;
        continue;
      }
      if (!QUOTES.has(t.text)) return null;
    } else if (c.breakers.has(t.norm)) return null;
    else if (!c.fillers.has(t.norm)) {
      if (++unknown > reach) {
        // "two policemen guarding the consulate in Medellín were killed": past the words that
        // describe a named group, only a passive outcome may still say what happened to it.
        const at = sawPerson ? passiveOutcomeAhead(ctx, j) : -1;
        if (at < 0) return null;
        passive = true;
        described = true;
        j = at;
        continue;
      }
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

/**
 * True when a short plural noun phrase closed by a comma starts at `j` ("members of the police,"):
 * no number, cue, coordinator or verb-like word inside, and a person noun in it.
 */
function isApposition(ctx: LinkContext, j: number): boolean {
  const { tokens, c } = ctx;
  let person = false;
  for (let k = j; k < tokens.length && k < j + 7; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return person && k > j;
    if (t.kind !== 'word' || ctx.cueAt.has(k) || ctx.mentionAt.has(k) || c.connectives.coordinators.has(t.norm) || c.individuals.passives.has(t.norm) || c.breakers.has(t.norm)) return false;
    if (c.subjects.longestAt(tokens, k)) person = true;
  }
  return false;
}

/**
 * A group of people listed after a comma starts at `j`: a number (or "a", "un") and a person noun
 * right after it ("a police officer", "three children"). "two victims, 19 and 24," lists ages.
 */
function listsGroup(ctx: LinkContext, j: number): boolean {
  const next = ctx.mentionAt.get(j);
  return next !== undefined && next.high !== null && personNounWithin(ctx.tokens, next.end, 2, ctx.c);
}

/**
 * A group joiner starting at `j` ("as well as", "junto con"), a comma before it allowed, with a
 * number right after it (Spanish may put the personal "a" between): its rule id and that number's index.
 */
export function groupJoinedAt(ctx: LinkContext, j: number): { id: string; next: number } | null {
  const { tokens, c } = ctx;
  const at = tokens[j]?.text === ',' ? j + 1 : j;
  const joiner = c.groupJoiners.longestAt(tokens, at);
  if (!joiner) return null;
  const next = c.pack.lang === 'es' && tokens[joiner.end]?.norm === 'a' ? joiner.end + 1 : joiner.end;
  return ctx.mentionAt.has(next) ? { id: joiner.value.id, next } : null;
}

/** Nothing but determiners in [from, to): "elevó a 40 EL número de muertos". */
function onlyDeterminers(ctx: LinkContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!ctx.c.determiners.has(ctx.tokens[j]!.norm)) return false;
  return true;
}

/** Skips a subgroup aside (", including 41 children,") and returns the index after it, or -1. */
function skipAside(ctx: LinkContext, j: number): number {
  for (let k = j; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!.text;
    if (t === ',' || t === ')') return k + 1;
    if (t === ';' || t === ':' || t === '.') return -1;
  }
  return -1;
}

/** Rule id of a link made across a description of the counted group (see passiveOutcomeAhead). */
export const DESCRIBED_RULE_ID = 'core.link.described-group';

/** How far a description of the counted group may run before its passive outcome. */
const DESCRIPTION_REACH = 10;

/**
 * The index of a cue stated as a passive outcome ("were killed", "fueron asesinados", "were
 * brutally murdered") within reach of `j`, or -1. Punctuation, a breaker, a clause opener, another
 * number or any other cue on the way mean the words are not one description of the group.
 */
function passiveOutcomeAhead(ctx: LinkContext, j: number): number {
  const { tokens, c } = ctx;
  for (let k = j; k < tokens.length && k < j + DESCRIPTION_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || c.breakers.has(t.norm) || c.placeRelatives.has(t.norm) || c.clauseOpeners.longestAt(tokens, k)) return -1;
    const cue = ctx.cueAt.get(k);
    if (cue) return cue.rule.position !== 'before' && passiveAt(ctx, k) && statesOutcome(ctx, cue, true) ? k : -1;
    if (ctx.mentionAt.has(k)) return -1;
  }
  return -1;
}

/** The cue at `k` is passive: its own first word ("fueron asesinados") or the one before it, adverbs aside. */
function passiveAt(ctx: LinkContext, k: number): boolean {
  const { tokens, c } = ctx;
  let i = k;
  if (c.individuals.passives.has(tokens[i]!.norm)) return true;
  for (i = k - 1; i >= 0 && c.individuals.between.has(tokens[i]!.norm); i--);
  return i >= 0 && c.individuals.passives.has(tokens[i]!.norm);
}

/** "one of the three leaders", "uno de los tres dirigentes": the second number is the set picked from. */
function isPartitiveSet(ctx: LinkContext, m: Mention): boolean {
  let j = m.start - 1;
  while (j >= 0 && ctx.c.determiners.has(ctx.tokens[j]!.norm)) j--;
  const of = ctx.tokens[j];
  return !!of && isOfWord(ctx.c, of) && ctx.mentionEndingAt.has(j - 1);
}

/** "two women fatally shot": a verbal cue right after the person nouns of a number describes that group. */
function cueRightAfterGroup(ctx: LinkContext, m: Mention): boolean {
  let j = m.end;
  for (let person = ctx.c.subjects.longestAt(ctx.tokens, j); person; person = ctx.c.subjects.longestAt(ctx.tokens, j)) j = person.end;
  const cue = ctx.cueAt.get(j);
  return j > m.end && cue !== undefined && cue.rule.kind === 'verbal';
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
function statesOutcome(ctx: LinkContext, cue: Cue, passive: boolean): boolean {
  const { rule } = cue;
  if (passive || rule.intransitive || (rule.kind === 'nominal' && rule.person)) return true;
  return rule.kind === 'verbal' && ctx.c.individuals.passives.has(ctx.tokens[cue.start]!.norm);
}

/** A number, a pronoun, a determiner or a name right after a verb: it has an object. */
function objectFollows(ctx: LinkContext, j: number): boolean {
  let t = ctx.tokens[j];
  if (t && ctx.c.pack.lang === 'es' && t.norm === 'a') t = ctx.tokens[j + 1];
  if (!t) return false;
  if (ctx.mentionAt.has(ctx.tokens.indexOf(t))) return true;
  const ind = ctx.c.individuals;
  // "Two Wounded In Riverdale Shooting": in a title-case headline a capitalised preposition is no name.
  if (ind.locatives.has(t.norm) || ctx.c.connectives.placePrepositions.has(t.norm)) return false;
  return ind.objectPronouns.has(t.norm) || ind.determiners.has(t.norm) || (t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text));
}

/** "shot and killed": a weak cue chained by a conjunction to a stronger one yields to it. */
function strongerChained(ctx: LinkContext, cue: Cue): Cue {
  if (!cue.rule.weak) return cue;
  for (let j = cue.end; j < cue.end + 3 && j < ctx.tokens.length; j++) {
    const next = ctx.cueAt.get(j);
    if (next && !next.rule.weak) return next;
    if (!ctx.c.connectives.coordinators.has(ctx.tokens[j]!.norm) && !ctx.c.fillers.has(ctx.tokens[j]!.norm)) break;
  }
  return cue;
}
