/**
 * The ports the use cases need. Adapters (store/sqlite, later store/postgres) implement them and are
 * wired only in compose.ts; nothing here knows which database is behind it.
 */
import type { Claim, Figures } from '../domain/claim.js';
import type { Document, DocumentId } from '../domain/document.js';

/** A claim as stored: its document and its index among that document's claims. */
export type StoredClaim = Claim & { documentId: DocumentId; claimIndex: number };

export type SaveDocumentInput = {
  document: Document;
  /** The bytes exactly as received; their SHA-256 is document.sha256. */
  original: Uint8Array;
  claims: readonly Claim[];
  figures: Figures;
};

export type ClaimFilter = {
  documentId?: DocumentId;
  measure?: Claim['measure'];
  lang?: string;
};

export interface Store {
  /** Stores the document, its original bytes, its claims and figures in one transaction.
   *  Idempotent: a document whose id is already stored is left untouched and `inserted` is false. */
  saveDocument(input: SaveDocumentInput): Promise<{ inserted: boolean }>;
  hasDocument(id: DocumentId): Promise<boolean>;
  getDocument(id: DocumentId): Promise<Document | null>;
  getOriginal(id: DocumentId): Promise<Uint8Array | null>;
  getFigures(id: DocumentId): Promise<Figures | null>;
  /** All documents, oldest ingest first. */
  listDocuments(): Promise<Document[]>;
  /** Claims ordered by document ingest order, then claim index. */
  listClaims(filter?: ClaimFilter): Promise<StoredClaim[]>;
  close(): Promise<void>;
}
