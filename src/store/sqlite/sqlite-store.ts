/** The Store port on one SQLite file (or ':memory:'), through kysely over better-sqlite3. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import type { DocumentHints, EventStore, SaveDocumentInput, Store, TextMatch, TextSearchStore } from '../../app/ports.js';
import type { FramingMention } from '../../domain/event.js';
import type { DocumentId } from '../../domain/document.js';
import { KyselyAccounts, type TransactionStep } from '../kysely-accounts.js';
import { migrateStore } from '../migrations/migrate-store.js';
import { bumpGeneration, type ReplaceEventsInput } from '../event-dossier-reads.js';
import {
  claimEventToRow,
  claimToRow,
  documentToRow,
  originalToRow,
  eventToRow,
  framingToRow,
  type StoreSchema,
} from '../rows.js';

const MEMORY = ':memory:';
/** Rows per INSERT: 19 columns each stays far below SQLite's limit on bound parameters. */
const CLAIMS_PER_INSERT = 200;

export class SqliteStore extends KyselyAccounts implements Store, EventStore, TextSearchStore {
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
    const compiled = inputs.map((input) => this.compileSave(input));
    // The statements run in one synchronous better-sqlite3 transaction rather than kysely's async one:
    // nothing else in this process can interleave between BEGIN and COMMIT, so a second connection in
    // the same process never blocks the thread on a lock only this (now paused) transaction could free.
    // IMMEDIATE takes the write lock up front; a racing process waits (busy_timeout), then finds the
    // document present, its INSERT ... ON CONFLICT DO NOTHING changes no row, and nothing else runs.
    const save = this.sqlite.transaction(() => compiled.map(({ insertDocument, rest }) => {
      if (this.run(insertDocument) === 0) return { inserted: false };
      for (const query of rest) this.run(query);
      return { inserted: true };
    }));
    return save.immediate();
  }

  private compileSave(input: SaveDocumentInput): { insertDocument: CompiledQuery; rest: CompiledQuery[] } {
    const { document, original, claims, figures } = input;
    const insertDocument = this.db
      .insertInto('documents')
      .values({
        ...documentToRow(document, figures, input.hints),
        ingest_seq: sql<number>`(select coalesce(max(ingest_seq), 0) + 1 from documents)`,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .compile();
    const rest = [this.db.insertInto('originals').values(originalToRow(document.id, original)).compile()];
    if (input.audit !== undefined) rest.push(this.auditInsert(input.audit));
    const claimRows = claims.map((claim, index) => claimToRow(document.id, index, claim));
    for (let i = 0; i < claimRows.length; i += CLAIMS_PER_INSERT) {
      rest.push(this.db.insertInto('claims').values(claimRows.slice(i, i + CLAIMS_PER_INSERT)).compile());
    }
    (input.framing ?? []).forEach((m, i) => rest.push(this.db.insertInto('framing_mentions').values(framingToRow(document.id, i, m)).compile()));
    return { insertDocument, rest };
  }

  async replaceEvents(input: ReplaceEventsInput): Promise<void> {
    const queries: CompiledQuery[] = [
      this.db.deleteFrom('event_summaries').compile(),
      this.db.deleteFrom('event_claims').compile(),
      this.db.deleteFrom('event_documents').compile(),
      this.db.deleteFrom('events').compile(),
    ];
    input.events.forEach((event, position) => {
      queries.push(this.db.insertInto('events').values(eventToRow(event, position)).compile());
      for (const documentId of event.documents) {
        queries.push(this.db.insertInto('event_documents').values({ event_id: event.id, document_id: documentId }).compile());
      }
    });
    for (const c of input.claimEvents) queries.push(this.db.insertInto('event_claims').values(claimEventToRow(c)).compile());
    for (const s of input.summaries ?? []) {
      queries.push(this.db.insertInto('event_summaries').values({ event_id: s.eventId, summary_json: JSON.stringify(s.summary) }).compile());
    }
    queries.push(bumpGeneration(this.db));
    this.sqlite.transaction(() => { for (const q of queries) this.run(q); }).immediate();
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
