/**
 * `tally event ID`: one event's dossier. Every claim counted for the event side by side per measure ×
 * subject, the claimants' agreement and conflict, an estimate under the chosen rule, and each
 * document's own framing words (shown, never adopted).
 */
import { DomainError } from '../domain/errors.js';
import type { Event, FramingMention } from '../domain/event.js';
import { compareFigures } from '../pipeline/reconcile/compare-figures.js';
import type { EstimateRule, FigureComparison, ReconcileDocument } from '../pipeline/reconcile/reconcile-types.js';
import type { EventStore, Store } from './ports.js';

export type ReconcileEventInput = { id: string; rule?: EstimateRule };
export type ReconcileEventDeps = { store: Store & EventStore };
export type EventDocumentSummary = ReconcileDocument & { source: string; framing: FramingMention[] };
export type ReconcileEventOutput = { event: Event; documents: EventDocumentSummary[]; figures: FigureComparison[] };

/** UCDP-like by default: a best figure from the most specific claim, bounded by the credible range. */
export const DEFAULT_RULE: EstimateRule = 'ucdp';

export async function reconcileEvent(input: ReconcileEventInput, deps: ReconcileEventDeps): Promise<ReconcileEventOutput> {
  const event = await deps.store.getEvent(input.id);
  if (event === null) throw new DomainError('event.not_found', `no event ${input.id}; \`tally events\` lists them`);
  const claims = await deps.store.listEventClaims(event.id);
  const ids = [...new Set([...event.documents, ...claims.map((c) => c.documentId)])];
  const documents: EventDocumentSummary[] = [];
  for (const id of ids) {
    const d = await deps.store.getDocument(id);
    if (d === null) continue;
    documents.push({
      id: d.id, source: d.source, siteName: d.siteName, title: d.title, publishedAt: d.publishedAt, lang: d.lang,
      framing: await deps.store.getFraming(d.id),
    });
  }
  const figures = compareFigures({ claims, documents, rule: input.rule ?? DEFAULT_RULE });
  return { event, documents, figures };
}
