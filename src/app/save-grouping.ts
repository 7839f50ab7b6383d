/**
 * Saves a grouping with each event's reconciliation: every event is summarised (estimates under every
 * rule, claimants, comparisons, chart) and every claim gets its verdict, all in the one transaction
 * that replaces the grouping. So a dossier reads its summary and pages of claims instead of
 * reconciling thousands of claims per request, and a summary can never outlive its grouping.
 */
import type { Document } from '../domain/document.js';
import type { Event } from '../domain/event.js';
import type { ReconcileDocument } from '../pipeline/reconcile/reconcile-types.js';
import { summarizeEvent, type EventSummary } from './event-summary.js';
import type { ClaimEvent, EventStore, Store, StoredClaim } from './ports.js';

export type SaveGroupingInput = {
  events: readonly Event[];
  claimEvents: readonly Omit<ClaimEvent, 'verdict'>[];
  /** What the caller already read, to spare reading it again: every stored document and claim, in
   *  ingest order (claims then by index). Read from the store when absent. */
  documents?: readonly Omit<Document, 'text'>[];
  claims?: readonly StoredClaim[];
};

/** The phases of a regroup, in order, as the speed benchmark reports them. */
export type RegroupPhase = 'read' | 'gazetteer' | 'group' | 'summaries' | 'write';

/** Reports the seconds since the last lap (or since it was made) under each phase's name. */
export function phaseClock(onPhase: ((phase: RegroupPhase, seconds: number) => void) | undefined): (phase: RegroupPhase) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    onPhase?.(phase, (now - last) / 1000);
    last = now;
  };
}

export type SaveGroupingDeps = {
  store: Store & EventStore;
  onPhase?: (phase: RegroupPhase, seconds: number) => void;
};

export async function saveGrouping(input: SaveGroupingInput, deps: SaveGroupingDeps): Promise<void> {
  const lap = phaseClock(deps.onPhase);
  const documents = input.documents ?? await deps.store.listDocuments();
  const claims = input.claims ?? await deps.store.listClaims();
  const eventOf = new Map(input.claimEvents.map((c) => [`${c.documentId}#${c.claimIndex}`, c.eventId]));
  const claimsOf = new Map<string, StoredClaim[]>(input.events.map((e) => [e.id, []]));
  // In ingest order, so each event's claims come in event order (document ingest order, claim index).
  for (const c of claims) {
    const eventId = eventOf.get(`${c.documentId}#${c.claimIndex}`);
    if (eventId !== undefined) claimsOf.get(eventId)?.push(c);
  }
  const byId = new Map(documents.map((d) => [d.id as string, d]));
  const summaries: { eventId: string; summary: EventSummary }[] = [];
  const claimEvents: ClaimEvent[] = [];
  for (const event of input.events) {
    const eventClaims = claimsOf.get(event.id) ?? [];
    const ids = new Set<string>([...event.documents, ...eventClaims.map((c) => c.documentId)]);
    const eventDocuments = [...ids].flatMap((id) => {
      const d = byId.get(id);
      return d === undefined ? [] : [toReconcileDocument(d)];
    });
    const { summary, verdicts } = summarizeEvent({ claims: eventClaims, documents: eventDocuments, documentCount: event.documents.length });
    summaries.push({ eventId: event.id, summary });
    for (const c of eventClaims) {
      const key = `${c.documentId}#${c.claimIndex}`;
      claimEvents.push({ documentId: c.documentId, claimIndex: c.claimIndex, eventId: event.id, verdict: verdicts.get(key)! });
    }
  }
  // A claim named in the grouping whose claim row was not read (stored meanwhile) keeps no verdict.
  const placed = new Set(claimEvents.map((c) => `${c.documentId}#${c.claimIndex}`));
  for (const c of input.claimEvents) if (!placed.has(`${c.documentId}#${c.claimIndex}`)) claimEvents.push({ ...c });
  lap('summaries');
  await deps.store.replaceEvents({ events: input.events, claimEvents, summaries });
  lap('write');
}

export function toReconcileDocument(d: Pick<Document, 'id' | 'siteName' | 'title' | 'publishedAt' | 'lang'>): ReconcileDocument {
  return { id: d.id, siteName: d.siteName, title: d.title, publishedAt: d.publishedAt, lang: d.lang };
}
