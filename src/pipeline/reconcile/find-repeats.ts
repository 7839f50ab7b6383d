/**
 * Claimant first: a claim printed without a claimant whose figure (measure and both bounds) equals an
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
  const published = (c: ReconcileClaim): number | null => {
    const at = documents.get(c.documentId)?.publishedAt;
    const t = at ? Date.parse(at) : Number.NaN;
    return Number.isNaN(t) ? null : t;
  };
  const attributed = claims
    .filter((c) => c.claimant !== null && published(c) !== null)
    .sort((a, b) => published(a)! - published(b)! || a.documentId.localeCompare(b.documentId) || a.claimIndex - b.claimIndex);
  const repeats = new Map<string, string>();
  for (const claim of claims) {
    const at = published(claim);
    if (claim.claimant !== null || at === null) continue;
    const original = attributed.find((a) =>
      published(a)! < at && a.documentId !== claim.documentId &&
      a.measure === claim.measure && a.low === claim.low && a.high === claim.high);
    if (original) repeats.set(claimKey(claim), claimKey(original));
  }
  return repeats;
}
