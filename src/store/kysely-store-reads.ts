/**
 * The reads both adapters share: kysely builds the same SQL for SQLite and PostgreSQL, so each query
 * over the tables of rows.ts is written once here. Writes stay in each adapter, where the dialects
 * differ (transactions, batching, conflict handling).
 */
import type { Kysely } from 'kysely';
import type { ClaimFilter, StoredClaim, StoredOriginal } from '../app/ports.js';
import type { Figures } from '../domain/claim.js';
import type { Document, DocumentId } from '../domain/document.js';
import type { Event, EventCorrection, FramingMention } from '../domain/event.js';
import type { EventClaimQuery, PageClaims } from '../app/ports.js';
import {
  getEventSummary, getGeneration, listDocumentHints, listDocumentPage, listEventClaimPage, listEventDocumentPage,
} from './event-dossier-reads.js';
import {
  rowToClaim,
  rowToDocument,
  rowToEvent,
  rowToEventCorrection,
  rowToFigures,
  rowToFraming,
  rowToOriginal,
  type StoreSchema,
} from './rows.js';

export abstract class KyselyStoreReads {
  protected constructor(protected readonly db: Kysely<StoreSchema>) {}

  async hasDocument(id: DocumentId): Promise<boolean> {
    const row = await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async getDocument(id: DocumentId): Promise<Document | null> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : rowToDocument(row);
  }

  async getOriginal(id: DocumentId): Promise<Uint8Array | null> {
    const row = await this.db.selectFrom('originals').select('bytes').where('document_id', '=', id).executeTakeFirst();
    return row === undefined ? null : rowToOriginal(row);
  }

  async listOriginals(page: { after: DocumentId | null; limit: number }): Promise<StoredOriginal[]> {
    // From documents, so a document whose original row is gone is listed too (with null bytes).
    let query = this.db.selectFrom('documents')
      .leftJoin('originals', 'originals.document_id', 'documents.id')
      .select(['documents.id as id', 'originals.bytes as bytes']);
    if (page.after !== null) query = query.where('documents.id', '>', page.after);
    const rows = await query.orderBy('documents.id').limit(page.limit).execute();
    return rows.map((row) => ({ documentId: row.id, bytes: row.bytes === null ? null : rowToOriginal({ bytes: row.bytes }) }));
  }

  async getFigures(id: DocumentId): Promise<Figures | null> {
    const row = await this.db.selectFrom('documents').select('figures_json').where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : rowToFigures(row);
  }

  async listDocuments(): Promise<Document[]> {
    const rows = await this.db.selectFrom('documents').selectAll().orderBy('ingest_seq').execute();
    return rows.map(rowToDocument);
  }

  async listClaims(filter: ClaimFilter = {}): Promise<StoredClaim[]> {
    let query = this.db
      .selectFrom('claims')
      .innerJoin('documents', 'documents.id', 'claims.document_id')
      .selectAll('claims');
    if (filter.documentId !== undefined) query = query.where('claims.document_id', '=', filter.documentId);
    if (filter.measure !== undefined) query = query.where('claims.measure', '=', filter.measure);
    if (filter.lang !== undefined) query = query.where('documents.lang', '=', filter.lang);
    const rows = await query.orderBy('documents.ingest_seq').orderBy('claims.claim_index').execute();
    return rows.map(rowToClaim);
  }

  async listEvents(): Promise<Event[]> {
    const rows = await this.db.selectFrom('events').selectAll().orderBy('position').execute();
    const members = await this.db.selectFrom('event_documents').selectAll().orderBy('document_id').execute();
    const byEvent = new Map<string, string[]>();
    for (const m of members) byEvent.set(m.event_id, [...(byEvent.get(m.event_id) ?? []), m.document_id]);
    return rows.map((row) => rowToEvent(row, byEvent.get(row.id) ?? []));
  }

  async getEvent(id: string): Promise<Event | null> {
    const row = await this.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return null;
    const members = await this.db.selectFrom('event_documents').select('document_id')
      .where('event_id', '=', id).orderBy('document_id').execute();
    return rowToEvent(row, members.map((m) => m.document_id));
  }

  async listEventClaims(eventId: string): Promise<StoredClaim[]> {
    const rows = await this.db
      .selectFrom('event_claims')
      .innerJoin('claims', (j) => j.onRef('claims.document_id', '=', 'event_claims.document_id')
        .onRef('claims.claim_index', '=', 'event_claims.claim_index'))
      .innerJoin('documents', 'documents.id', 'claims.document_id')
      .selectAll('claims')
      .where('event_claims.event_id', '=', eventId)
      .orderBy('documents.ingest_seq').orderBy('claims.claim_index')
      .execute();
    return rows.map(rowToClaim);
  }

  async addEventCorrection(correction: EventCorrection): Promise<void> {
    await this.db.insertInto('event_corrections').values({
      kind: correction.kind,
      document_ids_json: JSON.stringify(correction.documents),
      created_at: new Date().toISOString(),
    }).execute();
  }

  async listEventCorrections(): Promise<EventCorrection[]> {
    const rows = await this.db.selectFrom('event_corrections').selectAll().orderBy('seq').execute();
    return rows.map(rowToEventCorrection);
  }

  async countUngroupedDocuments(): Promise<number> {
    const row = await this.db.selectFrom('documents')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('event_documents').select('event_documents.document_id')
        .whereRef('event_documents.document_id', '=', 'documents.id'))))
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0); // PostgreSQL's count is a bigint, which node-postgres gives as a string
  }

  async getFraming(documentId: DocumentId): Promise<FramingMention[]> {
    const rows = await this.db.selectFrom('framing_mentions').selectAll()
      .where('document_id', '=', documentId).orderBy('mention_index').execute();
    return rows.map(rowToFraming);
  }

  // The dossier's reads (event-dossier-reads.ts).
  getEventSummary(eventId: string) { return getEventSummary(this.db, eventId); }
  listEventClaimPage(eventId: string, query: EventClaimQuery) { return listEventClaimPage(this.db, eventId, query); }
  listEventDocumentPage(eventId: string, page: { limit: number; offset: number }) { return listEventDocumentPage(this.db, eventId, page); }
  getGeneration() { return getGeneration(this.db); }
  listDocumentHints() { return listDocumentHints(this.db); }
  listDocumentPage<C extends PageClaims>(page: { after: number | null; limit: number; text: boolean; claims: C }) { return listDocumentPage(this.db, page); }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
