/**
 * The Store port on a PostgreSQL database, through kysely's PostgresDialect over node-postgres.
 * Several processes may write to one database at once: every save is one transaction whose first
 * statement is INSERT … ON CONFLICT DO NOTHING on the document id, so a racing writer waits on the
 * primary key, then inserts nothing and writes no claim — a document and its claims are stored once.
 */
import { Kysely, PostgresDialect, sql, type Insertable, type Transaction } from 'kysely';
import pg from 'pg';
import type {
  DocumentHints, EventStore, SaveDocumentInput, Store, TextMatch, TextSearchStore,
} from '../../app/ports.js';
import type { DocumentId } from '../../domain/document.js';
import type { FramingMention } from '../../domain/event.js';
import { DomainError } from '../../domain/errors.js';
import { KyselyAccounts, type TransactionStep } from '../kysely-accounts.js';
import { migrateStore } from '../migrations/migrate-store.js';
import { bumpGeneration, type ReplaceEventsInput } from '../event-dossier-reads.js';
import { chunks, flatMap, map } from '../iterate-rows.js';
import {
  claimEventToRow,
  claimToRow,
  documentToRow,
  eventToRow,
  framingToRow,
  originalToRow,
  type StoreSchema,
} from '../rows.js';

/** Rows per INSERT: 18 columns each stays far below PostgreSQL's 65,535 bound parameters. */
const ROWS_PER_INSERT = 500;
/** Bytes of text or original content per INSERT, about: a batch of long documents is several INSERTs. */
const BYTES_PER_INSERT = 16 * 1024 * 1024;

export type PostgresStoreOptions = {
  /** Keep the tables in this schema (created if missing) instead of the user's default one. */
  schema?: string;
  /** Connections in the pool; the default suits one CLI process. */
  maxConnections?: number;
};

export class PostgresStore extends KyselyAccounts implements Store, EventStore, TextSearchStore {
  private constructor(db: Kysely<StoreSchema>) {
    super(db);
  }

  /** Connects to `url` (postgres://user:password@host/database) and applies any pending migrations. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const { schema } = options;
    if (schema !== undefined) {
      await createSchema(url, schema).catch((error: unknown) => { throw unavailable(redactUrl(url), error); });
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 4,
      // Every pooled connection resolves unqualified table names in the store's schema.
      ...(schema === undefined ? {} : { options: `-c search_path=${quoteIdentifier(schema)}` }),
    });
    const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
    const location = redactUrl(url);
    try {
      const current = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
        .catch((error: unknown) => { throw unavailable(location, error); });
      // kysely's Migrator serialises concurrent openers with an advisory lock and tolerates racing
      // CREATE TABLE IF NOT EXISTS, so two processes opening a new database take turns.
      const own = current.rows[0]?.schema ?? 'public';
      // kysely's Migrator introspects every schema of the database; another store's schema dropped at
      // that moment fails it with "schema ... does not exist" (3F000). That is not about this store, so
      // it tries again.
      for (let attempt = 1; ; attempt++) {
        try {
          await migrateStore({ db, dialect: 'postgres', location, schema: own });
          break;
        } catch (error) {
          if (attempt >= 5 || !isOtherSchemaGone(error, own)) throw error;
        }
      }
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new PostgresStore(db);
  }

  async saveDocument(input: SaveDocumentInput): Promise<{ inserted: boolean }> {
    const [result] = await this.saveDocuments([input]);
    return result ?? { inserted: false };
  }

  /**
   * Saves several documents in one transaction; each result says whether that document was new. A
   * batch is a handful of statements whatever its size (documents, originals, claims, framing words,
   * audit entries: one multi-row INSERT each, split only by size), not four per document: on loopback
   * the round trips were most of the time PostgreSQL ingest took.
   */
  async saveDocuments(inputs: readonly SaveDocumentInput[]): Promise<{ inserted: boolean }[]> {
    // Rows are locked in document id order, the same in every writer: two batches sharing documents
    // then wait for each other instead of deadlocking (each holding one id the other needs next). A
    // multi-row INSERT takes its rows in the order given.
    const order = inputs.map((_, i) => i).sort((a, b) => compareIds(inputs[a]!, inputs[b]!));
    return this.db.transaction().execute(async (trx) => {
      // Ingest order is still the input order: the sequence numbers are drawn first, in that order.
      const seqs = await sql<{ seq: number }>`select nextval(pg_get_serial_sequence('documents', 'ingest_seq'))::int as seq
        from generate_series(1, ${inputs.length})`.execute(trx);
      const ascending = seqs.rows.map((r) => r.seq).sort((a, b) => a - b);
      const stored = new Set<string>();
      const documentRows = order.map((i) => ({ ...documentToRow(inputs[i]!.document, inputs[i]!.figures, inputs[i]!.hints), ingest_seq: ascending[i]! }));
      for (const rows of chunks(documentRows, ROWS_PER_INSERT, { maxBytes: BYTES_PER_INSERT, bytesOf: (row) => row.text.length + (row.title?.length ?? 0) })) {
        // ON CONFLICT DO NOTHING: a document another writer stored (or stores first) is not returned.
        const returned = await trx.insertInto('documents').values(rows).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
        for (const { id } of returned) stored.add(id);
      }
      // A document given twice is new once, at its first place in id order; the rest follow it.
      const results: { inserted: boolean }[] = new Array(inputs.length);
      const fresh: SaveDocumentInput[] = [];
      for (const i of order) {
        results[i] = { inserted: stored.delete(inputs[i]!.document.id) };
        if (results[i]!.inserted) fresh.push(inputs[i]!);
      }
      const originals = fresh.map(({ document, original }) => originalToRow(document.id, original));
      for (const rows of chunks(originals, ROWS_PER_INSERT, { maxBytes: BYTES_PER_INSERT, bytesOf: (row) => row.bytes.byteLength })) {
        await trx.insertInto('originals').values(rows).execute();
      }
      await insertChunked(trx, 'claims', fresh.flatMap(({ document, claims }) => claims.map((claim, index) => claimToRow(document.id, index, claim))));
      await insertChunked(trx, 'framing_mentions', fresh.flatMap(({ document, framing }) => (framing ?? []).map((m, i) => framingToRow(document.id, i, m))));
      const audits = fresh.flatMap(({ audit }) => (audit === undefined ? [] : [audit]));
      for (const entries of chunks(audits, ROWS_PER_INSERT)) await trx.executeQuery(this.auditInserts(entries));
      return results;
    });
  }

  async replaceEvents(input: ReplaceEventsInput): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // Regrouping replaces the whole grouping; a concurrent regroup waits here rather than interleaving.
      await sql`lock table events in exclusive mode`.execute(trx);
      await trx.deleteFrom('event_summaries').execute();
      await trx.deleteFrom('event_claims').execute();
      await trx.deleteFrom('event_documents').execute();
      await trx.deleteFrom('events').execute();
      // Rows are made from the input a chunk at a time as they are written, never all held at once.
      for (const rows of chunks(map(input.events, (event, position) => eventToRow(event, position)), ROWS_PER_INSERT)) {
        await insertChunked(trx, 'events', rows);
      }
      for (const rows of chunks(flatMap(input.events, (event) =>
        event.documents.map((documentId) => ({ event_id: event.id, document_id: documentId }))), ROWS_PER_INSERT)) {
        await insertChunked(trx, 'event_documents', rows);
      }
      for (const rows of chunks(map(input.claimEvents, claimEventToRow), ROWS_PER_INSERT)) await insertChunked(trx, 'event_claims', rows);
      for (const rows of chunks(map(input.summaries ?? [], (s) => ({ event_id: s.eventId, summary_json: JSON.stringify(s.summary) })), ROWS_PER_INSERT)) {
        await insertChunked(trx, 'event_summaries', rows);
      }
      await trx.executeQuery(bumpGeneration(this.db));
    });
  }

  async saveFraming(documentId: DocumentId, mentions: readonly FramingMention[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('framing_mentions').where('document_id', '=', documentId).execute();
      await insertChunked(trx, 'framing_mentions', mentions.map((m, i) => framingToRow(documentId, i, m)));
      await trx.executeQuery(bumpGeneration(this.db));
    });
  }

  async saveDocumentHints(documentId: DocumentId, hints: DocumentHints, framing: readonly FramingMention[]): Promise<void> {
    await this.db.updateTable('documents').set({ hints_json: JSON.stringify(hints) }).where('id', '=', documentId).execute();
    await this.saveFraming(documentId, framing);
  }

  protected async transact(steps: readonly TransactionStep[]): Promise<boolean> {
    const undo = new Error('a required change did not happen');
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const step of steps) {
          const result = await trx.executeQuery(step.query);
          if (step.mustChange && Number(result.numAffectedRows ?? 0n) === 0) throw undo;
        }
      });
      return true;
    } catch (error) {
      if (error === undo) return false;
      throw error;
    }
  }

  async searchTexts(words: readonly string[]): Promise<TextMatch[]> {
    if (words.length === 0) return [];
    // Every word as a prefix, all required; stemmed by english and by spanish (and not at all), so
    // each document matches through its own language's configuration. Words are quoted lexemes.
    const terms = words.map((w) => `'${w.replaceAll('\\', '').replaceAll("'", "''")}':*`).join(' & ');
    const query = sql`(to_tsquery('english', ${terms}) || to_tsquery('spanish', ${terms}) || to_tsquery('simple', ${terms}))`;
    const documents = await sql<{ id: DocumentId; rank: number }>`
      select id, ts_rank(tally_document_vector(lang, title, text), ${query}) as rank from documents
      where tally_document_vector(lang, title, text) @@ ${query}`.execute(this.db);
    const claims = await sql<{ document_id: DocumentId; claim_index: number; rank: number }>`
      select document_id, claim_index, ts_rank(tally_claim_vector(quote, claimant), ${query}) as rank from claims
      where tally_claim_vector(quote, claimant) @@ ${query}`.execute(this.db);
    const found = [
      ...documents.rows.map((r) => ({ documentId: r.id, claimIndex: null, rank: r.rank })),
      ...claims.rows.map((r) => ({ documentId: r.document_id, claimIndex: r.claim_index, rank: r.rank })),
    ];
    return found.sort((a, b) => b.rank - a.rank).map(({ documentId, claimIndex }) => ({ documentId, claimIndex }));
  }
}

async function insertChunked<T extends keyof StoreSchema>(
  trx: Transaction<StoreSchema>,
  table: T,
  rows: readonly Insertable<StoreSchema[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    // kysely cannot relate a generic table name to its row type; the parameter's type checks the rows.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await trx.insertInto(table).values(rows.slice(i, i + ROWS_PER_INSERT) as any).execute();
  }
}

function compareIds(a: SaveDocumentInput, b: SaveDocumentInput): number {
  const [x, y] = [a.document.id, b.document.id];
  return x < y ? -1 : x > y ? 1 : 0;
}

async function createSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema if not exists ${quoteIdentifier(schema)}`);
  } catch (error) {
    // Two openers racing to create the same schema: one wins, the other sees it already there.
    if ((error as { code?: string }).code !== '23505') throw error;
  } finally {
    await client.end();
  }
}

/** The first contact failed: the server is down, refused the login, or has no such database. */
function unavailable(location: string, error: unknown): DomainError {
  const reason = error instanceof Error ? error.message || (error as { code?: string }).code : String(error);
  return new DomainError('store.unavailable', `${location}: cannot open the PostgreSQL database (${reason})`, { cause: error });
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A database URL may carry a password; never echo it. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

function isOtherSchemaGone(error: unknown, own: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '3F000' && typeof message === 'string' && !message.includes(`"${own}"`);
}
