/**
 * Accounts and the audit log. Users hold only an scrypt hash of their secret; sessions only a SHA-256
 * of the session id. The audit log is append-only, enforced by the database itself: a trigger aborts
 * any UPDATE or DELETE (and, on PostgreSQL, TRUNCATE), so no code path of Tally — nor a hand-written
 * query over its connection — can rewrite or erase what it records.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from './store-dialect.js';

export const AUDIT_APPEND_ONLY_MESSAGE = 'audit_log is append-only: its entries are never changed or deleted';

export function accountsAudit(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull().unique())
        .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('editor', 'admin')`))
        .addColumn('secret_hash', 'text', (col) => col.notNull())
        .addColumn('secret_salt', 'text', (col) => col.notNull())
        // "scrypt:N=16384,r=8,p=1": the cost each hash was made with, so raising it later keeps old ones readable.
        .addColumn('secret_params', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('disabled_at', 'text')
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (col) => col.primaryKey())
        .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').columns(['user_id']).execute();

      // No foreign keys: an entry outlives the user, document or event it names.
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (col) =>
          dialect === 'postgres' ? col.primaryKey().generatedAlwaysAsIdentity() : col.primaryKey().autoIncrement())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('target', 'text', (col) => col.notNull())
        .addColumn('before_json', 'text')
        .addColumn('after_json', 'text')
        .execute();
      await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'seq']).execute();

      if (dialect === 'sqlite') {
        for (const event of ['UPDATE', 'DELETE']) {
          await sql`CREATE TRIGGER ${sql.raw(`audit_log_no_${event.toLowerCase()}`)} BEFORE ${sql.raw(event)} ON audit_log BEGIN
            SELECT RAISE(ABORT, ${sql.lit(AUDIT_APPEND_ONLY_MESSAGE)});
          END`.execute(db);
        }
        return;
      }
      await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION ${sql.lit(AUDIT_APPEND_ONLY_MESSAGE)}; END $$`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    },
  };
}
