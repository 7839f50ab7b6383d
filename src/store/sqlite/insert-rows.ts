/**
 * Bulk inserts on the raw better-sqlite3 connection: rows are taken from an iterable a chunk at a time
 * and written with one prepared multi-row INSERT per chunk, reused for every full chunk. A regroup
 * writes about a million rows at 100,000 documents; compiling one kysely query per row first cost
 * minutes and gigabytes, and this holds one chunk.
 */
import type BetterSqlite3 from 'better-sqlite3';

/** Rows per statement: at most 9 columns each stays far below SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 200;

/** Inserts every row (all with the keys of the first, in its order) into `table`; returns the count. */
export function insertRows(sqlite: BetterSqlite3.Database, table: string, rows: Iterable<Record<string, unknown>>): number {
  let columns: string[] | null = null;
  let full: BetterSqlite3.Statement | null = null;
  let chunk: unknown[] = [];
  let inChunk = 0;
  let count = 0;
  const statement = (n: number) => sqlite.prepare(
    `INSERT INTO ${quote(table)} (${columns!.map(quote).join(', ')}) VALUES ${Array(n).fill(`(${columns!.map(() => '?').join(', ')})`).join(', ')}`,
  );
  for (const row of rows) {
    columns ??= Object.keys(row);
    for (const column of columns) chunk.push(row[column]);
    count++;
    if (++inChunk === ROWS_PER_INSERT) {
      full ??= statement(ROWS_PER_INSERT);
      full.run(chunk);
      chunk = [];
      inChunk = 0;
    }
  }
  if (inChunk > 0) statement(inChunk).run(chunk);
  return count;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
