/**
 * `tally event ID`: one event's dossier. Every claim counted for the event side by side per measure ×
 * unit × subject, the claimants' agreement and conflict, an estimate under the chosen rule, and each
 * document's own framing words (shown, never adopted). The whole event, for the CLI and exports; the
 * web and the API read the summary saved at regroup time and pages of claims (get-event-dossier.ts).
 */
import { DomainError } from '../domain/errors.js';
import type { Event, FramingMention } from '../domain/event.js';
import { compareFigures } from '../pipeline/reconcile/compare-figures.js';
import type { EstimateRule, FigureComparison, ReconcileDocument } from '../pipeline/reconcile/reconcile-types.js';
import type { EventStore, Store, StoredClaim } from './ports.js';
import { toReconcileDocument } from './save-grouping.js';

export type ReconcileEventInput = { id: string; rule?: EstimateRule };
export type ReconcileEventDeps = { store: Store & EventStore };
export type EventDocumentSummary = ReconcileDocument & { source: string; framing: FramingMention[] };
export type ReconcileEventOutput = { event: Event; documents: EventDocumentSummary[]; figures: FigureComparison[] };

/** UCDP-like by default: a best figure from the most specific claim, bounded by the credible range. */
export const DEFAULT_RULE: EstimateRule = 'ucdp';

/** More documents than any event holds: the member documents come in one read, not one per document. */
const ALL = Number.MAX_SAFE_INTEGER;

export async function reconcileEvent(input: ReconcileEventInput, deps: ReconcileEventDeps): Promise<ReconcileEventOutput> {
  const event = await deps.store.getEvent(input.id);
  if (event === null) throw new DomainError('event.not_found', `no event ${input.id}; \`tally events\` lists them`);
  const claims = await deps.store.listEventClaims(event.id);
  const documents = await eventDocuments(event.id, event.documents, claims, deps);
  const figures = compareFigures({ claims, documents, rule: input.rule ?? DEFAULT_RULE });
  return { event, documents, figures };
}

/** The event's documents and those of its claims (a report recalling it from another event), in that order. */
export async function eventDocuments(
  eventId: string,
  members: readonly string[],
  claims: readonly StoredClaim[],
  deps: ReconcileEventDeps,
): Promise<EventDocumentSummary[]> {
  const page = await deps.store.listEventDocumentPage(eventId, { limit: ALL, offset: 0 });
  const found = new Map(page.items.map(({ document, framing }) =>
    [document.id as string, { ...toReconcileDocument(document), source: document.source, framing }]));
  const out: EventDocumentSummary[] = [];
  for (const id of new Set<string>([...members, ...claims.map((c) => c.documentId)])) {
    let d = found.get(id);
    if (d === undefined) {
      const other = await deps.store.getDocument(id as Event['documents'][number]);
      if (other === null) continue;
      d = { ...toReconcileDocument(other), source: other.source, framing: await deps.store.getFraming(other.id) };
    }
    out.push(d);
  }
  return out;
}
