/**
 * What the event dossier reads instead of recomputing: each document's event hints (stored at ingest,
 * so regrouping never re-runs the pipeline), each counted claim's place in its event with what
 * reconciliation said of it (its claimant label, the claim it repeats, subgroup, credible), one JSON
 * summary per event (estimates under every rule, claimants, comparisons, chart rows), and a
 * generation counter every write that changes a dossier increments, so caches can tell they are stale.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

export function eventSummaries(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Null until computed: documents stored before this migration get theirs at the next regroup.
      await db.schema.alterTable('documents').addColumn('hints_json', 'text').execute();

      // Null on rows written before this migration (or by a caller that gives no views): the dossier
      // then reconciles the event in memory instead of reading these columns.
      for (const [column, type] of [['position', 'integer'], ['source', 'text'], ['repeats', 'text'], ['subgroup', 'integer'], ['credible', 'integer']] as const) {
        await db.schema.alterTable('event_claims').addColumn(column, type).execute();
      }
      await db.schema.createIndex('event_claims_position_idx').on('event_claims').columns(['event_id', 'position']).execute();

      await db.schema
        .createTable('event_summaries')
        .addColumn('event_id', 'text', (col) => col.primaryKey().references('events.id').onDelete('cascade'))
        .addColumn('summary_json', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('store_generation')
        .addColumn('id', 'integer', (col) => col.primaryKey())
        .addColumn('value', 'integer', (col) => col.notNull())
        .execute();
      await sql`insert into store_generation (id, value) values (1, 0)`.execute(db);

      // Removing a document (however the code doing it is written) leaves its event's summary wrong:
      // drop the summaries it was part of, and bump the generation. The dossier recomputes until the
      // next regroup.
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER event_summaries_document_delete BEFORE DELETE ON documents BEGIN
          DELETE FROM event_summaries WHERE event_id IN (SELECT event_id FROM event_documents WHERE document_id = old.id)
            OR event_id IN (SELECT event_id FROM event_claims WHERE document_id = old.id);
          UPDATE store_generation SET value = value + 1 WHERE id = 1;
        END`.execute(db);
      } else {
        await sql`create function tally_document_removed() returns trigger language plpgsql as $$
          begin
            delete from event_summaries where event_id in (select event_id from event_documents where document_id = old.id)
              or event_id in (select event_id from event_claims where document_id = old.id);
            update store_generation set value = value + 1 where id = 1;
            return old;
          end $$`.execute(db);
        await sql`create trigger event_summaries_document_delete before delete on documents
          for each row execute function tally_document_removed()`.execute(db);
      }
    },
  };
}
