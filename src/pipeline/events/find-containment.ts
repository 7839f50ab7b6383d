/**
 * Which place the sources show inside which ("Loma Verde, in Puerto Almendro"), read from the texts
 * one at a time: a regroup streams the texts of a whole collection through `add` and keeps none of
 * them. A pair is tried only on the texts that hold both of its names (found for each text in one
 * pass, name-matcher.ts), never every pair on every text. Besides the plain forms below, every pack's
 * `containments` phrases are read ("los barrios {inner} y La Quebrada, en la ciudad de {outer}").
 */
import type { EventPlace } from '../../domain/event.js';
import { getPack, packLanguages } from '../../language-packs/index.js';
import type { ContainmentRule } from '../../language-packs/schema.js';
import { buildNameMatcher } from './name-matcher.js';

/** `outer>inner` pairs; `parts` maps each inner place that is a part of its outer locality (a
 *  neighbourhood of its city, a pack rule with `part`) to that outer place's key. */
export type Containment = Set<string> & { parts: ReadonlyMap<string, string> };

export type ContainmentFinder = {
  /** Reads one text (a title or a body); the order texts come in does not change the result. */
  add(text: string): void;
  /** `outer>inner` place key pairs, in the order a loop over (inner, outer) name pairs would first
   *  have found them, for the reading of a place seen both ways depends on that order. */
  finish(): Containment;
};

/** Every pack's containment phrases, as regular-expression sources over lowered, unaccented text. */
const RULES = compileRules(packLanguages().flatMap((l) => getPack(l)?.containments ?? []));
/** Every pack's conjunctions: "{inner} and La Quebrada" lets a phrase name a second place after the first. */
const CONJUNCTIONS = [...new Set(packLanguages().flatMap((l) => getPack(l)?.connectives.conjunctions ?? []))];

/** `names` longest first, as the vocabulary orders them: a pair's rank follows that order. */
export function createContainmentFinder(
  names: readonly (readonly [string, EventPlace])[],
  rules: readonly ContainmentRule[] | null = null,
): ContainmentFinder {
  const phrases = rules === null ? RULES : compileRules(rules);
  const matcher = buildNameMatcher(names.map(([name]) => name));
  /** Place pair → the rank (inner name index × names + outer name index) it was first found at. */
  const firstFound = new Map<string, number>();
  const datelines = new Map<number, RegExp>();
  /** Place pairs a `part` rule matched ("the Loma Verde neighbourhood of Puerto Almendro"). */
  const partPairs = new Set<string>();
  const phrasePatterns = new Map<number, { part: RegExp | null; place: RegExp | null }>();
  return {
    add(text) {
      const lowered = ` ${lower(text)} `;
      const held = [...matcher.find(lowered)].sort((a, b) => a - b);
      if (held.length < 2) return;
      // Most texts hold no containment phrase at all: their pairs are not tried against the phrases.
      const phrased = phrases.some((r) => lowered.includes(r.between) && lowered.includes(r.before) && lowered.includes(r.after));
      for (const i of held) {
        const [inner, innerPlace] = names[i]!;
        for (const o of held) {
          const [outer, outerPlace] = names[o]!;
          if (outerPlace.key === innerPlace.key) continue;
          const pair = `${outerPlace.key}>${innerPlace.key}`;
          const rank = i * names.length + o;
          const known = firstFound.get(pair) ?? Infinity;
          if (known <= rank && (partPairs.has(pair) || !phrased)) continue;
          let pattern = phrased ? phrasePatterns.get(rank) : NO_PHRASES;
          if (pattern === undefined) {
            pattern = compilePhrases(inner, outer, phrases);
            phrasePatterns.set(rank, pattern);
          }
          const part = pattern.part?.test(lowered) ?? false;
          if (part) partPairs.add(pair);
          if (known <= rank) continue;
          if (part || pattern.place?.test(lowered)) {
            firstFound.set(pair, rank);
            continue;
          }
          if (contains(lowered, inner, outer, () => {
            let dateline = datelines.get(rank);
            if (dateline === undefined) {
              // A dateline or headline prefix ("Caldera: … in San Telmo") names the wider place first.
              dateline = new RegExp(`(^|\\n) ?${escape(outer)}: [^\\n]*\\b${escape(inner)}\\b`, 'u');
              datelines.set(rank, dateline);
            }
            return dateline;
          })) firstFound.set(pair, rank);
        }
      }
    },
    finish() {
      const within = new Set([...firstFound].sort(([, a], [, b]) => a - b).map(([pair]) => pair));
      // A place seen both inside and around another is read as neither.
      for (const pair of [...within]) {
        const [outer, inner] = pair.split('>');
        if (within.has(`${inner}>${outer}`)) within.delete(pair);
      }
      const parts = new Map<string, string>();
      for (const pair of within) {
        const [outer, inner] = pair.split('>') as [string, string];
        // A place shown as a part of two others keeps the first found.
        if (partPairs.has(pair) && !parts.has(inner)) parts.set(inner, outer);
      }
      return Object.assign(within, { parts });
    },
  };
}

/** The ways a text says `inner` lies in `outer`, on a lowered text padded with spaces. */
function contains(lowered: string, inner: string, outer: string, dateline: () => RegExp): boolean {
  const patterns = [
    `${outer}'s ${inner}`, `${outer}’s ${inner}`, ` ${inner}, ${outer} `, ` ${inner} (${outer})`,
    ` ${inner} in ${outer} `, ` ${inner}, in ${outer} `, ` ${inner} en ${outer} `, ` ${inner}, en ${outer} `,
    ` ${inner} de ${outer} `,
  ];
  return patterns.some((p) => lowered.includes(p)) || dateline().test(lowered);
}

const NO_PHRASES = { part: null, place: null };

type CompiledRule = { part: boolean; before: string; between: string; after: string; innerFirst: boolean };

/** A phrase split around its two names, lowered and unaccented as the texts are. */
function compileRules(rules: readonly ContainmentRule[]): CompiledRule[] {
  return rules.map((r) => {
    const phrase = lower(r.phrase);
    const innerFirst = phrase.indexOf('{inner}') < phrase.indexOf('{outer}');
    const [before, between, after] = phrase.split(/\{inner\}|\{outer\}/u) as [string, string, string];
    return { part: r.part, before, between, after, innerFirst };
  });
}

/**
 * The pack phrases saying `inner` lies in `outer`, as one pattern for the `part` phrases and one for
 * the others (null when there are none). The inner name may be followed by a conjunction and one to
 * four more words ("loma verde y la quebrada, en la ciudad de"): the phrase then holds for each name
 * listed, of which only the first need be a known place.
 */
function compilePhrases(inner: string, outer: string, rules: readonly CompiledRule[]): { part: RegExp | null; place: RegExp | null } {
  const listed = `${escape(inner)}(?: (?:${CONJUNCTIONS.map(escape).join('|')})(?: [^\\s,.;:!?()"“”]+){1,4}?)?`;
  const source = (rule: CompiledRule) => {
    const [first, second] = rule.innerFirst ? [listed, escape(outer)] : [escape(outer), listed];
    return `${escape(rule.before)}${first}${escape(rule.between)}${second}${escape(rule.after)}`;
  };
  const pattern = (chosen: readonly CompiledRule[]) => chosen.length === 0
    ? null
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${chosen.map(source).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return { part: pattern(rules.filter((r) => r.part)), place: pattern(rules.filter((r) => !r.part)) };
}

/** Lowered, unaccented and with single spaces, as `add` reads a text. */
function lower(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[ \t]+/g, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
