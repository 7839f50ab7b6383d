/**
 * Names the cause of one MUC-4 victim count that no claim recalled, from a trace of the document.
 * Recall looks at every claim, not at the document's figures, so scope, claimant and figure
 * selection never lose a MUC-4 count; what remains is how the number is written, read and linked.
 */
import { at, diagnosis, type Diagnosis } from './cause.js';
import { cueRulesOf, explainValue } from './explain-value.js';
import type { Muc4GoldCount } from './parse-muc4-keys.js';
import { EFFECT_MEASURE } from './score.js';
import type { DocumentTrace } from './trace-document.js';

function goldValues(gold: Muc4GoldCount): number[] {
  const values = gold.alternatives.flatMap((a) => [a.low, a.high]).filter((n): n is number => n !== null && n > 0);
  if (gold.named && gold.namedInIncident > 1) values.push(gold.namedInIncident);
  return [...new Set(values)];
}

/** Two or three claims of the measure whose numbers add up to the value: the key counts their union. */
function sumOf(values: ReadonlyArray<{ n: number; where: string }>, target: number): string[] | null {
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const [a, b] = [values[i]!, values[j]!];
      if (a.n + b.n === target) return [a.where, b.where];
      for (let k = j + 1; k < values.length; k++) if (a.n + b.n + values[k]!.n === target) return [a.where, b.where, values[k]!.where];
    }
  }
  return null;
}

/**
 * `keyed` is every gold count of the document: a key that lists people one by one ("1: A", "1: B",
 * "1: C") while the text gives their total ("three injured") is a counting difference, not a miss
 * of the number.
 */
export function diagnoseMuc4Miss(trace: DocumentTrace, gold: Muc4GoldCount, keyed: readonly Muc4GoldCount[] = []): Diagnosis {
  const measure = EFFECT_MEASURE[gold.effect];
  const values = goldValues(gold);
  const mine = trace.items.filter((i) => i.claim.measure === measure);
  const singles = mine.filter((i) => i.entity !== null);
  const numbers = mine.filter((i) => i.entity === null && i.claim.low !== null && i.claim.low === i.claim.high);
  const ones = keyed.filter((k) => k.template === gold.template && k.effect === gold.effect && k.low === 1 && k.high === 1);
  const together = ones.length > 1 && gold.low === 1 && gold.high === 1 ? numbers.find((i) => i.claim.low === ones.length) : undefined;
  if (together) {
    return diagnosis('individuals', 'key-lists-people', `key lists ${ones.length} ${gold.effect} victims one by one; the claim of ${ones.length} at ${at(together.sentence, together.claim.evidence.number.start)} counts them together`);
  }

  // A named victim is counted by a reading of the name, so "a"/"an" elsewhere is no evidence.
  const named = gold.named;
  let best: Diagnosis | null = null;
  for (const value of values) {
    const found = explainValue(trace, value, measure, { skipIndefinite: named });
    if (found && (best === null || rankOf(found) < rankOf(best))) best = found;
  }
  if (best && !(named && best.cause === 'number-form' && best.evidence.includes('not read'))) return best;

  for (const value of values.filter((v) => v > 1)) {
    const parts = sumOf(numbers.map((i) => ({ n: i.claim.low!, where: at(i.sentence, i.claim.evidence.number.start) })), value);
    if (parts) return diagnosis('subject', 'sum-of-claims', `key ${value} = sum of ${measure} claims at ${parts.join(' + ')}; the groups stay apart`);
    // Several people counted one at a time could make the key's number; one cannot.
    if (singles.length > 1 && !gold.named) {
      return diagnosis('individuals', 'not-added', `${value} written nowhere; ${singles.length} ${measure} claim(s) of one person [${rulesOf(singles)}] are not added into a count`);
    }
  }
  const cues = cueRulesOf(trace, measure);
  if (cues.length === 0) return diagnosis('measure-cue', 'no-cue-in-document', `no ${measure} cue in ${trace.sentences.length} sentences`, best ? [best.cause] : []);
  if (named) {
    if (singles.length === 0) return diagnosis('individuals', 'no-person-reading', `named victim: ${measure} cues [${cues.join(', ')}] but no person reading`);
    return diagnosis('individuals', 'no-person-reading', `named victim: ${singles.length} person reading(s) [${rulesOf(singles)}] all matched, none standing for this victim`, ['other']);
  }
  if (best) return best;
  const others = [...new Set(numbers.map((i) => i.claim.low))].join(', ') || 'none';
  return diagnosis('gold-disagrees', 'not-in-text', `key ${values.join('/') || '?'} written nowhere (digits, words, article); ${measure} claims carry ${others}; cues [${cues.join(', ')}]`);
}

const ORDER = ['number-form', 'other', 'measure-cue', 'sentence-split', 'non-toll'];
const rankOf = (d: Diagnosis): number => {
  const i = ORDER.indexOf(d.cause);
  return i < 0 ? ORDER.length : i;
};

const rulesOf = (items: ReadonlyArray<{ claim: { ruleIds: readonly string[] } }>): string =>
  [...new Set(items.flatMap((i) => i.claim.ruleIds.filter((r) => r.includes('.individual.') || r.includes('.measure.'))))].sort().join(', ');
