/**
 * The store's tables as kysely types, and the only place rows become domain values and back.
 * Dialect-neutral, so every adapter (SQLite now, PostgreSQL later) maps rows the same way.
 * Reading is a trust boundary: JSON columns and scalars are parsed with the domain's zod schemas.
 */
import type { ColumnType, Generated, Selectable, SqlBool } from 'kysely';
import { z } from 'zod';
import { EventSummary, type ClaimVerdict } from '../app/event-summary.js';
import type { ClaimEvent, DocumentHints, StoredClaim } from '../app/ports.js';
import { Claim, Figures } from '../domain/claim.js';
import { Document, DocumentId } from '../domain/document.js';
import { Event, EventCorrection, FramingMention } from '../domain/event.js';

export type DocumentsTable = {
  id: string;
  sha256: string;
  source: string;
  media_type: string;
  byte_length: number;
  lang: string | null;
  lang_detected: string | null;
  title: string | null;
  byline: string | null;
  site_name: string | null;
  published_at: string | null;
  text: string;
  ingested_at: string;
  ingest_seq: Generated<number>;
  figures_json: string;
  /** DocumentHints as JSON; null until computed (documents stored before migration 0007). */
  hints_json: string | null;
};

export type OriginalsTable = {
  document_id: string;
  // Both better-sqlite3 and node-postgres read binary columns as Buffers and bind Buffers.
  bytes: ColumnType<Uint8Array, Buffer, Buffer>;
};

export type ClaimsTable = {
  document_id: string;
  claim_index: number;
  measure: string;
  low: number | null;
  high: number | null;
  // SQLite has no boolean storage class (and better-sqlite3 refuses to bind JS booleans), so 0/1 is
  // written; PostgreSQL accepts 0/1 for a boolean column and reads back true/false.
  approximate: ColumnType<SqlBool, 0 | 1, 0 | 1>;
  modality: string;
  subject: string | null;
  /** 'people' or 'households' (migration 0010; rows stored before it read 'people'). */
  unit: string;
  group_label: string | null;
  claimant: string | null;
  part_of: number | null;
  quote: string;
  span_start: number;
  span_end: number;
  date: string | null;
  place: string | null;
  evidence_json: string;
  rule_ids_json: string;
};

export type EventsTable = {
  id: string;
  position: number;
  title: string;
  date_start: string | null;
  date_end: string | null;
  date_prec: number | null;
  place_name: string | null;
  place_key: string | null;
  where_prec: number | null;
};
export type EventDocumentsTable = { event_id: string; document_id: string };
export type EventClaimsTable = {
  event_id: string;
  document_id: string;
  claim_index: number;
  // The claim's verdict in its event (migration 0007); null when the grouping was saved without one.
  position: number | null;
  source: string | null;
  repeats: string | null;
  subgroup: 0 | 1 | null;
  credible: 0 | 1 | null;
};
export type EventSummariesTable = { event_id: string; summary_json: string };
export type StoreGenerationTable = { id: number; value: number };
export type EventCorrectionsTable = { seq: Generated<number>; kind: string; document_ids_json: string; created_at: string };
export type FramingMentionsTable = {
  document_id: string;
  mention_index: number;
  rule_id: string;
  frame: string;
  text: string;
  span_start: number;
  span_end: number;
};

export type StoreSchema = {
  documents: DocumentsTable;
  originals: OriginalsTable;
  claims: ClaimsTable;
  events: EventsTable;
  event_documents: EventDocumentsTable;
  event_claims: EventClaimsTable;
  event_corrections: EventCorrectionsTable;
  framing_mentions: FramingMentionsTable;
  event_summaries: EventSummariesTable;
  store_generation: StoreGenerationTable;
};

export type DocumentRow = Selectable<DocumentsTable>;
export type ClaimRow = Selectable<ClaimsTable>;
type NewDocumentRow = Omit<DocumentRow, 'ingest_seq'>;
type NewClaimRow = Omit<ClaimRow, 'approximate'> & { approximate: 0 | 1 };

export function documentToRow(document: Document, figures: Figures, hints?: DocumentHints): NewDocumentRow {
  return {
    id: document.id,
    sha256: document.sha256,
    source: document.source,
    media_type: document.mediaType,
    byte_length: document.byteLength,
    lang: document.lang,
    lang_detected: document.langDetected,
    title: document.title,
    byline: document.byline,
    site_name: document.siteName,
    published_at: document.publishedAt,
    text: document.text,
    ingested_at: document.ingestedAt,
    figures_json: JSON.stringify(figures),
    hints_json: hints === undefined ? null : JSON.stringify(hints),
  };
}

export function rowToDocument(row: DocumentRow): Document {
  return Document.parse({
    id: row.id,
    sha256: row.sha256,
    source: row.source,
    mediaType: row.media_type,
    byteLength: row.byte_length,
    lang: row.lang,
    langDetected: row.lang_detected,
    title: row.title,
    byline: row.byline,
    siteName: row.site_name,
    publishedAt: row.published_at,
    text: row.text,
    ingestedAt: row.ingested_at,
  });
}

export function rowToFigures(row: Pick<DocumentRow, 'figures_json'>): Figures {
  return Figures.parse(JSON.parse(row.figures_json));
}

/** A view over the caller's bytes (no copy), in the type both drivers bind as binary. */
export function originalToRow(
  documentId: DocumentId,
  original: Uint8Array,
): { document_id: string; bytes: Buffer } {
  return {
    document_id: documentId,
    bytes: Buffer.from(original.buffer, original.byteOffset, original.byteLength),
  };
}

/** A plain Uint8Array copy, so callers never hold a driver's (possibly pooled) Buffer. */
export function rowToOriginal(row: { bytes: Uint8Array }): Uint8Array {
  return new Uint8Array(row.bytes);
}

export function claimToRow(documentId: DocumentId, claimIndex: number, claim: Claim): NewClaimRow {
  return {
    document_id: documentId,
    claim_index: claimIndex,
    measure: claim.measure,
    low: claim.low,
    high: claim.high,
    approximate: claim.approximate ? 1 : 0,
    modality: claim.modality,
    subject: claim.subject,
    unit: claim.unit,
    group_label: claim.group,
    claimant: claim.claimant,
    part_of: claim.partOf,
    quote: claim.quote,
    span_start: claim.start,
    span_end: claim.end,
    date: claim.date,
    place: claim.place,
    evidence_json: JSON.stringify(claim.evidence),
    rule_ids_json: JSON.stringify(claim.ruleIds),
  };
}

export function rowToClaim(row: ClaimRow): StoredClaim {
  const claim = Claim.parse({
    measure: row.measure,
    low: row.low,
    high: row.high,
    approximate: row.approximate === true || row.approximate === 1,
    modality: row.modality,
    subject: row.subject,
    unit: row.unit,
    group: row.group_label,
    claimant: row.claimant,
    partOf: row.part_of,
    quote: row.quote,
    start: row.span_start,
    end: row.span_end,
    date: row.date,
    place: row.place,
    evidence: JSON.parse(row.evidence_json),
    ruleIds: JSON.parse(row.rule_ids_json),
  });
  return { ...claim, documentId: DocumentId.parse(row.document_id), claimIndex: row.claim_index };
}

export function eventToRow(event: Event, position: number): Selectable<EventsTable> {
  return {
    id: event.id,
    position,
    title: event.title,
    date_start: event.dateStart,
    date_end: event.dateEnd,
    date_prec: event.datePrec,
    place_name: event.place?.name ?? null,
    place_key: event.place?.key ?? null,
    where_prec: event.place?.wherePrec ?? null,
  };
}

export function rowToEvent(row: Selectable<EventsTable>, documents: readonly string[]): Event {
  return Event.parse({
    id: row.id,
    title: row.title,
    dateStart: row.date_start,
    dateEnd: row.date_end,
    datePrec: row.date_prec,
    place: row.place_key === null ? null : { name: row.place_name, key: row.place_key, wherePrec: row.where_prec },
    documents,
  });
}

export function rowToEventCorrection(row: { kind: string; document_ids_json: string }): EventCorrection {
  return EventCorrection.parse({ kind: row.kind, documents: JSON.parse(row.document_ids_json) });
}

export function framingToRow(documentId: DocumentId, index: number, m: FramingMention): FramingMentionsTable {
  return {
    document_id: documentId,
    mention_index: index,
    rule_id: m.ruleId,
    frame: m.frame,
    text: m.text,
    span_start: m.span.start,
    span_end: m.span.end,
  };
}

export function rowToFraming(row: FramingMentionsTable): FramingMention {
  return FramingMention.parse({
    ruleId: row.rule_id, frame: row.frame, text: row.text, span: { start: row.span_start, end: row.span_end },
  });
}

const Hints = z.object({ date: z.string().nullable(), place: z.string().nullable() });

export function rowToHints(row: { hints_json: string | null }): DocumentHints | null {
  return row.hints_json === null ? null : Hints.parse(JSON.parse(row.hints_json));
}

export function claimEventToRow(c: ClaimEvent): Selectable<EventClaimsTable> {
  const v = c.verdict;
  return {
    event_id: c.eventId, document_id: c.documentId, claim_index: c.claimIndex,
    position: v?.position ?? null, source: v?.source ?? null, repeats: v?.repeats ?? null,
    subgroup: v === undefined ? null : v.subgroup ? 1 : 0, credible: v === undefined ? null : v.credible ? 1 : 0,
  };
}

export function rowToVerdict(row: Pick<Selectable<EventClaimsTable>, 'position' | 'source' | 'repeats' | 'subgroup' | 'credible'>): ClaimVerdict | null {
  if (row.position === null || row.source === null) return null;
  return { position: row.position, source: row.source, repeats: row.repeats, subgroup: Number(row.subgroup) === 1, credible: Number(row.credible) === 1 };
}

export function rowToEventSummary(row: { summary_json: string }): EventSummary {
  return EventSummary.parse(JSON.parse(row.summary_json));
}
