/** `tally documents`: what is stored, oldest ingest first, with how many claims each document gave. */
import type { Document } from '../domain/document.js';
import type { Store } from './ports.js';

export type ListDocumentsInput = Record<string, never>;
export type ListDocumentsDeps = { store: Store };

/** A stored document without its (possibly long) text, plus its claim count. */
export type DocumentSummary = Omit<Document, 'text'> & { claims: number };
export type ListDocumentsOutput = { documents: DocumentSummary[] };

export async function listDocuments(
  _input: ListDocumentsInput,
  deps: ListDocumentsDeps,
): Promise<ListDocumentsOutput> {
  const [documents, claims] = await Promise.all([deps.store.listDocuments(), deps.store.listClaims()]);
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.documentId, (counts.get(claim.documentId) ?? 0) + 1);
  return { documents: documents.map((document) => toDocumentSummary(document, counts.get(document.id) ?? 0)) };
}

function toDocumentSummary(document: Document, claims: number): DocumentSummary {
  const { text: _text, ...rest } = document;
  return { ...rest, claims };
}
