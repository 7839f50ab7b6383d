/** Brings a database's schema up to the latest migration this code knows, or refuses a newer one. */
import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type Kysely } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import type { StoreDialect } from './store-dialect.js';
import { storeMigrationProvider, storeMigrations } from './store-migrations.js';

export type MigrateStoreInput = {
  // Any table types: the schema is what is being built here (kysely's Migrator takes the same).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  dialect: StoreDialect;
  /** Named in the error so the user knows which database is too new. */
  location: string;
  /** PostgreSQL: the schema holding the store's tables (and kysely's migration table). Other schemas of
   *  the same database may hold other stores; only this one's migrations are looked at. */
  schema?: string;
};

/** Returns the names of the migrations it applied (empty when the schema was already current). */
export async function migrateStore(input: MigrateStoreInput): Promise<string[]> {
  const { db, dialect, schema } = input;
  await refuseNewerSchema(input);
  const { error, results } = await new Migrator({
    db,
    provider: storeMigrationProvider(dialect),
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  }).migrateToLatest();
  if (error !== undefined) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * A migration recorded in the database that this code does not know was applied by a newer Tally.
 * Running against it could misread or damage data, so the store refuses to open instead.
 */
async function refuseNewerSchema({ db, dialect, location, schema }: MigrateStoreInput): Promise<void> {
  // Only this store's own migration table is looked up: introspecting every schema of a shared
  // PostgreSQL database races with other stores' schemas being dropped ("schema does not exist").
  if (!(await hasMigrationTable(db, dialect, schema))) return;
  const table = sql.table(schema === undefined ? DEFAULT_MIGRATION_TABLE : `${schema}.${DEFAULT_MIGRATION_TABLE}`);
  const applied = await sql<{ name: string }>`select name from ${table} order by name`.execute(db);
  const known = new Set(Object.keys(storeMigrations(dialect)));
  const unknown = applied.rows.map((m) => m.name).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new DomainError(
      'store.schema_newer',
      `${location}: the database schema is newer than this version of Tally ` +
        `(unknown migrations: ${unknown.join(', ')}); upgrade Tally to open it`,
    );
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function hasMigrationTable(db: Kysely<any>, dialect: StoreDialect, schema: string | undefined): Promise<boolean> {
  if (dialect === 'sqlite') {
    const found = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = ${DEFAULT_MIGRATION_TABLE}`.execute(db);
    return found.rows.length > 0;
  }
  const found = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_name = ${DEFAULT_MIGRATION_TABLE} and table_schema = coalesce(${schema ?? null}, current_schema())`.execute(db);
  return found.rows.length > 0;
}
