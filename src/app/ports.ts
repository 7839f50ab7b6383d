/**
 * The ports the use cases need. Adapters (store/sqlite, later store/postgres) implement them and are
 * wired only in compose.ts; nothing here knows which database is behind it.
 */
import type { Claim, Figures } from '../domain/claim.js';
import type { Document, DocumentId } from '../domain/document.js';
import type { Event, EventCorrection, FramingMention } from '../domain/event.js';

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
  /** Saves several documents in one transaction (ingest batches its writes), with saveDocument's
   *  idempotence for each; results are in input order. */
  saveDocuments(inputs: readonly SaveDocumentInput[]): Promise<{ inserted: boolean }[]>;
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

/** A claim's event, as grouping decided it. */
export type ClaimEvent = { documentId: DocumentId; claimIndex: number; eventId: string };

/** Events, their corrections and the framing words of each document. */
export interface EventStore {
  /** Replaces the whole grouping in one transaction (events are recomputed, never edited in place). */
  replaceEvents(input: { events: readonly Event[]; claimEvents: readonly ClaimEvent[] }): Promise<void>;
  /** Events in the order they were given to replaceEvents. */
  listEvents(): Promise<Event[]>;
  getEvent(id: string): Promise<Event | null>;
  /** The claims counted for an event, in document ingest order, then claim index. */
  listEventClaims(eventId: string): Promise<StoredClaim[]>;
  /** Corrections are only ever added; they apply in the order they were made. */
  addEventCorrection(correction: EventCorrection): Promise<void>;
  listEventCorrections(): Promise<EventCorrection[]>;
  /** Replaces a document's framing mentions. */
  saveFraming(documentId: DocumentId, mentions: readonly FramingMention[]): Promise<void>;
  /** In text order; empty when the document names its event with no framing word (or none was saved). */
  getFraming(documentId: DocumentId): Promise<FramingMention[]>;
}

/** Where a full-text query matched: a document (claimIndex null) or one claim's sentence and claimant. */
export type TextMatch = { documentId: DocumentId; claimIndex: number | null };

/** A store with a full-text index (SQLite: FTS5). Optional: without it, search scans in the application. */
export interface TextSearchStore {
  /** Every match of all the query's words (each also as a prefix), best first. */
  searchTexts(words: readonly string[]): Promise<TextMatch[]>;
}
