/**
 * Pure accuracy metrics for the two development corpora. Nothing here reads files or runs the
 * extractor: callers pass gold data and what the extractor returned.
 */
import type { Claim, Figures } from '../../src/domain/claim.js';
import type { Measure } from '../../src/domain/measure.js';
import type { Effect, GoldBound, Muc4GoldCount } from './parse-muc4-keys.js';

/** Only the claim fields scoring reads, so tests can build claims in one line. */
export type ScoredClaim = Pick<Claim, 'measure' | 'low' | 'high' | 'approximate'>;

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

// ---------------------------------------------------------------------------------------------
// GVDB: one number per document and measure.

/**
 * The system's count for a measure: the figure's `low`. An exact figure has low === high; for a
 * range ("3 to 5 killed") the lower bound is the count the document commits to; an open lower bound
 * ("up to 3") commits to none, so 0; no figure at all is 0.
 */
export function figureCount(figures: Figures, measure: Measure): number {
  return figures[measure]?.low ?? 0;
}

export type BinaryScores = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

/** Precision/recall/F1 of a yes/no question; a rate with nothing to divide by is 0. */
export function binaryScores(pairs: ReadonlyArray<{ gold: boolean; system: boolean }>): BinaryScores {
  const tp = pairs.filter((p) => p.gold && p.system).length;
  const fp = pairs.filter((p) => !p.gold && p.system).length;
  const fn = pairs.filter((p) => p.gold && !p.system).length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export type CountScores = {
  /** Share of documents whose count equals gold. */
  exact: number;
  /** Share of documents whose count is at least gold (the gold misses some victims; see README). */
  atLeastGold: number;
  /** "Was anyone killed/injured?" as a document-level yes/no. */
  anyone: BinaryScores;
};

export function countScores(pairs: ReadonlyArray<{ gold: number; system: number }>): CountScores {
  return {
    exact: ratio(pairs.filter((p) => p.system === p.gold).length, pairs.length),
    atLeastGold: ratio(pairs.filter((p) => p.system >= p.gold).length, pairs.length),
    anyone: binaryScores(pairs.map((p) => ({ gold: p.gold > 0, system: p.system > 0 }))),
  };
}

export type GvdbCounts = { killed: number; injured: number };
export type GvdbScores = { documents: number; killed: CountScores; injured: CountScores };

export function scoreGvdb(docs: ReadonlyArray<{ gold: GvdbCounts; system: GvdbCounts }>): GvdbScores {
  return {
    documents: docs.length,
    killed: countScores(docs.map((d) => ({ gold: d.gold.killed, system: d.system.killed }))),
    injured: countScores(docs.map((d) => ({ gold: d.gold.injured, system: d.system.injured }))),
  };
}

export type GvdbCause = 'missed-figure' | 'spurious-figure' | 'over-count' | 'under-count';

/** Why a document's count differs from gold; null when it does not. */
export function gvdbCause(gold: number, system: number): GvdbCause | null {
  if (gold === system) return null;
  if (system === 0) return 'missed-figure';
  if (gold === 0) return 'spurious-figure';
  return system > gold ? 'over-count' : 'under-count';
}

// ---------------------------------------------------------------------------------------------
// MUC-4: recall of keyed victim counts among the claims of a document.

export const EFFECT_MEASURE = { DEATH: 'killed', INJURY: 'injured' } as const satisfies Record<Effect, Measure>;

/**
 * One reading of a key number against one claim: `N` needs low = high = N (hedged or not); `~N`
 * needs a hedged claim of N; a range needs the same bounds, where an open lower bound (`-6`, at
 * most 6) also accepts a claim starting at 0.
 */
export function boundMatches(gold: GoldBound, claim: ScoredClaim): boolean {
  const exact = gold.low !== null && gold.low === gold.high;
  if (exact) return claim.low === gold.low && claim.high === gold.high && (claim.approximate || !gold.approximate);
  const lowMatches = gold.low === null ? claim.low === null || claim.low === 0 : claim.low === gold.low;
  return lowMatches && claim.high === gold.high;
}

const exactly = (n: number): GoldBound => ({ low: n, high: n, approximate: false });

/** The readings a claim may match: the key's alternatives, plus the incident's named total. */
function readings(count: Muc4GoldCount): GoldBound[] {
  return count.named && count.namedInIncident > 1
    ? [...count.alternatives, exactly(count.namedInIncident)]
    : count.alternatives;
}

/** Whether any claim of the effect's measure matches the gold count. Unstated counts never match. */
export function recallsGold(count: Muc4GoldCount, claims: readonly ScoredClaim[]): boolean {
  const measure = EFFECT_MEASURE[count.effect];
  const candidates = claims.filter((c) => c.measure === measure);
  return readings(count).some((reading) => candidates.some((claim) => boundMatches(reading, claim)));
}

export type Muc4Cause = 'no-claim-of-measure' | 'value-mismatch' | 'bound-mismatch';

/**
 * Why a stated count was not recalled: no claim of its measure at all; a claim carrying one of the
 * right numbers with other bounds or hedge (`bound-mismatch`, e.g. "about 10" for an exact 10); or
 * only claims with other numbers (`value-mismatch`).
 */
export function muc4Cause(count: Muc4GoldCount, claims: readonly ScoredClaim[]): Muc4Cause {
  const measure = EFFECT_MEASURE[count.effect];
  const candidates = claims.filter((c) => c.measure === measure);
  if (candidates.length === 0) return 'no-claim-of-measure';
  const numbers = new Set(readings(count).flatMap((r) => [r.low, r.high]).filter((n) => n !== null));
  const near = candidates.some((c) => (c.low !== null && numbers.has(c.low)) || (c.high !== null && numbers.has(c.high)));
  return near ? 'bound-mismatch' : 'value-mismatch';
}

export type EffectScores = {
  /** Every DEATH/INJURY victim entry in the keys. */
  items: number;
  /** Entries with no number (`PLURAL`, or a null number for an unnamed victim): excluded from recall. */
  unstated: number;
  /** Entries with a number, optional ones included: the denominator of `recall`. */
  stated: number;
  recalled: number;
  recall: number;
  /** The same over entries that are neither optional nor in an OPTIONAL template. */
  requiredStated: number;
  requiredRecalled: number;
  requiredRecall: number;
  /** Of `stated`, entries that are one named victim each, and how many of those were recalled. */
  named: number;
  namedRecalled: number;
};

export type Muc4Scores = {
  documents: number;
  /** Mean number of claims per document, all measures and the effect's measure; precision is not measured. */
  claimsPerDocument: number;
  killedClaimsPerDocument: number;
  injuredClaimsPerDocument: number;
  DEATH: EffectScores;
  INJURY: EffectScores;
};

function effectScores(effect: Effect, docs: ReadonlyArray<{ gold: readonly Muc4GoldCount[]; claims: readonly ScoredClaim[] }>): EffectScores {
  const judged = docs.flatMap((d) => d.gold.filter((g) => g.effect === effect)
    .map((g) => ({ gold: g, recalled: !g.unstated && recallsGold(g, d.claims) })));
  const stated = judged.filter((j) => !j.gold.unstated);
  const required = stated.filter((j) => !j.gold.optional);
  const named = stated.filter((j) => j.gold.named);
  const recalled = (list: typeof judged): number => list.filter((j) => j.recalled).length;
  return {
    items: judged.length,
    unstated: judged.length - stated.length,
    stated: stated.length,
    recalled: recalled(stated),
    recall: ratio(recalled(stated), stated.length),
    requiredStated: required.length,
    requiredRecalled: recalled(required),
    requiredRecall: ratio(recalled(required), required.length),
    named: named.length,
    namedRecalled: recalled(named),
  };
}

export function scoreMuc4(docs: ReadonlyArray<{ gold: readonly Muc4GoldCount[]; claims: readonly ScoredClaim[] }>): Muc4Scores {
  const perDoc = (measure: Measure | null): number =>
    ratio(docs.reduce((sum, d) => sum + d.claims.filter((c) => measure === null || c.measure === measure).length, 0), docs.length);
  return {
    documents: docs.length,
    claimsPerDocument: perDoc(null),
    killedClaimsPerDocument: perDoc('killed'),
    injuredClaimsPerDocument: perDoc('injured'),
    DEATH: effectScores('DEATH', docs),
    INJURY: effectScores('INJURY', docs),
  };
}
