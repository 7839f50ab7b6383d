/**
 * Migration 0010 on a store written before claims had units, on SQLite and (when
 * TALLY_TEST_POSTGRES_URL is set) PostgreSQL: the old claims read as people, new claims keep theirs.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Store } from '../../app/ports.js';
import { PostgresStore } from '../postgres/postgres-store.js';
import { claimToRow, documentToRow } from '../rows.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import { enFlood, esNoticeLatin1 } from '../store.fixtures.js';
import type { StoreDialect } from './store-dialect.js';
import { storeMigrationProvider } from './store-migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-units-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const url = process.env['TALLY_TEST_POSTGRES_URL'];
const schema = `tally_units_${process.pid}_${Date.now().toString(36)}`;

/** Writes enFlood as Tally wrote it at migration 0009: rows without a unit. */
async function writeBefore0010(db: Kysely<unknown>, dialect: StoreDialect, schemaName?: string): Promise<void> {
  // In its own schema, as PostgresStore migrates: kysely otherwise looks for its tables in every schema.
  const migrator = new Migrator({ db, provider: storeMigrationProvider(dialect), ...(schemaName === undefined ? {} : { migrationTableSchema: schemaName }) });
  const { error } = await migrator.migrateTo('0009-search-written-by-store');
  if (error !== undefined) throw error;
  const insert = async (table: string, row: Record<string, unknown>): Promise<void> => {
    await sql`insert into ${sql.table(table)} (${sql.join(Object.keys(row).map((c) => sql.ref(c)))}) values (${sql.join(Object.values(row))})`.execute(db);
  };
  // SQLite draws the ingest order in the store's INSERT; PostgreSQL from the column's sequence.
  const seq = dialect === 'sqlite' ? { ingest_seq: 1 } : {};
  await insert('documents', { ...documentToRow(enFlood.document, enFlood.figures), ...seq });
  for (const [index, claim] of enFlood.claims.entries()) {
    const { unit: _unit, ...row } = claimToRow(enFlood.document.id, index, claim);
    await insert('claims', row);
  }
}

async function checkUpgraded(store: Store): Promise<void> {
  try {
    const old = await store.listClaims({ documentId: enFlood.document.id });
    assert.equal(old.length, enFlood.claims.length);
    assert.deepEqual(old.map((c) => c.unit), enFlood.claims.map(() => 'people'));
    await store.saveDocument(esNoticeLatin1);
    const added = await store.listClaims({ documentId: esNoticeLatin1.document.id });
    assert.deepEqual(added.map((c) => c.unit), ['households']);
  } finally {
    await store.close();
  }
}

describe('migration 0010 (claim units)', () => {
  it('upgrades a SQLite store: its claims read as people, new claims keep their unit', async () => {
    const path = join(dir, 'before-0010.db');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
    await writeBefore0010(db, 'sqlite');
    await db.destroy();
    await checkUpgraded(await SqliteStore.open(path));
  });

  it('upgrades a PostgreSQL store the same way', { skip: url ? false : 'TALLY_TEST_POSTGRES_URL is not set' }, async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema "${schema}"`);
      const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` });
      const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
      await writeBefore0010(db, 'postgres', schema);
      await db.destroy();
      await checkUpgraded(await PostgresStore.open(url!, { schema }));
    } finally {
      await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    }
  });
});
