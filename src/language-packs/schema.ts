/**
 * The single definition of a language pack. Packs are data: every rule is an object with a stable
 * `id` (`<lang>.<kind>.<name>`) and a worked `example` that a test runs through the pipeline and
 * checks fires the rule. Phrases are matched on folded tokens (lower case, no diacritics), so a
 * pack writes them in plain lower case; accents are allowed and folded at compile time.
 */
import { z } from 'zod';
import { Measure } from '../domain/measure.js';
import { Modality } from '../domain/modality.js';
import { Subject } from '../domain/subject.js';
import { Unit } from '../domain/unit.js';

const RuleBase = z.object({ id: z.string().regex(/^[a-z]{2}\.[a-z-]+\.[a-z0-9-]+$/), example: z.string().min(1) });

/** A single-word or multi-word number the recogniser would miss or misread ("a dozen", "una decena"). */
export const NumberWordRule = RuleBase.extend({
  phrase: z.string(),
  value: z.number().int().nonnegative(),
  approximate: z.boolean().default(false),
});
export type NumberWordRule = z.infer<typeof NumberWordRule>;

/** Vague quantities read as ranges ("dozens" = 24..99): the bounds are our documented convention. */
export const VagueRule = RuleBase.extend({
  phrase: z.string(),
  low: z.number().int().nonnegative(),
  high: z.number().int().nonnegative().nullable(),
});
export type VagueRule = z.infer<typeof VagueRule>;

/** "a man", "un policía": an indefinite article before a person noun counts one. */
export const IndefiniteRule = RuleBase.extend({
  phrase: z.string(),
  /** A hedge written with the article: "al menos un hombre" is one or more, "más de un herido" two or more. */
  bound: z.enum(['lower', 'lower-exclusive']).nullable().default(null),
});
export type IndefiniteRule = z.infer<typeof IndefiniteRule>;

/** A hedge before ("at least") or after ("or more") a number. */
export const HedgeRule = RuleBase.extend({
  phrase: z.string(),
  position: z.enum(['before', 'after']).default('before'),
  bound: z.enum(['approximate', 'lower', 'upper', 'lower-exclusive', 'upper-exclusive']),
  /** Words right before the hedge that make it no hedge: "subió HASTA 742" reached 742, no upper bound. */
  unlessPrecededBy: z.array(z.string()).default([]),
});
export type HedgeRule = z.infer<typeof HedgeRule>;

/**
 * A range written around two numbers, with `{a}` and `{b}` as placeholders: "between {a} and {b}".
 * A change is written like one but `reads` its second number only: "rose by {a} to {b}", "subió de
 * {a} a {b}" give the new total {b}; {a} (the change or the old total) is no toll. A change needs
 * one of its `after` words right before the pattern ("rose", "subió"), since "from 600 to 900" and
 * "de 600 a 900" are ranges elsewhere.
 */
export const RangeRule = RuleBase.extend({
  pattern: z.string(),
  reads: z.enum(['range', 'change']).default('range'),
  after: z.array(z.string()).default([]),
});
export type RangeRule = z.infer<typeof RangeRule>;

/**
 * A measure cue. `position` says where the cue stands relative to the number it counts:
 * `after` ("12 were killed", "12 muertos"), `before` ("killed 12", "la muerte de 12",
 * "the death toll rose to 12"), or `either`. `kind` is informative (verbal | nominal | toll).
 */
export const MeasureRule = RuleBase.extend({
  measure: Measure,
  phrase: z.string(),
  position: z.enum(['after', 'before', 'either']),
  kind: z.enum(['verbal', 'nominal', 'toll']),
  /** A cue that counts a person on its own ("the victim", "la víctima") when no number is near. */
  countsOne: z.boolean().default(false),
  /** The cue names the counted people themselves ("hostages", "heridos"): it is the group as written. */
  person: z.boolean().default(false),
  /** A toll cue followed by the one person it counts: "the murder of Ana Ruiz", "la muerte de su hijo". */
  namesOne: z.boolean().default(false),
  /** The cue needs no object and no passive to count its subject: "he died", "la víctima murió". */
  intransitive: z.boolean().default(false),
  /** Words right after the cue that cancel it: "shot at" is no injury. */
  unlessFollowedBy: z.array(z.string()).default([]),
  /** Words right before the cue that cancel it: "threatened TO kill", "WILL die" state no death. */
  unlessPrecededBy: z.array(z.string()).default([]),
  /** A weak cue ("shot") yields to a stronger one chained to it: "shot and killed" is killed. */
  weak: z.boolean().default(false),
  /**
   * The cue counts only a person named right after it, never a number or a subject: "accused of
   * SHOOTING his wife" is a wounding, "the shooting" and "two shooting suspects" are not.
   */
  objectOnly: z.boolean().default(false),
  /**
   * A number links only when a person noun names its group: "two people were STRUCK" is a toll,
   * "two deals were struck" is not.
   */
  needsPerson: z.boolean().default(false),
  /** The cue states its own count when no number is linked to it: "a DOUBLE HOMICIDE" is two killed. */
  count: z.number().int().positive().nullable().default(null),
});
export type MeasureRule = z.infer<typeof MeasureRule>;

/**
 * A verb that carries a toll noun's number from further back than a cue reaches:
 * "the death toll from the floods in Rio Seco ROSE TO 742", "la cifra de muertos por las lluvias
 * en Río Seco ASCENDIÓ A 742". Right before the number, it lets a toll cue (kind `toll`) link across
 * the words that place or explain the toll, up to a longer bound (pipeline/claims/scan-backward.ts).
 */
export const TollVerbRule = RuleBase.extend({ phrase: z.string() });
export type TollVerbRule = z.infer<typeof TollVerbRule>;

/**
 * A verb that sets the number before the toll noun it names: "prosecutors RAISED TO 40 the number of
 * dead", "la Fiscalía ELEVÓ A 40 el número de muertos". Right before the number, it lets a toll cue
 * after the number (determiners between) count it.
 */
export const TollRaiserRule = RuleBase.extend({ phrase: z.string() });
export type TollRaiserRule = z.infer<typeof TollRaiserRule>;

/**
 * Punctuation that lists one more group of people before the cue they share: "Two soldiers[,] a
 * police officer and a child were killed". Only a number or article with a person noun may follow it.
 */
export const GroupListRule = RuleBase.extend({ phrase: z.string() });
export type GroupListRule = z.infer<typeof GroupListRule>;

/**
 * Words that add one more group of people to those a cue counts, as "and" does: "two soldiers AS
 * WELL AS three civilians were killed", "el alcalde fue asesinado, JUNTO CON dos de sus escoltas".
 */
export const GroupJoinerRule = RuleBase.extend({ phrase: z.string() });
export type GroupJoinerRule = z.infer<typeof GroupJoinerRule>;

/**
 * Words naming who is counted. `subject` null means a generic person noun ("people", "personas").
 * `unit` says whether the words count people or households ("2,310 families", "2.310 familias"):
 * a count of households is never a count of people.
 */
export const SubjectRule = RuleBase.extend({
  subject: Subject.nullable(),
  unit: Unit.default('people'),
  words: z.array(z.string()).min(1),
});
export type SubjectRule = z.infer<typeof SubjectRule>;
export type SubjectRuleInput = z.input<typeof SubjectRule>;

/**
 * Attribution. `pattern` uses `{x}` for the claimant: "according to {x}", "{x} said", "said {x}",
 * "según {x}". The claimant is the noun phrase read from the placeholder's side up to a boundary.
 */
export const AttributionRule = RuleBase.extend({ pattern: z.string() });
export type AttributionRule = z.infer<typeof AttributionRule>;

export const ModalityRule = RuleBase.extend({ modality: Modality.exclude(['asserted']), phrase: z.string() });
export type ModalityRule = z.infer<typeof ModalityRule>;

/** A subgroup marker after a total: "350 civilians, among them 90 women". */
export const SubgroupRule = RuleBase.extend({
  phrase: z.string(),
  /** Where the marker stands relative to the subgroup's number: "among them 90", "90 of them". */
  position: z.enum(['before', 'after']).default('before'),
});
export type SubgroupRule = z.infer<typeof SubgroupRule>;

/**
 * One picked out of the people a cue names: "one OF THE dead", "uno DE LOS muertos". The number
 * counts a member, not the toll: a member of one is one person, counted once with the others.
 */
export const MemberRule = RuleBase.extend({ phrase: z.string() });
export type MemberRule = z.infer<typeof MemberRule>;

/**
 * A number that is not a toll: `pattern` with `{n}` for the number ("{n} - year - old", "aged {n}",
 * "{n} inhabitants"). A number matched by any of these never becomes a claim.
 */
export const NonTollRule = RuleBase.extend({ pattern: z.string() });
export type NonTollRule = z.infer<typeof NonTollRule>;

/**
 * One person counted without a number: "the victim died", "Ana Ruiz, 34, was killed", "he died",
 * "killing officer Sean Bolton", "la víctima falleció". `kind` selects the reading (see
 * pipeline/claims/find-individuals.ts); the word lists live in the pack's `individuals` block.
 */
export const IndividualRule = RuleBase.extend({
  kind: z.enum(['definite', 'bare', 'name', 'pronoun', 'object', 'unresolved', 'possessive', 'aside', 'with-group', 'group', 'group-before', 'elliptical', 'included']),
});
export type IndividualRule = z.infer<typeof IndividualRule>;

export const Individuals = z.object({
  rules: z.array(IndividualRule),
  /** Singular person nouns: "man", "victim", "víctima", "joven". */
  nouns: z.array(z.string()),
  /** Words that make a singular noun definite: "the", "his", "el", "su". */
  determiners: z.array(z.string()),
  /** Subject pronouns for one person: "he", "she", "él", "ella". */
  pronouns: z.array(z.string()),
  /** Object pronouns after an active cue: "killing him". */
  objectPronouns: z.array(z.string()),
  /** Auxiliaries that make a transitive cue passive ("was killed", "fue asesinado"). */
  passives: z.array(z.string()),
  /** Words that introduce a new person rather than the one already counted ("another", "otro"). */
  another: z.array(z.string()),
  /**
   * Ordinals among `another`, each position with its forms: "a second was wounded" and later "the
   * second victim" are one person, so both count as the same new person.
   */
  ordinals: z.array(z.array(z.string())).default([]),
  /** Words that may stand between a person and the cue ("was LATER pronounced dead", "SERIOUSLY wounded"). */
  between: z.array(z.string()),
  /** Plural verb forms: a cue after or in one of these has several people as its subject. */
  plurals: z.array(z.string()),
  /** Relative pronouns that stand for the person before them ("Jon Boring, 51, WHO was shot"). */
  relatives: z.array(z.string()),
  /** Prepositions after which a capitalised word is a place, not a person ("found dead IN Lansing"). */
  locatives: z.array(z.string()),
  /** Nouns that a capitalised word names as a place, not a person ("Calle Mora", "la calle Mora"). */
  placeNouns: z.array(z.string()).default([]),
  /** Capitalised words that are never a person's name ("Police", "Sunday", "Policía"). */
  notNames: z.array(z.string()),
  /** Endings that make a name its owner's ("Ana Ruiz'S murder"); empty where the language has none. */
  possessives: z.array(z.string()),
});
export type Individuals = z.infer<typeof Individuals>;

/**
 * Words that put a figure on another event or period than the document's own ("last year",
 * "since January", "el año pasado"): such figures stay claims but never enter the document's
 * figures.
 */
export const ScopeRule = RuleBase.extend({ phrase: z.string() });
export type ScopeRule = z.infer<typeof ScopeRule>;

/**
 * A cue that a passage looks back on an earlier event rather than reporting a new one: "one month on",
 * "a month after the attack", "hace un mes", "un mes después". `days` is how long before the passage's
 * date the recalled event was, when the cue says (a month: 30); null when it does not ("days after",
 * "since the massacre"). Event grouping dates such a passage by the event it recalls (pipeline/hints/find-recall.ts).
 */
export const RecallRule = RuleBase.extend({ phrase: z.string(), days: z.number().int().positive().nullable() });
export type RecallRule = z.infer<typeof RecallRule>;

/**
 * A phrase saying one place lies inside another, for event grouping: `{inner}` and `{outer}` stand for
 * the two names ("{inner}, a neighbourhood of {outer}", "el barrio {inner} de {outer}"). `{inner}` may
 * be the first of coordinated names ("los barrios {inner} y La Quebrada, en la ciudad de {outer}").
 * `part`: the inner place is a part of the outer locality (a neighbourhood of a city), not a locality
 * of its own, so an event there takes the outer's name. Examples name the inner place Loma Alta and
 * the outer Villa Sur (find-containment.test.ts fires each one).
 */
export const ContainmentRule = RuleBase.extend({ phrase: z.string().includes('{inner}').includes('{outer}'), part: z.boolean().default(false) });
export type ContainmentRule = z.infer<typeof ContainmentRule>;
export type ContainmentRuleInput = z.input<typeof ContainmentRule>;

/** A word that names the event in the source's own framing (massacre, clashes, masacre...). */
export const FramingRule = RuleBase.extend({ phrase: z.string(), frame: z.string() });
export type FramingRule = z.infer<typeof FramingRule>;

/**
 * A place name as this language writes it and the name the gazetteer knows it by ("Ginebra" →
 * "Geneva"): event grouping matches places through these before the gazetteer.
 */
export const Exonym = z.object({ name: z.string().min(1), canonical: z.string().min(1) });
export type Exonym = z.infer<typeof Exonym>;

export const LanguagePack = z.object({
  lang: z.string().length(2),
  name: z.string(),
  /** The culture code given to @microsoft/recognizers-text for number words. */
  recognizerCulture: z.string(),
  /** Decimal separator for "2.5 million" / "2,5 millones"; thousands groups of 3 are read either way. */
  decimalSeparator: z.enum(['.', ',']),
  /** Scale words after a digit number: "2.5 million", "3 mil". */
  scales: z.array(z.object({ phrase: z.string(), value: z.number().int().positive() })),
  numberWords: z.array(NumberWordRule),
  /** Tokens that may start a spelled-out number; only sentences with one are given to the recogniser. */
  numberWordTriggers: z.array(z.string()),
  vague: z.array(VagueRule),
  indefinites: z.array(IndefiniteRule),
  hedges: z.array(HedgeRule),
  ranges: z.array(RangeRule),
  measures: z.array(MeasureRule),
  tollVerbs: z.array(TollVerbRule).default([]),
  tollRaisers: z.array(TollRaiserRule).default([]),
  groupLists: z.array(GroupListRule).default([]),
  groupJoiners: z.array(GroupJoinerRule).default([]),
  subjects: z.array(SubjectRule),
  /** Words that may stand between a number and its cue without breaking the link. */
  fillers: z.array(z.string()),
  /** Words that end a number-to-cue link ("but", "while", "pero"). */
  breakers: z.array(z.string()),
  attribution: z.array(AttributionRule),
  /** Adverbs and auxiliaries between a claimant and its verb ("the ministry STILL says", "HAS said"). */
  claimantAdverbs: z.array(z.string()),
  /** Words that are never a claimant on their own (pronouns). */
  pronouns: z.array(z.string()),
  /** Determiners stripped from the start of a claimant ("the", "la"). */
  determiners: z.array(z.string()),
  modality: z.array(ModalityRule),
  subgroups: z.array(SubgroupRule),
  members: z.array(MemberRule).default([]),
  nonToll: z.array(NonTollRule),
  months: z.array(z.string()).length(12),
  abbreviations: z.array(z.string()),
  framing: z.array(FramingRule),
  individuals: Individuals,
  scope: z.array(ScopeRule),
  /**
   * Small function words the stages join on: `conjunctions` ("and", "y") coordinate figures, names and
   * verbs; `adversatives` ("but") also join verbs; `nameJoiners` stand inside names ("Ministry OF
   * Health", "Cruz Roja DE Caldera"); `placePrepositions` introduce a place ("IN San Telmo");
   * `alternatives` may stand before a competing figure ("…, or EVEN 900").
   */
  connectives: z.object({
    conjunctions: z.array(z.string()),
    adversatives: z.array(z.string()),
    nameJoiners: z.array(z.string()),
    placePrepositions: z.array(z.string()),
    alternatives: z.array(z.string()),
    /** The word that introduces the agent of a passive ("wounded BY a police officer"): never a victim. */
    agents: z.array(z.string()).default([]),
  }),
  /** Words that open a new clause after a comma ("…, where the 2019 massacre killed 90"). */
  clauseOpeners: z.array(z.string()),
  /** Relative words about a place that open a clause anywhere: "the town WHERE the 2019 massacre killed 90". */
  placeRelatives: z.array(z.string()),
  /** Subjects that deny anyone was counted ("none of the hostages", "nadie"): they negate a whole clause. */
  negativeSubjects: z.array(z.string()),
  /** Words that negate a toll in their clause: "no one was hurt", "nadie resultó herido". */
  negations: z.array(z.string()),
  /** Cues that a passage recalls an earlier event (calendar.ts). */
  recalls: z.array(RecallRule).default([]),
  /** Words that make a recalling passage report a new event after all: "again", "de nuevo". */
  renewals: z.array(z.string()).default([]),
  /**
   * Words before a place that make it a destination, not where anything happened: "the road TO Los
   * Tilos", "la vía A Los Tilos", "rumbo a" (links.ts). Written as they precede the name.
   */
  destinations: z.array(z.string()).default([]),
  /** Phrases saying one place lies inside another, for event grouping (links.ts). */
  containments: z.array(ContainmentRule).default([]),
  /** Place names this language writes its own way, for event grouping. */
  exonyms: z.array(Exonym).default([]),
});
export type LanguagePack = z.infer<typeof LanguagePack>;
export type LanguagePackInput = z.input<typeof LanguagePack>;
