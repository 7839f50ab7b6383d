/**
 * The ports the use cases need. Adapters (store/sqlite, later store/postgres) implement them and are
 * wired only in compose.ts; nothing here knows which database is behind it.
 */
import type { Claim, Figures } from '../domain/claim.js';
import type { Document, DocumentId, MediaType } from '../domain/document.js';
import type { Event, EventCorrection, FramingMention } from '../domain/event.js';
import type { Measure } from '../domain/measure.js';
import type { ClaimVerdict, EventSummary } from './event-summary.js';
import type { Role, SecretHash, User, UserId } from '../domain/account.js';
import type { AuditAction, AuditEntry, NewAuditEntry } from '../domain/audit.js';

/** A claim as stored: its document and its index among that document's claims. */
export type StoredClaim = Claim & { documentId: DocumentId; claimIndex: number };

export type SaveDocumentInput = {
  document: Document;
  /** The bytes exactly as received; their SHA-256 is document.sha256. */
  original: Uint8Array;
  claims: readonly Claim[];
  figures: Figures;
  /** The pipeline's event hints and framing words, kept so regrouping never re-reads the text. */
  hints?: DocumentHints;
  framing?: readonly FramingMention[];
  /** Appended to the audit log in the same transaction, only if the document is inserted. */
  audit?: NewAuditEntry;
};

/** A stored document's original bytes, or null when the row holding them is gone (`tally verify`). */
export type StoredOriginal = { documentId: DocumentId; bytes: Uint8Array | null };

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
  /** Every document with its original, in id order, `limit` at a time after the id `after` (null: from
   *  the start): paging keeps re-hashing a whole store within bounded memory. */
  listOriginals(page: { after: DocumentId | null; limit: number }): Promise<StoredOriginal[]>;
  getFigures(id: DocumentId): Promise<Figures | null>;
  /** All documents, oldest ingest first. */
  listDocuments(): Promise<Document[]>;
  /** Claims ordered by document ingest order, then claim index. */
  listClaims(filter?: ClaimFilter): Promise<StoredClaim[]>;
  close(): Promise<void>;
}

/** The date and place a document is about, as the pipeline read them (where a sentence names none). */
export type DocumentHints = { date: string | null; place: string | null };

/** A claim's event, as grouping decided it, with what reconciliation said of it there. */
export type ClaimEvent = { documentId: DocumentId; claimIndex: number; eventId: string; verdict?: ClaimVerdict };

/** An event without its (possibly thousands of) document ids. */
export type EventHeader = Omit<Event, 'documents'>;
/** A claim counted for an event, with its document's metadata; verdict null if the grouping was saved without. */
export type EventClaim = StoredClaim & {
  verdict: ClaimVerdict | null;
  document: Pick<Document, 'id' | 'title' | 'siteName' | 'publishedAt' | 'lang'>;
};
export type EventClaimQuery = { limit: number; offset: number; measure?: Measure; source?: string };
export type EventDocumentEntry = { document: Omit<Document, 'text'>; framing: FramingMention[] };
export type Paged<T> = { items: T[]; total: number };

/** What grouping reads of a claim: reading whole claims costs a regroup several times more. */
export type GroupingClaim = Pick<StoredClaim, 'claimIndex' | 'date' | 'place' | 'quote'>;
/** Which claims a page of documents comes with: whole, or what grouping reads of them. */
export type PageClaims = 'full' | 'grouping';

/** A stored document as a regroup reads it (EventStore.listDocumentPage). */
export type DocumentPageEntry<C extends PageClaims = 'full'> = {
  document: Omit<Document, 'text'> & { text?: string };
  /** Null for a document stored before hints were kept. */
  hints: DocumentHints | null;
  /** By claim index. */
  claims: (C extends 'full' ? StoredClaim : GroupingClaim)[];
};

/** Events, their corrections and the framing words of each document. */
export interface EventStore {
  /** Replaces the whole grouping in one transaction (events are recomputed, never edited in place), with
   *  each event's summary when given (an event without one has none until the next replace). */
  replaceEvents(input: {
    events: readonly Event[];
    /** Claim events and summaries are iterated once, while they are written: a caller may produce
     *  them one at a time rather than hold a whole collection's rows. */
    claimEvents: Iterable<ClaimEvent>;
    summaries?: Iterable<{ eventId: string; summary: EventSummary }>;
  }): Promise<void>;
  /** The event and the summary saved with it (null if none was); null for an unknown event. */
  getEventSummary(eventId: string): Promise<{ event: EventHeader; summary: EventSummary | null } | null>;
  /** A page of the event's claims in event order (document ingest order, then claim index); `source`
   *  filters on the verdict's claimant label. */
  listEventClaimPage(eventId: string, query: EventClaimQuery): Promise<Paged<EventClaim>>;
  /** A page of the event's documents, oldest ingest first, each with its framing words. */
  listEventDocumentPage(eventId: string, page: { limit: number; offset: number }): Promise<Paged<EventDocumentEntry>>;
  /** Grows with every write that changes what a dossier shows (grouping, framing, hints, a document
   *  removed), in whichever process made it: a cache keyed by it is never stale. */
  getGeneration(): Promise<number>;
  /** Stored documents in ingest order, `limit` at a time after the cursor `after` (null: from the start,
   *  then the `next` of the page before; null after the last page), each with its hints and claims,
   *  its text only when `text` is set. Paging keeps a regroup of a whole store within bounded memory. */
  listDocumentPage<C extends PageClaims>(page: { after: number | null; limit: number; text: boolean; claims: C }): Promise<{
    items: DocumentPageEntry<C>[]; next: number | null;
  }>;
  /** Every document's stored hints in ingest order; null for a document stored before hints were kept. */
  listDocumentHints(): Promise<{ documentId: DocumentId; hints: DocumentHints | null }[]>;
  /** Saves hints computed after ingest, with the document's framing words (replacing any). */
  saveDocumentHints(documentId: DocumentId, hints: DocumentHints, framing: readonly FramingMention[]): Promise<void>;
  /** Events in the order they were given to replaceEvents. */
  listEvents(): Promise<Event[]>;
  getEvent(id: string): Promise<Event | null>;
  /** The claims counted for an event, in document ingest order, then claim index. */
  listEventClaims(eventId: string): Promise<StoredClaim[]>;
  /** Corrections are only ever added; they apply in the order they were made. */
  addEventCorrection(correction: EventCorrection, audit?: NewAuditEntry): Promise<void>;
  listEventCorrections(): Promise<EventCorrection[]>;
  /** Stored documents that no event holds: 0 once a regroup has run over every stored document; more
   *  after a regroup was interrupted (a killed process) or raced by a writer it did not see. */
  countUngroupedDocuments(): Promise<number>;
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

/** A user as stored: with the hash of their secret, never the secret. */
export type StoredUser = User & { secretHash: SecretHash };
/** What a user change may set; each given field is written, with its audit entry, in one transaction. */
export type UserChange = { role?: Role; disabledAt?: string; secretHash?: SecretHash };
/** A signed-in browser. Only a hash of the session id is stored: a copy of the table signs no one in. */
export type Session = { idHash: string; userId: UserId; csrfToken: string; createdAt: string; expiresAt: string };

/** Users and their sessions. Every change to a user is written with its audit entry, atomically. */
export interface AccountStore {
  /** Throws user.name_taken when the name is in use (disabled users keep their names). */
  addUser(user: StoredUser, audit: NewAuditEntry): Promise<void>;
  getUser(id: UserId): Promise<StoredUser | null>;
  getUserByName(name: string): Promise<StoredUser | null>;
  /** By name. */
  listUsers(): Promise<User[]>;
  /** False (and nothing written) when no enabled user has that id. Disabling or a new secret also ends
   *  the user's sessions. */
  updateUser(id: UserId, change: UserChange, audit: NewAuditEntry): Promise<boolean>;
  createSession(session: Session): Promise<void>;
  /** The session and its user, if the session has not expired at `now` and the user is not disabled. */
  getSession(idHash: string, now: string): Promise<{ session: Session; user: User } | null>;
  deleteSession(idHash: string): Promise<void>;
}

export type AuditQuery = { order: 'oldest' | 'newest'; limit?: number; action?: AuditAction };

/** The append-only audit log. Entries are written only with the writes they record; nothing edits them. */
export interface AuditLog {
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
}

/** Removing a document (admins only): its original, claims, framing, search rows and event links go with it. */
export interface DocumentRemoval {
  /** Deletes the document and appends `audit` (its tombstone) in one transaction; false if it was not stored. */
  deleteDocument(id: DocumentId, audit: NewAuditEntry): Promise<boolean>;
}

/** A document fetched from a URL: the bytes exactly as received and the type the server declared. */
export type FetchedUrl = { url: string; finalUrl: string; bytes: Uint8Array; declared: MediaType | null };

/** Fetches one http(s) URL under the adapter's size, time, redirect and address limits; failures are
 *  `document.url_*` (or `document.too_large`) DomainErrors. */
export type UrlFetcher = (url: string) => Promise<FetchedUrl>;
