/**
 * The first schema: documents, their original bytes, and the claims read from them. Written in
 * kysely's schema builder so the same migration runs on SQLite and PostgreSQL.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

export function documentsClaims(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('sha256', 'text', (col) => col.notNull())
        .addColumn('source', 'text', (col) => col.notNull())
        .addColumn('media_type', 'text', (col) => col.notNull())
        .addColumn('byte_length', 'integer', (col) => col.notNull())
        .addColumn('lang', 'text')
        .addColumn('lang_detected', 'text')
        .addColumn('title', 'text')
        .addColumn('byline', 'text')
        .addColumn('site_name', 'text')
        // Dates stay text: they are ISO strings (or whatever the page said, for published_at), and a
        // timestamp type would reformat them, breaking the exact round trip the domain relies on.
        .addColumn('published_at', 'text')
        .addColumn('text', 'text', (col) => col.notNull())
        .addColumn('ingested_at', 'text', (col) => col.notNull())
        // SQLite has no sequence for a column that is not the rowid primary key, so the SQLite store
        // assigns max + 1 inside its write transaction (writers are serialised there); PostgreSQL
        // transactions run concurrently, so it gets an identity column instead.
        .addColumn('ingest_seq', 'integer', (col) =>
          dialect === 'postgres'
            ? col.notNull().unique().generatedByDefaultAsIdentity()
            : col.notNull().unique(),
        )
        .addColumn('figures_json', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('originals')
        .addColumn('document_id', 'text', (col) =>
          col.primaryKey().references('documents.id').onDelete('cascade'),
        )
        // The one column type kysely cannot abstract: PostgreSQL has no `blob`, SQLite no `bytea`.
        .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('claims')
        .addColumn('document_id', 'text', (col) =>
          col.notNull().references('documents.id').onDelete('cascade'),
        )
        .addColumn('claim_index', 'integer', (col) => col.notNull())
        .addColumn('measure', 'text', (col) => col.notNull())
        .addColumn('low', 'integer')
        .addColumn('high', 'integer')
        .addColumn('approximate', 'boolean', (col) => col.notNull())
        .addColumn('modality', 'text', (col) => col.notNull())
        .addColumn('subject', 'text')
        // `group` and `end` are SQL keywords; the columns get names that need no quoting anywhere.
        .addColumn('group_label', 'text')
        .addColumn('claimant', 'text')
        .addColumn('part_of', 'integer')
        .addColumn('quote', 'text', (col) => col.notNull())
        .addColumn('span_start', 'integer', (col) => col.notNull())
        .addColumn('span_end', 'integer', (col) => col.notNull())
        .addColumn('date', 'text')
        .addColumn('place', 'text')
        .addColumn('evidence_json', 'text', (col) => col.notNull())
        .addColumn('rule_ids_json', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('claims_pk', ['document_id', 'claim_index'])
        .execute();

      // Listing by document is served by the primary key (document_id leads it); by measure needs its own.
      await db.schema.createIndex('claims_measure_idx').on('claims').columns(['measure']).execute();
    },
  };
}
