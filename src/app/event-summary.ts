/**
 * An event's reconciliation as the dossier shows it, computed once per regroup and stored: per measure
 * × unit × subject the estimate under every rule, the claimants' figures, their comparisons and the chart
 * rows. Bounded whatever the event's size: lists past a few dozen entries are cut with a count of what
 * was left out, and a figure with many claims is charted one row per claimant, not per claim. What
 * reconciliation says of each claim (its claimant label, the claim it repeats) is returned beside it,
 * for the store to keep with the claim so pages of claims need no reconciliation.
 */
import { z } from 'zod';
import { Measure } from '../domain/measure.js';
import { Subject } from '../domain/subject.js';
import { Unit } from '../domain/unit.js';
import { compareFigures } from '../pipeline/reconcile/compare-figures.js';
import { estimateFigure } from '../pipeline/reconcile/estimate-figure.js';
import {
  ESTIMATE_RULES, type ClaimView, type EstimateRule, type FigureComparison, type ReconcileClaim, type ReconcileDocument,
} from '../pipeline/reconcile/reconcile-types.js';

/** Up to this many claims a figure is charted claim by claim; past it, claimant by claimant. */
export const CHART_CLAIM_ROWS = 24;
/** Claimant rows charted (the ones with most claims); the rest share one "other claimants" row. */
export const CHART_CLAIMANT_ROWS = 24;
/** Claimants and comparisons listed per figure (conflicts first, the widest gap first). */
export const LISTED_CLAIMANTS = 50;
export const LISTED_COMPARISONS = 50;

const Count = z.number().int().nonnegative();
const Bound = z.number().int().nonnegative().nullable();

export const SummaryEstimate = z.object({
  low: Bound, best: Bound, high: Bound, rule: z.enum(ESTIMATE_RULES), explanation: z.string(),
  /** How many claims the estimate counted. */
  used: Count,
});
export type SummaryEstimate = z.infer<typeof SummaryEstimate>;

export const ChartRow = z.object({
  /** One claim, one claimant's claims, or every claimant past the charted ones. */
  kind: z.enum(['claim', 'claimant', 'others']),
  /** The claim's number in the event (position + 1), for a claim row. */
  number: z.number().int().positive().nullable(),
  key: z.string().nullable(),
  source: z.string(),
  low: Bound,
  high: Bound,
  approximate: z.boolean(),
  claims: Count,
  /** At least one of the row's claims counts for the estimate. */
  credible: z.boolean(),
  /** Why a claim row is set aside ("reported", "subgroup"), or null. */
  aside: z.string().nullable(),
  /** The number of the claim a claim row repeats, or null. */
  repeats: z.number().int().positive().nullable(),
});
export type ChartRow = z.infer<typeof ChartRow>;

export const FigureSummary = z.object({
  measure: Measure,
  /** Summaries stored before units were all counts of people. */
  unit: Unit.default('people'),
  subject: Subject.nullable(),
  claims: Count,
  estimates: z.record(z.enum(ESTIMATE_RULES), SummaryEstimate),
  claimants: z.array(z.object({ source: z.string(), low: Bound, high: Bound, claims: Count, independent: z.boolean() })),
  /** Claimants not listed (fewest claims). */
  otherClaimants: Count,
  comparisons: z.array(z.object({ a: z.string(), b: z.string(), relation: z.enum(['agree', 'conflict']), gap: z.number().nullable() })),
  conflicts: Count,
  agreements: Count,
  chart: z.array(ChartRow),
  /** The claims the explanations name ([<8 hex>#<index>]), with their numbers, so pages can link them. */
  refs: z.array(z.object({ key: z.string(), number: z.number().int().positive() })),
});
export type FigureSummary = z.infer<typeof FigureSummary>;

export const EventSummary = z.object({ claims: Count, documents: Count, figures: z.array(FigureSummary) });
export type EventSummary = z.infer<typeof EventSummary>;

/** What reconciliation says of one claim of the event, kept with the claim. */
export type ClaimVerdict = { position: number; source: string; repeats: string | null; subgroup: boolean; credible: boolean };

export type SummarizeEventInput = {
  /** The event's claims in event order (document ingest order, then claim index). */
  claims: readonly ReconcileClaim[];
  documents: readonly ReconcileDocument[];
  /** Documents of the event (the grouping's, which may differ from the claims' documents). */
  documentCount: number;
};

export function summarizeEvent(input: SummarizeEventInput): { summary: EventSummary; verdicts: Map<string, ClaimVerdict> } {
  const numbers = new Map<string, number>();
  input.claims.forEach((c, i) => numbers.set(`${c.documentId}#${c.claimIndex}`, i + 1));
  const figures = compareFigures({ claims: input.claims, documents: input.documents, rule: 'ucdp' });
  const verdicts = new Map<string, ClaimVerdict>();
  for (const f of figures) {
    for (const v of f.claims) {
      verdicts.set(v.key, { position: numbers.get(v.key)! - 1, source: v.source, repeats: v.repeats, subgroup: v.subgroup, credible: v.credible });
    }
  }
  return {
    summary: { claims: input.claims.length, documents: input.documentCount, figures: figures.map((f) => summarizeFigure(f, numbers)) },
    verdicts,
  };
}

function summarizeFigure(f: FigureComparison, numbers: ReadonlyMap<string, number>): FigureSummary {
  // The views do not depend on the rule; only the estimate does.
  const estimates = Object.fromEntries(ESTIMATE_RULES.map((rule) => {
    const e = rule === f.estimate.rule ? f.estimate : estimateFigure(f.claims, rule);
    return [rule, { low: e.low, best: e.best, high: e.high, rule, explanation: e.explanation, used: e.used.length }];
  })) as Record<EstimateRule, SummaryEstimate>;
  const claimants = [...f.claimants].sort((a, b) => b.claims.length - a.claims.length || a.source.localeCompare(b.source));
  const conflicts = f.comparisons.filter((c) => c.relation === 'conflict').sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
  const agreements = f.comparisons.filter((c) => c.relation === 'agree');
  return {
    measure: f.measure,
    unit: f.unit,
    subject: f.subject,
    claims: f.claims.length,
    estimates,
    claimants: claimants.slice(0, LISTED_CLAIMANTS).sort((a, b) => a.source.localeCompare(b.source))
      .map((c) => ({ source: c.source, low: c.low, high: c.high, claims: c.claims.length, independent: c.independent })),
    otherClaimants: Math.max(0, claimants.length - LISTED_CLAIMANTS),
    comparisons: [...conflicts, ...agreements].slice(0, LISTED_COMPARISONS),
    conflicts: conflicts.length,
    agreements: agreements.length,
    chart: f.claims.length <= CHART_CLAIM_ROWS ? claimRows(f.claims, numbers) : claimantRows(f.claims),
    refs: explanationRefs(Object.values(estimates).map((e) => e.explanation), f.claims, numbers),
  };
}

function claimRows(views: readonly ClaimView[], numbers: ReadonlyMap<string, number>): ChartRow[] {
  return views.map((v) => ({
    kind: 'claim', number: numbers.get(v.key) ?? null, key: v.key, source: v.source,
    low: v.claim.low, high: v.claim.high, approximate: v.claim.approximate, claims: 1, credible: v.credible,
    aside: v.credible || v.repeats !== null ? null : v.subgroup ? 'subgroup' : v.claim.modality,
    repeats: v.repeats === null ? null : numbers.get(v.repeats) ?? null,
  }));
}

/** One row per claimant spanning its claims (an open side if any claim is open), most claims first. */
function claimantRows(views: readonly ClaimView[]): ChartRow[] {
  const bySource = new Map<string, ClaimView[]>();
  for (const v of views) {
    const list = bySource.get(v.source);
    if (list === undefined) bySource.set(v.source, [v]);
    else list.push(v);
  }
  const groups = [...bySource].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const row = (kind: ChartRow['kind'], source: string, vs: readonly ClaimView[]): ChartRow => ({
    kind, number: null, key: null, source,
    low: vs.some((v) => v.claim.low === null) ? null : Math.min(...vs.map((v) => v.claim.low!)),
    high: vs.some((v) => v.claim.high === null) ? null : Math.max(...vs.map((v) => v.claim.high!)),
    approximate: vs.every((v) => v.claim.approximate), claims: vs.length, credible: vs.some((v) => v.credible),
    aside: null, repeats: null,
  });
  const rows = groups.slice(0, CHART_CLAIMANT_ROWS).map(([source, vs]) => row('claimant', source, vs));
  const rest = groups.slice(CHART_CLAIMANT_ROWS);
  if (rest.length > 0) rows.push(row('others', `${rest.length} other claimants`, rest.flatMap(([, vs]) => vs)));
  return rows;
}

function explanationRefs(explanations: readonly string[], views: readonly ClaimView[], numbers: ReadonlyMap<string, number>): FigureSummary['refs'] {
  const refs = new Map<string, number>();
  for (const text of explanations) {
    for (const match of text.matchAll(/\[([0-9a-f]{6,64})#(\d+)\]/g)) {
      const view = views.find((v) => v.claim.documentId.startsWith(`sha256:${match[1]}`) && v.claim.claimIndex === Number(match[2]));
      if (view !== undefined) refs.set(view.key, numbers.get(view.key)!);
    }
  }
  return [...refs].map(([key, number]) => ({ key, number }));
}
