/**
 * Full-text search on PostgreSQL, language-aware: a document is indexed with the text search
 * configuration of its language (english, spanish; simple for any other), a claim (its sentence and
 * claimant) with simple, as it has no language of its own. Case and accents are folded first, as
 * SQLite's FTS5 tokenizer does (0003), so "Bogota" finds "Bogotá". Expression indexes, not columns:
 * rows read through the port stay as they were. SQLite: nothing (0003 indexes it).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

/** Characters of the text indexed per document: a tsvector is limited to 1 MB, documents to 50 MB. */
export const SEARCH_INDEXED_CHARS = 200_000;

export function postgresSearch(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      // translate() rather than the unaccent extension, which needs a privilege the store may not have.
      await sql`create function tally_fold(t text) returns text language sql immutable parallel safe as $$
        select lower(translate(t, 'ÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇáàâäãéèêëíìîïóòôöõúùûüñç',
                                  'AAAAAEEEEIIIIOOOOOUUUUNCaaaaaeeeeiiiiooooouuuunc')) $$`.execute(db);
      await sql`create function tally_search_config(lang text) returns regconfig language sql immutable parallel safe as $$
        select case lang when 'en' then 'english'::regconfig when 'es' then 'spanish'::regconfig else 'simple'::regconfig end $$`.execute(db);
      await sql`create function tally_document_vector(lang text, title text, body text) returns tsvector
        language sql immutable parallel safe as $$
        select to_tsvector(tally_search_config(lang), tally_fold(coalesce(title, '') || ' ' || left(body, ${sql.lit(SEARCH_INDEXED_CHARS)}))) $$`.execute(db);
      await sql`create function tally_claim_vector(quote text, claimant text) returns tsvector
        language sql immutable parallel safe as $$
        select to_tsvector('simple'::regconfig, tally_fold(quote || ' ' || coalesce(claimant, ''))) $$`.execute(db);
      await sql`create index documents_search_idx on documents using gin (tally_document_vector(lang, title, text))`.execute(db);
      await sql`create index claims_search_idx on claims using gin (tally_claim_vector(quote, claimant))`.execute(db);
    },
  };
}
