/**
 * Events: the grouping of documents (and their claims) into events, recomputed after each ingest;
 * the user's corrections to it, keyed by document ids so they survive regrouping and re-ingest; and
 * the framing words each document uses, with spans.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

export function events(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_prec', 'integer')
        .addColumn('place_name', 'text')
        .addColumn('place_key', 'text')
        .addColumn('where_prec', 'integer')
        .execute();

      await db.schema
        .createTable('event_documents')
        .addColumn('event_id', 'text', (col) => col.notNull().references('events.id').onDelete('cascade'))
        .addColumn('document_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('event_documents_pk', ['event_id', 'document_id'])
        .execute();

      // Which event each claim counts for: usually its document's, but a report recalling an earlier
      // attack gives that figure to the earlier event.
      await db.schema
        .createTable('event_claims')
        .addColumn('event_id', 'text', (col) => col.notNull().references('events.id').onDelete('cascade'))
        .addColumn('document_id', 'text', (col) => col.notNull())
        .addColumn('claim_index', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('event_claims_pk', ['document_id', 'claim_index'])
        .addForeignKeyConstraint('event_claims_claim_fk', ['document_id', 'claim_index'], 'claims', ['document_id', 'claim_index'], (fk) => fk.onDelete('cascade'))
        .execute();
      await db.schema.createIndex('event_claims_event_idx').on('event_claims').columns(['event_id']).execute();

      // No foreign key to documents: a correction outlives the documents it names (they may be
      // re-ingested later), and regrouping ignores ids it no longer holds.
      await db.schema
        .createTable('event_corrections')
        .addColumn('seq', 'integer', (col) =>
          dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('document_ids_json', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('framing_mentions')
        .addColumn('document_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('mention_index', 'integer', (col) => col.notNull())
        .addColumn('rule_id', 'text', (col) => col.notNull())
        .addColumn('frame', 'text', (col) => col.notNull())
        .addColumn('text', 'text', (col) => col.notNull())
        .addColumn('span_start', 'integer', (col) => col.notNull())
        .addColumn('span_end', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('framing_mentions_pk', ['document_id', 'mention_index'])
        .execute();
    },
  };
}
