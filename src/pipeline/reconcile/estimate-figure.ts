/**
 * The three estimate rules, exactly as docs/reconciliation.md states them. Each reads the credible,
 * independent claims of one event × measure × unit × subject (credible: asserted or reported, and not a
 * subgroup of a larger count of the same people; independent: not a repeat of an earlier claim) and
 * names in words the claims it used. A claim's "figure" is its single number when it states one, the
 * midpoint (rounded down) of a closed range, or its only stated bound when it is open on one side.
 */
import type { ClaimView, Estimate, EstimateRule } from './reconcile-types.js';

export function describeBounds(c: { low: number | null; high: number | null; approximate: boolean }): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const about = c.approximate ? 'about ' : '';
  if (c.low !== null && c.low === c.high) return `${about}${n(c.low)}`;
  if (c.low !== null && c.high !== null) return `${about}${n(c.low)}–${n(c.high)}`;
  if (c.low !== null) return `at least ${n(c.low)}`;
  return `up to ${n(c.high ?? 0)}`;
}

/** Names the unit of a count of households, so an explanation never reads families as people. */
export function describeClaim(v: ClaimView): string {
  const unit = v.claim.unit === 'households' ? ' households' : '';
  return `${v.source}: ${describeBounds(v.claim)}${unit} [${v.claim.documentId.slice(7, 15)}#${v.claim.claimIndex}]`;
}

const lowOf = (v: ClaimView) => v.claim.low ?? v.claim.high!;
const highOf = (v: ClaimView) => v.claim.high ?? v.claim.low!;
export function figureOf(v: ClaimView): number {
  const { low, high } = v.claim;
  if (low !== null && high !== null) return Math.floor((low + high) / 2);
  return (low ?? high)!;
}

/** 1 exact single number, 2 approximate single number, 3 closed range, 4 open on one side. */
function specificity(v: ClaimView): number {
  const { low, high, approximate } = v.claim;
  if (low !== null && low === high) return approximate ? 2 : 1;
  return low !== null && high !== null ? 3 : 4;
}

const byValue = (value: (v: ClaimView) => number) => (a: ClaimView, b: ClaimView) =>
  value(a) - value(b) || a.key.localeCompare(b.key);

function bounds(used: ClaimView[]): { low: number; high: number; lowBy: ClaimView; highBy: ClaimView } {
  const lowBy = [...used].sort(byValue(lowOf))[0]!;
  const highBy = [...used].sort(byValue((v) => -highOf(v)))[0]!;
  return { low: lowOf(lowBy), high: highOf(highBy), lowBy, highBy };
}

function range(used: ClaimView[]): Omit<Estimate, 'rule' | 'used'> {
  const { low, high, lowBy, highBy } = bounds(used);
  const figures = used.map(figureOf).sort((a, b) => a - b);
  const best = figures[Math.floor((figures.length - 1) / 2)]!;
  return {
    low, best, high,
    explanation: `All credible bounds of ${used.length} independent claim(s): low ${low} from ${describeClaim(lowBy)}; ` +
      `high ${high} from ${describeClaim(highBy)}; best ${best}, the median (lower middle) of their figures ${listSome(figures.map(String), ', ')}.`,
  };
}

function conservative(used: ClaimView[]): Omit<Estimate, 'rule' | 'used'> {
  const specific = used.filter((v) => v.claim.low !== null && v.claim.low === v.claim.high);
  const pool = specific.length > 0 ? specific : used;
  const chosen = [...pool].sort(byValue(lowOf))[0]!;
  const value = lowOf(chosen);
  const why = specific.length > 0
    ? `the lowest specific (single-number) figure among ${used.length} independent claim(s)`
    : `no claim gives a single number, so the lowest stated bound among ${used.length} independent claim(s)`;
  return { low: value, best: value, high: value, explanation: `${value}: ${why}, from ${describeClaim(chosen)}.` };
}

function ucdp(used: ClaimView[]): Omit<Estimate, 'rule' | 'used'> {
  const { low, high, lowBy, highBy } = bounds(used);
  const tier = Math.min(...used.map(specificity));
  const candidates = used.filter((v) => specificity(v) === tier);
  const support = new Map<number, Set<string>>();
  for (const v of candidates) support.set(figureOf(v), (support.get(figureOf(v)) ?? new Set()).add(v.source));
  const [best] = [...support].sort(([a, sa], [b, sb]) => sb.size - sa.size || a - b)[0]!;
  const backers = candidates.filter((v) => figureOf(v) === best);
  const tierName = ['', 'exact single number', 'approximate single number', 'closed range', 'open-ended bound'][tier];
  return {
    low, best, high,
    explanation: `Low ${low} from ${describeClaim(lowBy)}; high ${high} from ${describeClaim(highBy)}; ` +
      `best ${best} from the most specific independent claim(s) (${tierName}), ` +
      `the figure given by the most sources, lowest on a tie: ${listSome(backers.map(describeClaim), '; ')}.`,
  };
}

const RULES: Record<EstimateRule, (used: ClaimView[]) => Omit<Estimate, 'rule' | 'used'>> = { range, conservative, ucdp };

export function estimateFigure(views: readonly ClaimView[], rule: EstimateRule): Estimate {
  const used = views.filter((v) => v.credible && v.repeats === null);
  if (used.length === 0) {
    return { low: null, best: null, high: null, rule, used: [], explanation: 'No credible independent claim: nothing to estimate.' };
  }
  const counted = new Set(used);
  const set = views.filter((v) => !counted.has(v));
  const aside = set.length === 0 ? '' : ` Set aside: ${listSome(set.map((v) => `${describeClaim(v)} (${reasonAside(v)})`), '; ')}.`;
  const result = RULES[rule](used);
  return { ...result, rule, used: used.map((v) => v.key), explanation: result.explanation + aside };
}

/** Names at most LISTED items: an event of thousands of claims still gets an explanation one can read. */
const LISTED = 12;
function listSome(items: readonly string[], separator: string): string {
  if (items.length <= LISTED) return items.join(separator);
  return `${items.slice(0, LISTED).join(separator)}${separator}and ${items.length - LISTED} more`;
}

function reasonAside(v: ClaimView): string {
  if (v.repeats !== null) return `repeats ${v.repeats.slice(7, 15)}#${v.repeats.split('#')[1]}`;
  if (v.subgroup) return 'a subgroup of a larger count';
  return `${v.claim.modality}`;
}
