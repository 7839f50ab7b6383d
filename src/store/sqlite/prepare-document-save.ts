/**
 * Storing one document on SQLite (its row, original bytes, audit entry, claims and framing words) with
 * statements prepared once per connection and reused for every document. Ingest runs these same few
 * INSERTs 100,000 times a run: compiling a kysely query and preparing it anew for each row cost about as
 * much as SQLite's own work (full-text index included), all of it on the thread that feeds the workers.
 * The full-text index is written here too, so a batch reaches FTS5's pages once, when it commits.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SaveDocumentInput } from '../../app/ports.js';
import { auditToRow } from '../account-rows.js';
import { claimToRow, documentToRow, framingToRow, originalToRow } from '../rows.js';

/** Saves one document inside the caller's transaction; false (and nothing written) when its id is stored. */
export type SaveDocumentRows = (input: SaveDocumentInput) => boolean;

/**
 * SQLite has no sequence for a column that is not the rowid, so the ingest order is max + 1, drawn
 * inside the write transaction (writers are serialised there) — as migration 0001 explains.
 */
const NEXT_INGEST_SEQ = '(select coalesce(max(ingest_seq), 0) + 1 from documents)';

export function prepareDocumentSave(sqlite: BetterSqlite3.Database): SaveDocumentRows {
  const statements = new Map<string, BetterSqlite3.Statement>();
  /** One INSERT per table and column list (the row mappers always give the same keys, in one order). */
  const insert = (table: string, row: object, tail: { column: string; expression: string } | null = null): number => {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (statement === undefined) {
      const names = tail === null ? columns : [...columns, tail.column];
      const values = columns.map(() => '?');
      if (tail !== null) values.push(tail.expression);
      // The document goes first: ON CONFLICT DO NOTHING changes no row when another writer stored it.
      const onConflict = table === 'documents' ? ' ON CONFLICT ("id") DO NOTHING' : '';
      statement = sqlite.prepare(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${values.join(', ')})${onConflict}`);
      statements.set(key, statement);
    }
    return statement.run(Object.values(row)).changes;
  };

  // The full-text rows are written here, not by triggers (migration 0009 says why), with the bodies
  // the triggers of migration 0003 made and in their order: the document, then its claims.
  const search = sqlite.prepare('INSERT INTO search_texts (body, kind, document_id, claim_index) VALUES (?, ?, ?, ?)');
  return (input) => {
    const { document, original, claims, figures } = input;
    const row = documentToRow(document, figures, input.hints);
    if (insert('documents', row, { column: 'ingest_seq', expression: NEXT_INGEST_SEQ }) === 0) return false;
    // The order is the one the kysely statements ran in before, so rowids (and the search index) match.
    insert('originals', originalToRow(document.id, original));
    if (input.audit !== undefined) insert('audit_log', auditToRow(input.audit));
    const claimRows = claims.map((claim, index) => claimToRow(document.id, index, claim));
    for (const claimRow of claimRows) insert('claims', claimRow);
    (input.framing ?? []).forEach((mention, index) => insert('framing_mentions', framingToRow(document.id, index, mention)));
    search.run(`${row.title ?? ''}\n${row.text}`, 'document', row.id, null);
    for (const c of claimRows) search.run(`${c.quote}\n${c.claimant ?? ''}`, 'claim', c.document_id, c.claim_index);
    return true;
  };
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;
