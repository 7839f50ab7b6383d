/**
 * The event JSON contract of `tally events --json` and `tally event ID --json`, one object per line:
 * {"id", "title", "dateStart", "dateEnd", "place", "documents", "figures": [{"measure", "unit", "subject",
 * "claims": [{"claimIndex", "documentId", "low", "high", "approximate", "modality", "claimant",
 * "repeats"}], "estimate": {"low", "best", "high", "rule", "explanation"}}]}. `place` is the name as
 * the sources wrote it; `repeats` is `<documentId>#<claimIndex>` of the claim repeated, or null.
 */
import type { EventDossier } from './get-event-dossier.js';
import type { EventClaim, Paged } from './ports.js';
import type { ReconcileEventOutput } from './reconcile-event.js';
import { toClaimOutput } from './to-claim-output.js';

/** The fields every event output begins with; `place` is the name as the sources wrote it. */
function eventHeader(event: Pick<ReconcileEventOutput['event'], 'id' | 'title' | 'dateStart' | 'dateEnd' | 'place'>) {
  return { id: event.id, title: event.title, dateStart: event.dateStart, dateEnd: event.dateEnd, place: event.place?.name ?? null };
}

export function toEventOutput({ event, figures }: ReconcileEventOutput) {
  return {
    ...eventHeader(event),
    documents: event.documents,
    figures: figures.map((f) => ({
      measure: f.measure,
      unit: f.unit,
      subject: f.subject,
      claims: f.claims.map(({ claim, repeats }) => ({
        claimIndex: claim.claimIndex,
        documentId: claim.documentId,
        low: claim.low,
        high: claim.high,
        approximate: claim.approximate,
        modality: claim.modality,
        claimant: claim.claimant,
        repeats,
      })),
      estimate: {
        low: f.estimate.low,
        best: f.estimate.best,
        high: f.estimate.high,
        rule: f.estimate.rule,
        explanation: f.estimate.explanation,
      },
    })),
  };
}
export type EventOutput = ReturnType<typeof toEventOutput>;

/**
 * The dossier JSON of `GET /api/events/:id` (and the pages of `/claims`, `/documents`): the event, its
 * summary per measure × unit × subject under the chosen rule (bounded: see event-summary.ts) and pages of
 * claims and documents as {items, total, limit, offset, nextOffset}. Claims carry their number in the
 * event, their claimant label (`source`), the claim they repeat, and whether the estimate counts them.
 */
export function toEventDossierOutput(dossier: EventDossier) {
  return {
    ...eventHeader(dossier.event),
    rule: dossier.rule,
    ruleText: dossier.ruleText,
    totals: dossier.totals,
    figures: dossier.figures.map((f) => ({
      measure: f.measure,
      unit: f.unit,
      subject: f.subject,
      claims: f.claims,
      estimate: f.estimate,
      claimants: f.claimants,
      otherClaimants: f.otherClaimants,
      comparisons: f.comparisons,
      conflicts: f.conflicts,
      agreements: f.agreements,
    })),
    claims: toPageOutput(dossier.claims, toEventClaimOutput),
    documents: toPageOutput(dossier.documents, (d) => d),
  };
}

export function toEventClaimOutput(c: EventClaim) {
  return {
    documentId: c.documentId,
    claimIndex: c.claimIndex,
    number: c.verdict === null ? null : c.verdict.position + 1,
    ...toClaimOutput(c),
    evidence: c.evidence,
    source: c.verdict?.source ?? null,
    repeats: c.verdict?.repeats ?? null,
    subgroup: c.verdict?.subgroup ?? null,
    credible: c.verdict?.credible ?? null,
    document: c.document,
  };
}

export function toPageOutput<T, U>(page: Paged<T> & { limit: number; offset: number }, map: (item: T) => U) {
  const next = page.offset + page.limit < page.total ? page.offset + page.limit : null;
  return { items: page.items.map(map), total: page.total, limit: page.limit, offset: page.offset, nextOffset: next };
}
