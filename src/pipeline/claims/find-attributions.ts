/**
 * Finds who a sentence attributes its figures to: "according to X", "X said", ", said X",
 * "según X", "X afirmó", "informó X". The claimant is read as a noun phrase from the placeholder's
 * side up to punctuation, a number, a measure cue or a verb-like filler; pronouns give no claimant.
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import { matchAfter } from './match-pattern.js';

export type Attribution = {
  ruleId: string;
  /** The claimant as written, leading determiner removed; null for a pronoun ("he said"). */
  claimant: string | null;
  /** Token range of the claimant, or of the pattern itself when the claimant is null. */
  start: number;
  end: number;
};

const MAX_WORDS = 10;
const NAME_PUNCT = new Set(['.', '-', '&', "'"]);

type Blocked = (j: number) => boolean;

function extend(tokens: readonly Token[], from: number, step: 1 | -1, c: CompiledPack, blocked: Blocked): [number, number] | null {
  let j = from;
  // "The ministry STILL says": adverbs may stand between the claimant and its verb.
  if (step === -1) {
    while (j > 0 && c.claimantAdverbs.has(tokens[j]!.norm)) j--;
    // "The Observatorio, a respected monitoring group, has documented": step back over an
    // indefinite apposition between commas to the name before it.
    // "the Defensoría del Pueblo (the national ombudsman's office) said": skip the aside.
    if (tokens[j]?.text === ')') {
      let k = j - 1;
      while (k > 0 && j - k < 15 && tokens[k]!.text !== '(') k--;
      if (tokens[k]?.text !== '(') return null;
      j = k - 1;
    }
    if (tokens[j]?.text === ',') {
      let k = j - 1;
      while (k > 0 && j - k < 12 && tokens[k]!.text !== ',') k--;
      // An apposition describes the claimant: "a respected monitoring group", "52", "de 52 años".
      const aside = tokens.slice(k + 1, j);
      const age = aside.length <= 4 && aside.some((t) => t.kind === 'number') && !aside.some((_, n) => blocked(k + 1 + n));
      const apposition = c.indefinites.longestAt(tokens, k + 1) !== null || age;
      if (tokens[k]?.text !== ',' || !apposition) return null;
      j = k - 1;
    }
  }
  // "according to a witness", "según un testigo": an indefinite person is a claimant too; the
  // article, a stop word elsewhere, is dropped as a determiner would be.
  if (step === 1 && !blocked(j)) {
    const article = c.indefinites.longestAt(tokens, j);
    if (article && article.value.bound === null) j = article.end;
  }
  from = j;
  let last = -1;
  for (let n = 0; j >= 0 && j < tokens.length && n < MAX_WORDS; j += step, n++) {
    const t = tokens[j]!;
    if (blocked(j)) break;
    if (t.kind === 'punct') {
      // "U.N." and "Médicos Sin Fronteras-España" keep their inner punctuation.
      if (!NAME_PUNCT.has(t.text) || !t.attached) break;
      continue;
    }
    if (t.kind === 'number' || c.claimantStops.has(t.norm)) break;
    last = j;
  }
  if (last < 0) return null;
  const [a, b] = step === 1 ? [from, last] : [last, from];
  return trim(tokens, a, b, c);
}

/** Drops leading determiners and dangling joiners ("of", "de") at both ends. */
function trim(tokens: readonly Token[], a: number, b: number, c: CompiledPack): [number, number] | null {
  const joiner = (t: Token) => c.determiners.has(t.norm) || c.connectives.nameJoiners.has(t.norm) || t.kind === 'punct';
  while (a <= b && joiner(tokens[a]!)) a++;
  while (b >= a && joiner(tokens[b]!)) b--;
  return a <= b ? [a, b + 1] : null;
}

export function findAttributions(
  text: string,
  tokens: readonly Token[],
  c: CompiledPack,
  blocked: Blocked,
): Attribution[] {
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Every pattern's first literal stands at `i` ("according" in "according to {x}", "said" in
    // "{x} said"), so one lookup finds the patterns worth trying here.
    const patterns = c.attributionByAnchor.get(tokens[i]!.norm);
    if (patterns === undefined) continue;
    for (const { rule, k, beforeX, afterFirst } of patterns) {
      let range: [number, number] | null = null;
      let patternEnd = i;
      if (k === 0) {
        const end = matchAfter(tokens, i, afterFirst);
        if (end === null || i === 0) continue;
        // "… has documented 300 deaths and believes …": a verb after a conjunction shares the
        // subject of the verb before it, which its own pattern reads.
        if (c.connectives.verbJoiners.has(tokens[i - 1]!.norm)) continue;
        range = extend(tokens, i - 1, -1, c, blocked);
        patternEnd = end;
      } else {
        const literal = beforeX;
        const anchored = literal[0] === '^';
        if (anchored && i !== 0) continue;
        // "Marta Gil, 52, told reporters": a comma closing an age apposition opens no ", told X".
        if (literal[0] === ',' && tokens[i - 1]?.kind === 'number' && tokens[i - 2]?.text === ',') continue;
        const end = matchAfter(tokens, i, anchored ? literal.slice(1) : literal);
        if (end === null) continue;
        range = extend(tokens, end, 1, c, blocked);
        patternEnd = end;
      }
      const claimant = range ? text.slice(tokens[range[0]]!.start - tokens[0]!.start, tokens[range[1] - 1]!.end - tokens[0]!.start) : null;
      const isPronoun = range !== null && range[1] - range[0] === 1 && c.pronouns.has(tokens[range[0]]!.norm);
      if (!range) continue; // a pattern with no noun phrase where the claimant should be is no attribution
      found.push({
        ruleId: rule.id,
        claimant: isPronoun ? null : claimant,
        start: range && !isPronoun ? range[0] : i,
        end: range && !isPronoun ? range[1] : patternEnd,
      });
      break;
    }
  }
  return found;
}
