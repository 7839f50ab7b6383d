/**
 * A page of an event's claims, each with its verdict (claimant label, the claim it repeats, subgroup,
 * credible), filtered by measure or claimant. Read from the store with an indexed query when the
 * grouping was saved with its summary; otherwise (a grouping saved before summaries were kept) the
 * event is reconciled in memory, so a page is right either way, only slower.
 */
import { DomainError } from '../domain/errors.js';
import type { Measure } from '../domain/measure.js';
import { summarizeEvent, type EventSummary } from './event-summary.js';
import type { EventClaim, EventHeader, EventStore, Paged, Store } from './ports.js';
import { eventDocuments } from './reconcile-event.js';

export type EventPage = { limit: number; offset: number };
export type ListEventClaimsInput = EventPage & { id: string; measure?: Measure; claimant?: string };
export type ListEventClaimsDeps = { store: Store & EventStore };
export type ListEventClaimsOutput = Paged<EventClaim> & EventPage;
export type FoundEvent = { event: EventHeader; summary: EventSummary | null };

export async function listEventClaims(input: ListEventClaimsInput, deps: ListEventClaimsDeps): Promise<ListEventClaimsOutput> {
  return eventClaimPage(await requireEventSummary(input.id, deps), input, deps);
}

export async function requireEventSummary(id: string, deps: ListEventClaimsDeps): Promise<FoundEvent> {
  const found = await deps.store.getEventSummary(id);
  if (found === null) throw new DomainError('event.not_found', `no event ${id}; \`tally events\` lists them`);
  return found;
}

export async function eventClaimPage(found: FoundEvent, input: ListEventClaimsInput, deps: ListEventClaimsDeps): Promise<ListEventClaimsOutput> {
  const page = { limit: input.limit, offset: input.offset };
  if (found.summary !== null) {
    const query = { ...page, ...(input.measure ? { measure: input.measure } : {}), ...(input.claimant ? { source: input.claimant } : {}) };
    return { ...(await deps.store.listEventClaimPage(input.id, query)), ...page };
  }
  const { claims } = await reconcileInMemory(input.id, deps);
  const kept = claims.filter((c) => (input.measure === undefined || c.measure === input.measure) &&
    (input.claimant === undefined || c.verdict?.source === input.claimant));
  return { items: kept.slice(input.offset, input.offset + input.limit), total: kept.length, ...page };
}

/** The slow path: every claim of the event read and reconciled now, as save-grouping.ts would have. */
export async function reconcileInMemory(id: string, deps: ListEventClaimsDeps): Promise<{ summary: EventSummary; claims: EventClaim[] }> {
  const event = await deps.store.getEvent(id);
  if (event === null) throw new DomainError('event.not_found', `no event ${id}; \`tally events\` lists them`);
  const stored = await deps.store.listEventClaims(id);
  const documents = await eventDocuments(id, event.documents, stored, deps);
  const { summary, verdicts } = summarizeEvent({ claims: stored, documents, documentCount: event.documents.length });
  const byId = new Map(documents.map((d) => [d.id as string, d]));
  const claims = stored.map((c) => {
    const d = byId.get(c.documentId)!;
    return {
      ...c,
      verdict: verdicts.get(`${c.documentId}#${c.claimIndex}`) ?? null,
      document: { id: d.id, title: d.title, siteName: d.siteName, publishedAt: d.publishedAt, lang: d.lang },
    };
  });
  return { summary, claims };
}
