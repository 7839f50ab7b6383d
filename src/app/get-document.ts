/** A stored document with its text and claims: what the document page and `GET /api/documents/:id` show. */
import { DocumentId, type Document } from '../domain/document.js';
import { DomainError } from '../domain/errors.js';
import type { FramingMention } from '../domain/event.js';
import type { EventStore, Store, StoredClaim } from './ports.js';

export type GetDocumentInput = { id: string };
export type GetDocumentDeps = { store: Store & EventStore };
export type GetDocumentOutput = { document: Document; claims: StoredClaim[]; framing: FramingMention[] };

export async function getDocument(input: GetDocumentInput, deps: GetDocumentDeps): Promise<GetDocumentOutput> {
  const id = toDocumentId(input.id);
  const document = await deps.store.getDocument(id);
  if (document === null) throw new DomainError('document.not_found', `no document ${id}; \`tally documents\` lists them`);
  const [claims, framing] = await Promise.all([deps.store.listClaims({ documentId: id }), deps.store.getFraming(id)]);
  return { document, claims, framing };
}

/** Accepts `sha256:<hex>` or the bare hex, as a URL path carries it; anything else names no document. */
export function toDocumentId(text: string): DocumentId {
  const id = text.startsWith('sha256:') ? text : `sha256:${text}`;
  const parsed = DocumentId.safeParse(id.toLowerCase());
  if (!parsed.success) throw new DomainError('document.not_found', `no document ${text}: ids are sha256:<64 hex digits>`);
  return parsed.data;
}
