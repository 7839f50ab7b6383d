/**
 * Reconciliation of one event: every claim side by side per measure × unit × subject (measures are
 * never merged, nor counts of households with counts of people; a subject-less claim is its own row),
 * each claim's source found claimant first, claimants compared for agreement, and an estimate under
 * the rule the user picked.
 */
import { MEASURES } from '../../domain/measure.js';
import { UNITS } from '../../domain/unit.js';
import { estimateFigure } from './estimate-figure.js';
import { findRepeats } from './find-repeats.js';
import {
  claimKey, type ClaimantComparison, type ClaimantPosition, type ClaimView, type EstimateRule,
  type FigureComparison, type ReconcileClaim, type ReconcileDocument,
} from './reconcile-types.js';

const CREDIBLE = new Set(['asserted', 'reported']);

/** Claimants compare by name without case, accents or a leading article ("the Interior Ministry"). */
export function claimantKey(claimant: string): string {
  return claimant.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim()
    .replace(/^(the|el|la|los|las) /, '');
}

/**
 * The publisher speaking for itself: its site, else the document's title, else the file or address it
 * came from (its last part: "meridian-wire.txt"), and only without any of those its hash.
 */
function ownVoice(d: ReconcileDocument): string {
  const file = d.source?.split(/[\\/]/).filter((part) => part !== '').pop();
  return `${d.siteName ?? d.title ?? file ?? d.id.slice(7, 15)} (own voice)`;
}

function views(claims: readonly ReconcileClaim[], documents: ReadonlyMap<string, ReconcileDocument>): ClaimView[] {
  const repeats = findRepeats(claims, documents);
  const byKey = new Map(claims.map((c) => [claimKey(c), c]));
  const labels = new Map<string, string>();
  const label = (claimant: string) => {
    const key = claimantKey(claimant);
    if (!labels.has(key)) labels.set(key, claimant);
    return labels.get(key)!;
  };
  return claims.map((claim) => {
    const key = claimKey(claim);
    const repeated = repeats.get(key) ?? null;
    const original = repeated === null ? claim : byKey.get(repeated)!;
    const parent = claim.partOf === null ? undefined : byKey.get(claimKey({ documentId: claim.documentId, claimIndex: claim.partOf }));
    // "8,400 people, in 2,310 families": the families are not a subgroup of the people, another count.
    const subgroup = claim.partOf !== null && (parent === undefined || (parent.subject === claim.subject && parent.unit === claim.unit));
    const document = documents.get(claim.documentId)!;
    const source = original.claimant === null ? ownVoice(document) : label(original.claimant);
    return { key, claim, document, repeats: repeated, source, subgroup, credible: CREDIBLE.has(claim.modality) && !subgroup };
  });
}

function positions(rows: readonly ClaimView[]): ClaimantPosition[] {
  const bySource = new Map<string, ClaimView[]>();
  for (const v of rows) if (v.credible) push(bySource, v.source, v);
  return [...bySource].map(([source, vs]) => ({
    source,
    low: vs.some((v) => v.claim.low === null) ? null : vs.reduce((m, v) => Math.min(m, v.claim.low!), Infinity),
    high: vs.some((v) => v.claim.high === null) ? null : vs.reduce((m, v) => Math.max(m, v.claim.high!), -Infinity),
    claims: vs.map((v) => v.key),
    independent: vs.some((v) => v.repeats === null),
  })).sort((a, b) => a.source.localeCompare(b.source));
}

/** Appends in place: copying the list per claim made an event of thousands of claims quadratic. */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Two claimants agree when their bounds overlap (an open side reaches everything); else the gap. */
function compare(ps: readonly ClaimantPosition[]): ClaimantComparison[] {
  const out: ClaimantComparison[] = [];
  const independent = ps.filter((p) => p.independent);
  for (let i = 0; i < independent.length; i++) {
    for (let j = i + 1; j < independent.length; j++) {
      const [a, b] = [independent[i]!, independent[j]!];
      const aLow = a.low ?? 0, bLow = b.low ?? 0;
      const aHigh = a.high ?? Infinity, bHigh = b.high ?? Infinity;
      const gap = aHigh < bLow ? bLow - aHigh : bHigh < aLow ? aLow - bHigh : 0;
      out.push({ a: a.source, b: b.source, relation: gap === 0 ? 'agree' : 'conflict', gap: gap === 0 ? null : gap });
    }
  }
  return out;
}

export function compareFigures(input: {
  claims: readonly ReconcileClaim[];
  documents: readonly ReconcileDocument[];
  rule: EstimateRule;
}): FigureComparison[] {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const all = views(input.claims, documents);
  const rows = new Map<string, ClaimView[]>();
  for (const v of all) {
    const key = `${v.claim.measure}|${v.claim.unit}|${v.claim.subject ?? ''}`;
    push(rows, key, v);
  }
  return [...rows.values()]
    .map((vs) => {
      const claimants = positions(vs);
      return {
        measure: vs[0]!.claim.measure,
        unit: vs[0]!.claim.unit,
        subject: vs[0]!.claim.subject,
        claims: vs,
        claimants,
        comparisons: compare(claimants),
        estimate: estimateFigure(vs, input.rule),
      };
    })
    .sort((a, b) => MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) ||
      UNITS.indexOf(a.unit) - UNITS.indexOf(b.unit) || (a.subject ?? '').localeCompare(b.subject ?? ''));
}
