/**
 * The dossier's reads, shared by both adapters (kysely writes the same SQL for SQLite and PostgreSQL):
 * an event with its stored summary, pages of its claims and documents, the store generation and the
 * documents' stored hints. Pages are indexed: claims by (event_id, position), documents by the event's
 * members; framing comes in one query per page, never one per document.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type {
  DocumentHints, DocumentPageEntry, EventClaim, PageClaims, EventClaimQuery, EventDocumentEntry, EventHeader, EventStore, Paged,
} from '../app/ports.js';
import type { EventSummary } from '../app/event-summary.js';
import { Document, type DocumentId } from '../domain/document.js';
import { Event } from '../domain/event.js';
import {
  rowToClaim, rowToDocument, rowToEventSummary, rowToFraming, rowToHints, rowToVerdict, type ClaimRow, type StoreSchema,
} from './rows.js';

type Db = Kysely<StoreSchema>;
const DocumentMeta = Document.omit({ text: true });
const EventHeaderSchema = Event.omit({ documents: true });

export async function getEventSummary(db: Db, eventId: string): Promise<{ event: EventHeader; summary: EventSummary | null } | null> {
  const row = await db.selectFrom('events')
    .leftJoin('event_summaries', 'event_summaries.event_id', 'events.id')
    .selectAll('events').select('event_summaries.summary_json')
    .where('events.id', '=', eventId).executeTakeFirst();
  if (row === undefined) return null;
  const event = EventHeaderSchema.parse({
    id: row.id, title: row.title, dateStart: row.date_start, dateEnd: row.date_end, datePrec: row.date_prec,
    place: row.place_key === null ? null : { name: row.place_name, key: row.place_key, wherePrec: row.where_prec },
  });
  return { event, summary: row.summary_json === null ? null : rowToEventSummary({ summary_json: row.summary_json }) };
}

export async function listEventClaimPage(db: Db, eventId: string, query: EventClaimQuery): Promise<Paged<EventClaim>> {
  let count = db.selectFrom('event_claims').where('event_claims.event_id', '=', eventId);
  if (query.measure !== undefined) {
    count = count.innerJoin('claims', (j) => j.onRef('claims.document_id', '=', 'event_claims.document_id')
      .onRef('claims.claim_index', '=', 'event_claims.claim_index')).where('claims.measure', '=', query.measure);
  }
  if (query.source !== undefined) count = count.where('event_claims.source', '=', query.source);
  let rows = db.selectFrom('event_claims')
    .innerJoin('claims', (j) => j.onRef('claims.document_id', '=', 'event_claims.document_id')
      .onRef('claims.claim_index', '=', 'event_claims.claim_index'))
    .innerJoin('documents', 'documents.id', 'claims.document_id')
    .selectAll('claims')
    .select([
      'event_claims.position', 'event_claims.source', 'event_claims.repeats', 'event_claims.subgroup', 'event_claims.credible',
      'documents.title as document_title', 'documents.site_name as document_site_name',
      'documents.published_at as document_published_at', 'documents.lang as document_lang',
    ])
    .where('event_claims.event_id', '=', eventId);
  if (query.measure !== undefined) rows = rows.where('claims.measure', '=', query.measure);
  if (query.source !== undefined) rows = rows.where('event_claims.source', '=', query.source);
  const [total, page] = await Promise.all([
    count.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    // The position is the event order; rows saved without one (no verdicts) fall back to ingest order.
    rows.orderBy('event_claims.position').orderBy('documents.ingest_seq').orderBy('claims.claim_index')
      .limit(query.limit).offset(query.offset).execute(),
  ]);
  return {
    total: Number(total.n),
    items: page.map((row) => ({
      ...rowToClaim(row),
      verdict: rowToVerdict(row),
      document: {
        id: row.document_id as DocumentId, title: row.document_title, siteName: row.document_site_name,
        publishedAt: row.document_published_at, lang: row.document_lang,
      },
    })),
  };
}

export async function listEventDocumentPage(db: Db, eventId: string, page: { limit: number; offset: number }): Promise<Paged<EventDocumentEntry>> {
  const [total, rows] = await Promise.all([
    db.selectFrom('event_documents').select(sql<number>`count(*)`.as('n')).where('event_id', '=', eventId).executeTakeFirstOrThrow(),
    db.selectFrom('event_documents')
      .innerJoin('documents', 'documents.id', 'event_documents.document_id')
      .select([
        'documents.id', 'documents.sha256', 'documents.source', 'documents.media_type', 'documents.byte_length', 'documents.lang',
        'documents.lang_detected', 'documents.title', 'documents.byline', 'documents.site_name', 'documents.published_at',
        'documents.ingested_at',
      ])
      .where('event_documents.event_id', '=', eventId)
      .orderBy('documents.ingest_seq').limit(page.limit).offset(page.offset).execute(),
  ]);
  const ids = rows.map((r) => r.id);
  const mentions = ids.length === 0 ? [] : await db.selectFrom('framing_mentions').selectAll()
    .where('document_id', 'in', ids).orderBy('document_id').orderBy('mention_index').execute();
  const framing = new Map<string, EventDocumentEntry['framing']>();
  for (const m of mentions) {
    const list = framing.get(m.document_id);
    if (list === undefined) framing.set(m.document_id, [rowToFraming(m)]);
    else list.push(rowToFraming(m));
  }
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      document: DocumentMeta.parse({
        id: r.id, sha256: r.sha256, source: r.source, mediaType: r.media_type, byteLength: r.byte_length, lang: r.lang,
        langDetected: r.lang_detected, title: r.title, byline: r.byline, siteName: r.site_name, publishedAt: r.published_at,
        ingestedAt: r.ingested_at,
      }),
      framing: framing.get(r.id) ?? [],
    })),
  };
}

export type ReplaceEventsInput = Parameters<EventStore['replaceEvents']>[0];

/** The statement every dossier-changing write runs inside its transaction. */
export function bumpGeneration(db: Db): CompiledQuery {
  return db.updateTable('store_generation').set((eb) => ({ value: eb('value', '+', 1) })).where('id', '=', 1).compile();
}

export async function getGeneration(db: Db): Promise<number> {
  const row = await db.selectFrom('store_generation').select('value').where('id', '=', 1).executeTakeFirst();
  return Number(row?.value ?? 0);
}

export async function listDocumentHints(db: Db): Promise<{ documentId: DocumentId; hints: DocumentHints | null }[]> {
  const rows = await db.selectFrom('documents').select(['id', 'hints_json']).orderBy('ingest_seq').execute();
  return rows.map((r) => ({ documentId: r.id as DocumentId, hints: rowToHints(r) }));
}

/**
 * A page of documents in ingest order with their hints and claims (EventStore.listDocumentPage): two
 * indexed queries, documents by ingest_seq after the cursor, then their claims by primary key.
 */
export async function listDocumentPage<C extends PageClaims>(
  db: Db,
  page: { after: number | null; limit: number; text: boolean; claims: C },
): Promise<{ items: DocumentPageEntry<C>[]; next: number | null }> {
  let query = db.selectFrom('documents').select([
    'id', 'sha256', 'source', 'media_type', 'byte_length', 'lang', 'lang_detected', 'title', 'byline', 'site_name',
    'published_at', 'ingested_at', 'hints_json', 'ingest_seq',
  ]);
  if (page.text) query = query.select('text');
  if (page.after !== null) query = query.where('ingest_seq', '>', page.after);
  const rows = await query.orderBy('ingest_seq').limit(page.limit).execute();
  if (rows.length === 0) return { items: [], next: null };
  const ids = rows.map((r) => r.id);
  const claimRows = page.claims === 'full'
    ? await db.selectFrom('claims').selectAll().where('document_id', 'in', ids).orderBy('document_id').orderBy('claim_index').execute()
    : await db.selectFrom('claims').select(['document_id', 'claim_index', 'date', 'place', 'quote'])
      .where('document_id', 'in', ids).orderBy('document_id').orderBy('claim_index').execute();
  const claimsOf = new Map<string, DocumentPageEntry<C>['claims']>();
  for (const c of claimRows) {
    // Whole claims are parsed (rowToClaim); the grouping's four fields are plain columns.
    const claim = page.claims === 'full'
      ? rowToClaim(c as ClaimRow)
      : { claimIndex: c.claim_index, date: c.date, place: c.place, quote: c.quote };
    const list = claimsOf.get(c.document_id);
    if (list === undefined) claimsOf.set(c.document_id, [claim] as DocumentPageEntry<C>['claims']);
    else list.push(claim as DocumentPageEntry<C>['claims'][number]);
  }
  const items = rows.map((r) => {
    const text = (r as { text?: string }).text;
    const { text: _text, ...meta } = rowToDocument({ ...r, text: text ?? '', figures_json: '' });
    return {
      document: text === undefined ? meta : { ...meta, text },
      hints: rowToHints(r),
      claims: claimsOf.get(r.id) ?? [],
    };
  });
  return { items, next: rows.length < page.limit ? null : Number(rows.at(-1)!.ingest_seq) };
}
