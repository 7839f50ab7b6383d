/** The Store port on one SQLite file (or ':memory:'), through kysely over better-sqlite3. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import type { ClaimFilter, SaveDocumentInput, Store, StoredClaim } from '../../app/ports.js';
import type { Figures } from '../../domain/claim.js';
import type { Document, DocumentId } from '../../domain/document.js';
import { migrateStore } from '../migrations/migrate-store.js';
import {
  claimToRow,
  documentToRow,
  originalToRow,
  rowToClaim,
  rowToDocument,
  rowToFigures,
  rowToOriginal,
  type StoreSchema,
} from '../rows.js';

const MEMORY = ':memory:';
/** Rows per INSERT: 19 columns each stays far below SQLite's limit on bound parameters. */
const CLAIMS_PER_INSERT = 200;

export class SqliteStore implements Store {
  private constructor(
    private readonly db: Kysely<StoreSchema>,
    private readonly sqlite: BetterSqlite3.Database,
  ) {}

  /** Opens (creating if needed) the database at `path` and applies any pending migrations. */
  static async open(path: string): Promise<SqliteStore> {
    if (path !== MEMORY) mkdirSync(dirname(path), { recursive: true });
    // The driver's timeout is SQLite's busy_timeout: wait up to 5 s for another process's write lock.
    const sqlite = new BetterSqlite3(path, { timeout: 5000 });
    const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
    try {
      sqlite.pragma('journal_mode = WAL'); // readers and the one writer do not block each other
      sqlite.pragma('foreign_keys = ON');
      // kysely runs SQLite migrations outside a transaction; IMMEDIATE takes the write lock first, so
      // a half-applied migration is rolled back and two processes opening a new file take turns.
      sqlite.exec('BEGIN IMMEDIATE');
      await migrateStore({ db, dialect: 'sqlite', location: path });
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      await db.destroy();
      if (sqlite.open) sqlite.close(); // kysely only closes a database it has started using
      throw error;
    }
    return new SqliteStore(db, sqlite);
  }

  async saveDocument(input: SaveDocumentInput): Promise<{ inserted: boolean }> {
    const { document, original, claims, figures } = input;
    const insertDocument = this.db
      .insertInto('documents')
      .values({
        ...documentToRow(document, figures),
        ingest_seq: sql<number>`(select coalesce(max(ingest_seq), 0) + 1 from documents)`,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .compile();
    const insertOriginal = this.db
      .insertInto('originals')
      .values(originalToRow(document.id, original))
      .compile();
    const claimRows = claims.map((claim, index) => claimToRow(document.id, index, claim));
    const insertClaims: CompiledQuery[] = [];
    for (let i = 0; i < claimRows.length; i += CLAIMS_PER_INSERT) {
      const rows = claimRows.slice(i, i + CLAIMS_PER_INSERT);
      insertClaims.push(this.db.insertInto('claims').values(rows).compile());
    }

    // The statements run in one synchronous better-sqlite3 transaction rather than kysely's async one:
    // nothing else in this process can interleave between BEGIN and COMMIT, so a second connection in
    // the same process never blocks the thread on a lock only this (now paused) transaction could free.
    // IMMEDIATE takes the write lock up front; a racing process waits (busy_timeout), then finds the
    // document present, its INSERT ... ON CONFLICT DO NOTHING changes no row, and nothing else runs.
    const save = this.sqlite.transaction((): boolean => {
      if (this.run(insertDocument) === 0) return false;
      this.run(insertOriginal);
      for (const query of insertClaims) this.run(query);
      return true;
    });
    return { inserted: save.immediate() };
  }

  async hasDocument(id: DocumentId): Promise<boolean> {
    const row = await this.db
      .selectFrom('documents')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  async getDocument(id: DocumentId): Promise<Document | null> {
    const row = await this.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : rowToDocument(row);
  }

  async getOriginal(id: DocumentId): Promise<Uint8Array | null> {
    const row = await this.db
      .selectFrom('originals')
      .select('bytes')
      .where('document_id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : rowToOriginal(row);
  }

  async getFigures(id: DocumentId): Promise<Figures | null> {
    const row = await this.db
      .selectFrom('documents')
      .select('figures_json')
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : rowToFigures(row);
  }

  async listDocuments(): Promise<Document[]> {
    const rows = await this.db.selectFrom('documents').selectAll().orderBy('ingest_seq').execute();
    return rows.map(rowToDocument);
  }

  async listClaims(filter: ClaimFilter = {}): Promise<StoredClaim[]> {
    let query = this.db
      .selectFrom('claims')
      .innerJoin('documents', 'documents.id', 'claims.document_id')
      .selectAll('claims');
    if (filter.documentId !== undefined) query = query.where('claims.document_id', '=', filter.documentId);
    if (filter.measure !== undefined) query = query.where('claims.measure', '=', filter.measure);
    if (filter.lang !== undefined) query = query.where('documents.lang', '=', filter.lang);
    const rows = await query.orderBy('documents.ingest_seq').orderBy('claims.claim_index').execute();
    return rows.map(rowToClaim);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Runs one compiled statement on the raw connection; returns how many rows it changed. */
  private run(query: CompiledQuery): number {
    return this.sqlite.prepare(query.sql).run(...query.parameters).changes;
  }
}
