/**
 * Originals are evidence: the bytes a document arrived as are stored once and never changed. The
 * database itself refuses an UPDATE of them (a trigger), so no code path, bug or hand-written query
 * through Tally's connection can rewrite evidence in place; `tally verify` re-hashes them to catch
 * what happened outside the database's control (a file edited on disk, a restored backup).
 * A deletion stays possible (documents can be removed), it just cannot be disguised as an edit.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

export const ORIGINALS_IMMUTABLE_MESSAGE = 'originals are immutable: the stored bytes of a document are never changed';

export function originalsImmutable(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER originals_immutable BEFORE UPDATE ON originals BEGIN
          SELECT RAISE(ABORT, ${sql.lit(ORIGINALS_IMMUTABLE_MESSAGE)});
        END`.execute(db);
        return;
      }
      await sql`CREATE FUNCTION originals_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION ${sql.lit(ORIGINALS_IMMUTABLE_MESSAGE)}; END $$`.execute(db);
      await sql`CREATE TRIGGER originals_immutable BEFORE UPDATE ON originals
        FOR EACH ROW EXECUTE FUNCTION originals_immutable()`.execute(db);
    },
  };
}
