/** One claim with its document and the event it counts for: the claim page and `GET /api/documents/:id/claims/:n`. */
import type { Document } from '../domain/document.js';
import { DomainError } from '../domain/errors.js';
import type { Event } from '../domain/event.js';
import { toDocumentId } from './get-document.js';
import type { EventStore, Store, StoredClaim } from './ports.js';

export type GetClaimInput = { documentId: string; claimIndex: number };
export type GetClaimDeps = { store: Store & EventStore };
export type GetClaimOutput = { claim: StoredClaim; document: Omit<Document, 'text'>; event: Event | null };

export async function getClaim(input: GetClaimInput, deps: GetClaimDeps): Promise<GetClaimOutput> {
  const documentId = toDocumentId(input.documentId);
  const document = await deps.store.getDocument(documentId);
  if (document === null) throw new DomainError('document.not_found', `no document ${documentId}`);
  const claims = await deps.store.listClaims({ documentId });
  const claim = claims.find((c) => c.claimIndex === input.claimIndex);
  if (claim === undefined) {
    throw new DomainError('claim.not_found', `document ${documentId} has no claim ${input.claimIndex} (it has ${claims.length})`);
  }
  const { text: _text, ...metadata } = document;
  return { claim, document: metadata, event: await findClaimEvent(claim, deps) };
}

/** A claim usually counts for its document's event, but may count for another (a report recalling an earlier attack). */
async function findClaimEvent(claim: StoredClaim, deps: GetClaimDeps): Promise<Event | null> {
  for (const event of await deps.store.listEvents()) {
    const counted = await deps.store.listEventClaims(event.id);
    if (counted.some((c) => c.documentId === claim.documentId && c.claimIndex === claim.claimIndex)) return event;
  }
  return null;
}
