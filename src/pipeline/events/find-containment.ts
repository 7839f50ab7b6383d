/**
 * Which place the sources show inside which ("Loma Verde, in Puerto Almendro"), read from the texts
 * one at a time: a regroup streams the texts of a whole collection through `add` and keeps none of
 * them. A pair is tried only on the texts that hold both of its names (found for each text in one
 * pass, name-matcher.ts), never every pair on every text.
 */
import type { EventPlace } from '../../domain/event.js';
import { buildNameMatcher } from './name-matcher.js';

export type ContainmentFinder = {
  /** Reads one text (a title or a body); the order texts come in does not change the result. */
  add(text: string): void;
  /** `outer>inner` place key pairs, in the order a loop over (inner, outer) name pairs would first
   *  have found them, for the reading of a place seen both ways depends on that order. */
  finish(): Set<string>;
};

/** `names` longest first, as the vocabulary orders them: a pair's rank follows that order. */
export function createContainmentFinder(names: readonly (readonly [string, EventPlace])[]): ContainmentFinder {
  const matcher = buildNameMatcher(names.map(([name]) => name));
  /** Place pair → the rank (inner name index × names + outer name index) it was first found at. */
  const firstFound = new Map<string, number>();
  const datelines = new Map<number, RegExp>();
  return {
    add(text) {
      const lowered = ` ${text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[ \t]+/g, ' ')} `;
      const held = [...matcher.find(lowered)].sort((a, b) => a - b);
      if (held.length < 2) return;
      for (const i of held) {
        const [inner, innerPlace] = names[i]!;
        for (const o of held) {
          const [outer, outerPlace] = names[o]!;
          if (outerPlace.key === innerPlace.key) continue;
          const pair = `${outerPlace.key}>${innerPlace.key}`;
          const rank = i * names.length + o;
          if ((firstFound.get(pair) ?? Infinity) <= rank) continue;
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
      return within;
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
