/** A page of an event's documents, oldest ingest first, each with its framing words (the source's, not ours). */
import { requireEventSummary, type EventPage, type ListEventClaimsDeps } from './list-event-claims.js';
import type { EventDocumentEntry, Paged } from './ports.js';

export type ListEventDocumentsInput = EventPage & { id: string };
export type ListEventDocumentsOutput = Paged<EventDocumentEntry> & EventPage;

export async function listEventDocuments(input: ListEventDocumentsInput, deps: ListEventClaimsDeps): Promise<ListEventDocumentsOutput> {
  await requireEventSummary(input.id, deps);
  const page = { limit: input.limit, offset: input.offset };
  return { ...(await deps.store.listEventDocumentPage(input.id, page)), ...page };
}
