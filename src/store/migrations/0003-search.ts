/**
 * Full-text search (SQLite FTS5): one row per document (its text and title) and one per claim (its
 * sentence and claimant), kept in step by triggers so no write path has to remember it. The tokenizer
 * folds case and accents in every language and stems English words (porter); a query word also
 * matches as a prefix, which covers most Spanish inflection ("desplaz" → "desplazados").
 * PostgreSQL: nothing yet; search there scans in the application (src/app/search-texts.ts).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

export function search(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'sqlite') return;
      await sql`CREATE VIRTUAL TABLE search_texts USING fts5(
        body, kind UNINDEXED, document_id UNINDEXED, claim_index UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER search_documents_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_texts (body, kind, document_id, claim_index)
        VALUES (coalesce(new.title, '') || char(10) || new.text, 'document', new.id, NULL);
      END`.execute(db);
      await sql`CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
        DELETE FROM search_texts WHERE document_id = old.id;
      END`.execute(db);
      await sql`CREATE TRIGGER search_claims_insert AFTER INSERT ON claims BEGIN
        INSERT INTO search_texts (body, kind, document_id, claim_index)
        VALUES (new.quote || char(10) || coalesce(new.claimant, ''), 'claim', new.document_id, new.claim_index);
      END`.execute(db);
      await sql`CREATE TRIGGER search_claims_delete AFTER DELETE ON claims BEGIN
        DELETE FROM search_texts WHERE kind = 'claim' AND document_id = old.document_id AND claim_index = old.claim_index;
      END`.execute(db);
      // A database made before this migration gets its existing rows indexed now.
      await sql`INSERT INTO search_texts (body, kind, document_id, claim_index)
        SELECT coalesce(title, '') || char(10) || text, 'document', id, NULL FROM documents`.execute(db);
      await sql`INSERT INTO search_texts (body, kind, document_id, claim_index)
        SELECT quote || char(10) || coalesce(claimant, ''), 'claim', document_id, claim_index FROM claims`.execute(db);
    },
  };
}
