/** The Store port on one SQLite file (or ':memory:'), through kysely over better-sqlite3. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import type { DocumentHints, EventStore, SaveDocumentInput, Store, TextMatch, TextSearchStore } from '../../app/ports.js';
import type { FramingMention } from '../../domain/event.js';
import type { DocumentId } from '../../domain/document.js';
import { KyselyAccounts, type TransactionStep } from '../kysely-accounts.js';
import { migrateStore } from '../migrations/migrate-store.js';
import { bumpGeneration, type ReplaceEventsInput } from '../event-dossier-reads.js';
import { flatMap, map } from '../iterate-rows.js';
import { insertRows } from './insert-rows.js';
import { prepareDocumentSave, type SaveDocumentRows } from './prepare-document-save.js';
import {
  claimEventToRow,
  eventToRow,
  framingToRow,
  type StoreSchema,
} from '../rows.js';

const MEMORY = ':memory:';
/** Page cache while a grouping is replaced, in KiB when negative (SQLite's convention): 64 MB. */
const REPLACE_CACHE_SIZE = -65_536;

export class SqliteStore extends KyselyAccounts implements Store, EventStore, TextSearchStore {
  /** Prepared on first use and kept for the connection's life (prepare-document-save.ts says why). */
  private saveRows: SaveDocumentRows | null = null;
  private findDocument: BetterSqlite3.Statement | null = null;

  private constructor(
    db: Kysely<StoreSchema>,
    private readonly sqlite: BetterSqlite3.Database,
  ) {
    super(db);
  }

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
    const [result] = await this.saveDocuments([input]);
    return result ?? { inserted: false };
  }

  async saveDocuments(inputs: readonly SaveDocumentInput[]): Promise<{ inserted: boolean }[]> {
    this.saveRows ??= prepareDocumentSave(this.sqlite);
    const saveRows = this.saveRows;
    // The statements run in one synchronous better-sqlite3 transaction rather than kysely's async one:
    // nothing else in this process can interleave between BEGIN and COMMIT, so a second connection in
    // the same process never blocks the thread on a lock only this (now paused) transaction could free.
    // IMMEDIATE takes the write lock up front; a racing process waits (busy_timeout), then finds the
    // document present, its INSERT ... ON CONFLICT DO NOTHING changes no row, and nothing else runs.
    return this.sqlite.transaction(() => inputs.map((input) => ({ inserted: saveRows(input) }))).immediate();
  }

  /** Asked once per file by ingest: one prepared statement, not a kysely query compiled each time. */
  override async hasDocument(id: DocumentId): Promise<boolean> {
    this.findDocument ??= this.sqlite.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    return this.findDocument.get(id) !== undefined;
  }

  async replaceEvents(input: ReplaceEventsInput): Promise<void> {
    const deletes = (['event_summaries', 'event_claims', 'event_documents', 'events'] as const)
      .map((table) => this.db.deleteFrom(table).compile());
    const bump = bumpGeneration(this.db);
    // About a million index entries at 100,000 documents, keyed by random document ids: with SQLite's
    // default 2 MB page cache the write spends most of its time re-reading index pages (38 s against
    // 28 s with this cache, for 800,000 claim rows). Restored after, so other work keeps the default.
    const cacheSize = this.sqlite.pragma('cache_size', { simple: true }) as number;
    this.sqlite.pragma(`cache_size = ${REPLACE_CACHE_SIZE}`);
    // Rows are made from the input as they are written (insert-rows.ts), never all held at once.
    try {
      this.writeGrouping(input, deletes, bump);
    } finally {
      this.sqlite.pragma(`cache_size = ${cacheSize}`);
    }
  }

  private writeGrouping(input: ReplaceEventsInput, deletes: readonly CompiledQuery[], bump: CompiledQuery): void {
    this.sqlite.transaction(() => {
      for (const q of deletes) this.run(q);
      insertRows(this.sqlite, 'events', map(input.events, (event, position) => eventToRow(event, position)));
      insertRows(this.sqlite, 'event_documents', flatMap(input.events, (event) =>
        event.documents.map((documentId) => ({ event_id: event.id, document_id: documentId }))));
      insertRows(this.sqlite, 'event_claims', map(input.claimEvents, claimEventToRow));
      insertRows(this.sqlite, 'event_summaries', map(input.summaries ?? [], (s) => ({ event_id: s.eventId, summary_json: JSON.stringify(s.summary) })));
      this.run(bump);
    }).immediate();
  }

  async saveFraming(documentId: DocumentId, mentions: readonly FramingMention[]): Promise<void> {
    const queries = [this.db.deleteFrom('framing_mentions').where('document_id', '=', documentId).compile()];
    mentions.forEach((m, i) => queries.push(this.db.insertInto('framing_mentions').values(framingToRow(documentId, i, m)).compile()));
    queries.push(bumpGeneration(this.db));
    this.sqlite.transaction(() => { for (const q of queries) this.run(q); }).immediate();
  }

  async saveDocumentHints(documentId: DocumentId, hints: DocumentHints, framing: readonly FramingMention[]): Promise<void> {
    const setHints = this.db.updateTable('documents').set({ hints_json: JSON.stringify(hints) }).where('id', '=', documentId).compile();
    this.sqlite.transaction(() => { this.run(setHints); }).immediate();
    await this.saveFraming(documentId, framing);
  }

  async searchTexts(words: readonly string[]): Promise<TextMatch[]> {
    if (words.length === 0) return [];
    // Each word quoted (FTS5 syntax in it is text) and matched as a prefix; all words must match.
    const query = words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
    const rows = this.sqlite
      .prepare('SELECT document_id, claim_index FROM search_texts WHERE search_texts MATCH ? ORDER BY rank')
      .all(query) as Array<{ document_id: DocumentId; claim_index: number | null }>;
    return rows.map((r) => ({ documentId: r.document_id, claimIndex: r.claim_index }));
  }

  protected async transact(steps: readonly TransactionStep[]): Promise<boolean> {
    const undo = new Error('a required change did not happen');
    try {
      this.sqlite.transaction(() => {
        for (const step of steps) if (this.run(step.query) === 0 && step.mustChange) throw undo;
      }).immediate();
      return true;
    } catch (error) {
      if (error === undo) return false;
      throw error;
    }
  }

  /** Runs one compiled statement on the raw connection; returns how many rows it changed. */
  private run(query: CompiledQuery): number {
    return this.sqlite.prepare(query.sql).run(...query.parameters).changes;
  }
}
