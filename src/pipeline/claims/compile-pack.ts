/**
 * Turns a language pack's phrase lists into token tries and sets, once per pack, so matching a
 * sentence costs one walk per token rather than one scan per rule.
 */
import type {
  AttributionRule,
  FramingRule,
  GroupJoinerRule,
  HedgeRule,
  IndefiniteRule,
  LanguagePack,
  MeasureRule,
  MemberRule,
  ModalityRule,
  NonTollRule,
  NumberWordRule,
  RangeRule,
  ScopeRule,
  SubgroupRule,
  SubjectRule,
  TollRaiserRule,
  TollVerbRule,
  VagueRule,
} from '../../language-packs/schema.js';
import { fold, phraseTokens } from '../segment/tokenize.js';
import { SlotPatterns, splitAroundSlot, type SlotParts } from './match-pattern.js';
import { PhraseTrie } from './phrase-trie.js';

export { PhraseTrie };

/** A pattern with placeholders ({n}, {a}, {b}, {x}, {name}, ^) as a token list. */
export type Pattern<R> = { rule: R; parts: string[] };

function pattern<R extends { id: string }>(rule: R, text: string): Pattern<R> {
  const parts = text.split(/\s+/).flatMap((w) => (/^\{\w+\}$|^\^$/.test(w) ? [w] : phraseTokens(w)));
  return { rule, parts };
}

/**
 * A range pattern's literals before {a}, between {a} and {b}, and after {b}, split once here;
 * `after` holds a change's folded words, one of which must stand right before the pattern.
 */
export type RangePattern = Pattern<RangeRule> & { beforeA: string[]; between: string[]; afterB: string[]; after: Set<string> };

function rangePattern(rule: RangeRule): RangePattern {
  const p = pattern(rule, rule.pattern);
  const ka = p.parts.indexOf('{a}');
  const kb = p.parts.indexOf('{b}');
  return {
    ...p, beforeA: p.parts.slice(0, ka), between: p.parts.slice(ka + 1, kb), afterB: p.parts.slice(kb + 1), after: new Set(rule.after.map(fold)),
  };
}

/** An attribution pattern with the index of {x} and the literal runs around it, split once here. */
export type AttributionPattern = Pattern<AttributionRule> & { k: number; beforeX: string[]; afterFirst: string[] };

export type SubjectMatch = { rule: SubjectRule };

export type CompiledPack = {
  pack: LanguagePack;
  numberWords: PhraseTrie<NumberWordRule>;
  numberWordTriggers: Set<string>;
  vague: PhraseTrie<VagueRule>;
  indefinites: PhraseTrie<IndefiniteRule>;
  hedgesBefore: PhraseTrie<HedgeRule>;
  hedgesAfter: PhraseTrie<HedgeRule>;
  /** Hedges indexed by their last token, to look backwards from a number. */
  hedgesBeforeReversed: PhraseTrie<HedgeRule>;
  ranges: RangePattern[];
  /** Range-shaped changes ("rose by 12 to 742"): the second number is the new total. */
  changes: RangePattern[];
  /** Folded words that cancel a hedge when right before it, by hedge rule id ("subió HASTA"). */
  hedgeBlockers: Map<string, Set<string>>;
  measures: PhraseTrie<MeasureRule>;
  /** Toll verbs indexed by their last token, to look backwards from a number ("rose to" 742). */
  tollVerbsReversed: PhraseTrie<TollVerbRule>;
  /** Verbs that set a number before its toll noun, by their last token ("elevó a" 40 el número de muertos). */
  tollRaisersReversed: PhraseTrie<TollRaiserRule>;
  /** Punctuation listing one more group of people before a shared cue, by folded text → rule id. */
  groupLists: Map<string, string>;
  /** Phrases that add one more group to those a cue counts ("as well as", "junto con"). */
  groupJoiners: PhraseTrie<GroupJoinerRule>;
  subjects: PhraseTrie<SubjectMatch>;
  fillers: Set<string>;
  breakers: Set<string>;
  attribution: Pattern<AttributionRule>[];
  /** Attribution patterns by the literal token that anchors them, for one lookup per token. */
  attributionByAnchor: Map<string, AttributionPattern[]>;
  /** Words that end a claimant's noun phrase: fillers and breakers, less the joiners inside names. */
  claimantStops: Set<string>;
  pronouns: Set<string>;
  claimantAdverbs: Set<string>;
  determiners: Set<string>;
  modality: PhraseTrie<ModalityRule>;
  subgroups: PhraseTrie<SubgroupRule>;
  /** Markers written after the subgroup's number: "90 of them", "90 de ellos". */
  subgroupsAfter: PhraseTrie<SubgroupRule>;
  /** "one of the dead": the words between a member's number and the cue naming its group. */
  members: PhraseTrie<MemberRule>;
  nonToll: SlotPatterns<Pattern<NonTollRule> & { slot: SlotParts }>;
  months: Map<string, number>;
  scales: Map<string, number>;
  framing: PhraseTrie<FramingRule>;
  scope: PhraseTrie<ScopeRule>;
  negations: Set<string>;
  negativeSubjects: PhraseTrie<string>;
  clauseOpeners: PhraseTrie<string>;
  /** Folded connectives; `coordinators` are the conjunctions plus the comma. */
  connectives: {
    coordinators: Set<string>;
    verbJoiners: Set<string>;
    nameJoiners: Set<string>;
    placePrepositions: Set<string>;
    alternatives: Set<string>;
    agents: Set<string>;
  };
  placeRelatives: Set<string>;
  /** Every word the pack knows, for telling names from words in ALL CAPS text. */
  vocabulary: Set<string>;
  individuals: {
    nouns: Set<string>;
    determiners: Set<string>;
    pronouns: Set<string>;
    objectPronouns: Set<string>;
    passives: Set<string>;
    another: Set<string>;
    /** Folded ordinal → its position (2 for "second", "segunda"). */
    ordinals: Map<string, number>;
    notNames: Set<string>;
    between: Set<string>;
    relatives: Set<string>;
    plurals: Set<string>;
    locatives: Set<string>;
    placeNouns: Set<string>;
  };
};

const cache = new WeakMap<LanguagePack, CompiledPack>();

function vocabularyOf(pack: LanguagePack): Set<string> {
  const words: string[] = [
    ...pack.fillers, ...pack.breakers, ...pack.pronouns, ...pack.determiners, ...pack.months, ...pack.numberWordTriggers,
    ...pack.individuals.nouns, ...pack.individuals.determiners, ...pack.individuals.pronouns, ...pack.individuals.passives,
    ...pack.individuals.another, ...pack.individuals.notNames,
    ...pack.subjects.flatMap((r) => r.words),
    ...[pack.measures, pack.hedges, pack.vague, pack.numberWords, pack.modality, pack.subgroups, pack.scope, pack.framing, pack.indefinites].flatMap(
      (rules: readonly { phrase: string }[]) => rules.map((r) => r.phrase),
    ),
    ...[pack.attribution, pack.ranges, pack.nonToll].flatMap((rules: readonly { pattern: string }[]) => rules.map((r) => r.pattern)),
  ];
  return new Set(words.flatMap((w) => phraseTokens(w)).filter((w) => /^\p{L}+$/u.test(w)));
}

export function compilePack(pack: LanguagePack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) return hit;

  const trie = <R>(items: readonly R[], phrase: (r: R) => string): PhraseTrie<R> => {
    const t = new PhraseTrie<R>();
    for (const item of items) t.add(phrase(item), item);
    return t;
  };
  const subjects = new PhraseTrie<SubjectMatch>();
  for (const rule of pack.subjects) for (const w of rule.words) subjects.add(w, { rule });
  const hedgesBeforeReversed = new PhraseTrie<HedgeRule>();
  for (const h of pack.hedges.filter((x) => x.position === 'before')) {
    hedgesBeforeReversed.add(phraseTokens(h.phrase).reverse().join(' '), h);
  }
  const tollVerbsReversed = new PhraseTrie<TollVerbRule>();
  for (const v of pack.tollVerbs) tollVerbsReversed.add(phraseTokens(v.phrase).reverse().join(' '), v);
  const tollRaisersReversed = new PhraseTrie<TollRaiserRule>();
  for (const v of pack.tollRaisers) tollRaisersReversed.add(phraseTokens(v.phrase).reverse().join(' '), v);
  const fillers = new Set(pack.fillers.map(fold));
  const joiners = new Set([...pack.connectives.nameJoiners, ...pack.connectives.conjunctions].map(fold));
  const breakers = new Set(pack.breakers.map(fold));
  const compiled: CompiledPack = {
    pack,
    numberWords: trie(pack.numberWords, (r) => r.phrase),
    numberWordTriggers: new Set(pack.numberWordTriggers.map(fold)),
    vague: trie(pack.vague, (r) => r.phrase),
    indefinites: trie(pack.indefinites, (r) => r.phrase),
    hedgesBefore: trie(pack.hedges.filter((h) => h.position === 'before'), (r) => r.phrase),
    hedgesAfter: trie(pack.hedges.filter((h) => h.position === 'after'), (r) => r.phrase),
    hedgesBeforeReversed,
    ranges: pack.ranges.filter((r) => r.reads === 'range').map(rangePattern),
    changes: pack.ranges.filter((r) => r.reads === 'change').map(rangePattern),
    hedgeBlockers: new Map(pack.hedges.filter((h) => h.unlessPrecededBy.length > 0).map((h) => [h.id, new Set(h.unlessPrecededBy.map(fold))])),
    measures: trie(pack.measures, (r) => r.phrase),
    tollVerbsReversed,
    tollRaisersReversed,
    groupLists: new Map(pack.groupLists.map((r) => [fold(r.phrase), r.id])),
    groupJoiners: trie(pack.groupJoiners, (r) => r.phrase),
    subjects,
    fillers,
    breakers,
    attribution: pack.attribution.map((r) => pattern(r, r.pattern)),
    attributionByAnchor: new Map(),
    // A claimant's noun phrase ends at a filler, a breaker, a pronoun ("which the ministry puts")
    // or a word of another attribution pattern ("según").
    claimantStops: new Set(
      [...fillers, ...breakers, ...pack.pronouns.map(fold), ...pack.attribution.flatMap((r) => phraseTokens(r.pattern.replace(/\{x\}|\^/g, ' ')))].filter(
        (w) => !joiners.has(w),
      ),
    ),
    pronouns: new Set(pack.pronouns.map(fold)),
    claimantAdverbs: new Set(pack.claimantAdverbs.map(fold)),
    determiners: new Set(pack.determiners.map(fold)),
    modality: trie(pack.modality, (r) => r.phrase),
    subgroups: trie(pack.subgroups.filter((r) => r.position === 'before'), (r) => r.phrase),
    subgroupsAfter: trie(pack.subgroups.filter((r) => r.position === 'after'), (r) => r.phrase),
    members: trie(pack.members, (r) => r.phrase),
    nonToll: new SlotPatterns(
      pack.nonToll.map((r) => {
        const p = pattern(r, r.pattern);
        return { ...p, slot: splitAroundSlot(p.parts) };
      }),
    ),
    months: new Map(pack.months.map((m, i) => [fold(m), i + 1])),
    scales: new Map(pack.scales.map((s) => [fold(s.phrase), s.value])),
    framing: trie(pack.framing, (r) => r.phrase),
    vocabulary: new Set<string>(),
    scope: trie(pack.scope, (r) => r.phrase),
    negations: new Set(pack.negations.map(fold)),
    negativeSubjects: trie(pack.negativeSubjects, (w) => w),
    clauseOpeners: trie(pack.clauseOpeners, (w) => w),
    connectives: {
      coordinators: new Set([',', ...pack.connectives.conjunctions.map(fold)]),
      verbJoiners: new Set([...pack.connectives.conjunctions, ...pack.connectives.adversatives].map(fold)),
      nameJoiners: new Set([...pack.connectives.nameJoiners, ...pack.connectives.conjunctions].map(fold)),
      placePrepositions: new Set(pack.connectives.placePrepositions.map(fold)),
      alternatives: new Set([...pack.connectives.alternatives, ...pack.connectives.conjunctions, ...pack.connectives.adversatives].map(fold)),
      agents: new Set(pack.connectives.agents.map(fold)),
    },
    placeRelatives: new Set(pack.placeRelatives.map(fold)),
    individuals: {
      nouns: new Set(pack.individuals.nouns.map(fold)),
      determiners: new Set(pack.individuals.determiners.map(fold)),
      pronouns: new Set(pack.individuals.pronouns.map(fold)),
      objectPronouns: new Set(pack.individuals.objectPronouns.map(fold)),
      passives: new Set(pack.individuals.passives.map(fold)),
      another: new Set(pack.individuals.another.map(fold)),
      ordinals: new Map(pack.individuals.ordinals.flatMap((forms, n) => forms.map((f) => [fold(f), n + 2] as const))),
      notNames: new Set(pack.individuals.notNames.map(fold)),
      between: new Set(pack.individuals.between.map(fold)),
      relatives: new Set(pack.individuals.relatives.map(fold)),
      plurals: new Set(pack.individuals.plurals.map(fold)),
      locatives: new Set(pack.individuals.locatives.map(fold)),
      placeNouns: new Set(pack.individuals.placeNouns.map(fold)),
    },
  };
  compiled.vocabulary = vocabularyOf(pack);
  for (const p of compiled.attribution) {
    const anchor = p.parts.find((part) => part !== '{x}' && part !== '^')!;
    const list = compiled.attributionByAnchor.get(anchor) ?? [];
    const k = p.parts.indexOf('{x}');
    list.push({ ...p, k, beforeX: p.parts.slice(0, k), afterFirst: p.parts.slice(1) });
    compiled.attributionByAnchor.set(anchor, list);
  }
  cache.set(pack, compiled);
  return compiled;
}
