/**
 * SQLite: the full-text index is written by the store's save (prepare-document-save.ts) instead of by
 * triggers on `documents` and `claims`. A statement that fires a trigger runs under a statement
 * savepoint, and FTS5 writes its pending index to disk at every savepoint: each document and each
 * claim became a segment of its own, and merging those was most of an ingest's write time. Inserted
 * directly, a batch's rows wait in FTS5's memory and reach the disk once, at COMMIT. The index holds
 * the same rows as before, in the same order, so search answers the same; deleting still goes through
 * the triggers of migration 0003 (deletions are rare and one at a time).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

export function searchWrittenByStore(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'sqlite') return;
      await sql`DROP TRIGGER search_documents_insert`.execute(db);
      await sql`DROP TRIGGER search_claims_insert`.execute(db);
    },
  };
}
