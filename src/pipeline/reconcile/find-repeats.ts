/**
 * Claimant first: a claim printed without a claimant whose figure (measure, unit and both bounds) equals an
 * attributed claim published earlier, in any language, is taken to repeat that claim. It is shown,
 * but it is not an independent source. Among several earlier candidates the earliest-published is the
 * original (ties: document id, then claim index). A document with no publication date can neither be
 * shown to be earlier nor later, so it is never matched either way.
 */
import type { ReconcileClaim, ReconcileDocument } from './reconcile-types.js';
import { claimKey } from './reconcile-types.js';

export function findRepeats(
  claims: readonly ReconcileClaim[],
  documents: ReadonlyMap<string, ReconcileDocument>,
): Map<string, string> {
  const times = new Map<string, number | null>();
  for (const [id, d] of documents) {
    const t = d.publishedAt ? Date.parse(d.publishedAt) : Number.NaN;
    times.set(id, Number.isNaN(t) ? null : t);
  }
  const published = (c: ReconcileClaim): number | null => times.get(c.documentId) ?? null;
  // "2,310 families" never repeats "2,310 people": what is counted is part of the figure.
  const figure = (c: ReconcileClaim): string => `${c.measure}|${c.unit}|${c.low}|${c.high}`;
  // Attributed claims by figure, earliest first: an event of thousands of claims stays linear.
  const attributed = new Map<string, ReconcileClaim[]>();
  for (const c of claims) {
    if (c.claimant === null || published(c) === null) continue;
    const same = attributed.get(figure(c));
    if (same === undefined) attributed.set(figure(c), [c]);
    else same.push(c);
  }
  for (const same of attributed.values()) {
    same.sort((a, b) => published(a)! - published(b)! || a.documentId.localeCompare(b.documentId) || a.claimIndex - b.claimIndex);
  }
  const repeats = new Map<string, string>();
  for (const claim of claims) {
    const at = published(claim);
    if (claim.claimant !== null || at === null) continue;
    let original: ReconcileClaim | undefined;
    for (const a of attributed.get(figure(claim)) ?? []) {
      if (published(a)! >= at) break;
      if (a.documentId !== claim.documentId) {
        original = a;
        break;
      }
    }
    if (original) repeats.set(claimKey(claim), claimKey(original));
  }
  return repeats;
}
