/**
 * `tally documents delete ID` and `DELETE /api/documents/:id` (admins): removes a document with its
 * original, claims, framing, search rows and event links, then regroups the events. What is left is a
 * tombstone in the audit log — id, SHA-256, title, source, publisher, dates, claim count — written in
 * the same transaction as the deletion, so a document can never vanish without a trace.
 */
import type { Actor } from '../domain/audit.js';
import type { DocumentId } from '../domain/document.js';
import { DomainError } from '../domain/errors.js';
import { groupEvents, type GroupEventsDeps } from './group-events.js';
import type { DocumentRemoval } from './ports.js';

export type DeleteDocumentInput = { id: string; actor: Actor };
export type Tombstone = {
  id: DocumentId; sha256: string; title: string | null; source: string; siteName: string | null;
  publishedAt: string | null; ingestedAt: string; byteLength: number; claims: number;
};
export type DeleteDocumentOutput = { tombstone: Tombstone };
export type DeleteDocumentDeps = GroupEventsDeps & { store: GroupEventsDeps['store'] & DocumentRemoval; now: () => Date };

export async function deleteDocument(input: DeleteDocumentInput, deps: DeleteDocumentDeps): Promise<DeleteDocumentOutput> {
  const id = `sha256:${input.id.replace(/^sha256:/i, '').toLowerCase()}` as DocumentId;
  const document = await deps.store.getDocument(id);
  if (document === null) throw new DomainError('document.not_found', `no stored document ${id}`);
  const claims = await deps.store.listClaims({ documentId: id });
  const tombstone: Tombstone = {
    id, sha256: document.sha256, title: document.title, source: document.source, siteName: document.siteName,
    publishedAt: document.publishedAt, ingestedAt: document.ingestedAt, byteLength: document.byteLength, claims: claims.length,
  };
  const deleted = await deps.store.deleteDocument(id, {
    at: deps.now().toISOString(), actor: input.actor, action: 'document.delete', target: id, before: tombstone, after: null,
  });
  if (!deleted) throw new DomainError('document.not_found', `no stored document ${id} (deleted meanwhile)`);
  await groupEvents({}, deps);
  return { tombstone };
}
