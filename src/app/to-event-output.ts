/**
 * The event JSON contract of `tally events --json` and `tally event ID --json`, one object per line:
 * {"id", "title", "dateStart", "dateEnd", "place", "documents", "figures": [{"measure", "subject",
 * "claims": [{"claimIndex", "documentId", "low", "high", "approximate", "modality", "claimant",
 * "repeats"}], "estimate": {"low", "best", "high", "rule", "explanation"}}]}. `place` is the name as
 * the sources wrote it; `repeats` is `<documentId>#<claimIndex>` of the claim repeated, or null.
 */
import type { ReconcileEventOutput } from './reconcile-event.js';

export function toEventOutput({ event, figures }: ReconcileEventOutput) {
  return {
    id: event.id,
    title: event.title,
    dateStart: event.dateStart,
    dateEnd: event.dateEnd,
    place: event.place?.name ?? null,
    documents: event.documents,
    figures: figures.map((f) => ({
      measure: f.measure,
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
