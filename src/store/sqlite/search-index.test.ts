import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { SaveDocumentInput } from '../../app/ports.js';
import { storeMigrationProvider } from '../migrations/store-migrations.js';
import { claimToRow, documentToRow } from '../rows.js';
import { ALL_FIXTURES, enFlood, esQuake } from '../store.fixtures.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-search-index-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = (): string => join(dir, `store-${++files}.db`);

/** Word lists as search-texts.ts sends them: English, Spanish, a prefix, two words, nothing found. */
const QUERIES: readonly (readonly string[])[] = [['people'], ['killed'], ['injur'], ['muertos'], ['heridos', 'sismo'], ['river', 'killed'], ['zzzz']];

/** A file left at migration 0008, written as Tally wrote it then: rows inserted, the index filled by triggers. */
async function storeBeforeMigration0009(path: string, inputs: readonly SaveDocumentInput[]): Promise<void> {
  const sqlite = new BetterSqlite3(path);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error } = await new Migrator({ db, provider: storeMigrationProvider('sqlite') }).migrateTo('0008-event-documents-by-document');
  if (error !== undefined) throw error;
  const insert = (table: string, row: object): void => {
    const columns = Object.keys(row);
    sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(Object.values(row));
  };
  inputs.forEach(({ document, claims, figures }, i) => {
    insert('documents', { ...documentToRow(document, figures), ingest_seq: i + 1 });
    claims.forEach((claim, index) => {
      // Claims had no unit before migration 0010.
      const { unit: _unit, ...row } = claimToRow(document.id, index, claim);
      insert('claims', row);
    });
  });
  await db.destroy();
}

const searchAll = async (store: SqliteStore) => Promise.all(QUERIES.map((words) => store.searchTexts(words)));

describe('the SQLite full-text index', () => {
  it('answers a store upgraded from before migration 0009 exactly as a new store, for old and new documents', async () => {
    const [old, added] = [ALL_FIXTURES.slice(0, 2), ALL_FIXTURES.slice(2)];
    const upgradedPath = freshFile();
    await storeBeforeMigration0009(upgradedPath, old);
    const upgraded = await SqliteStore.open(upgradedPath);
    const fresh = await SqliteStore.open(':memory:');
    try {
      await upgraded.saveDocuments(added);
      await fresh.saveDocuments(ALL_FIXTURES);
      const answers = await searchAll(upgraded);
      assert.deepEqual(answers, await searchAll(fresh));
      const found = new Set(answers.flat().map((m) => m.documentId));
      assert.ok(old.some((i) => found.has(i.document.id)) && added.some((i) => found.has(i.document.id)), 'old and new documents are found');
    } finally {
      await upgraded.close();
      await fresh.close();
    }
  });

  it('finds a document and its claims, one row per claim, until the document is deleted', async () => {
    const store = await SqliteStore.open(':memory:');
    try {
      await store.saveDocuments([enFlood, esQuake]);
      const matches = await store.searchTexts(['killed']);
      const ofFlood = matches.filter((m) => m.documentId === enFlood.document.id);
      const claimsSaying = enFlood.claims.flatMap((c, i) => (/killed/i.test(`${c.quote}\n${c.claimant ?? ''}`) ? [i] : []));
      assert.deepEqual(ofFlood.filter((m) => m.claimIndex !== null).map((m) => m.claimIndex).sort(), claimsSaying);
      assert.equal(ofFlood.filter((m) => m.claimIndex === null).length, 1);

      assert.equal(await store.deleteDocument(enFlood.document.id, { at: '2026-01-01T00:00:00.000Z', actor: 'cli:test', action: 'document.delete', target: enFlood.document.id, before: null, after: null }), true);
      const left = await store.searchTexts(['killed']);
      assert.deepEqual(left.filter((m) => m.documentId === enFlood.document.id), []);
      assert.deepEqual(left, matches.filter((m) => m.documentId !== enFlood.document.id));
    } finally {
      await store.close();
    }
  });

  it('writes a batch to the index once, at commit, not a segment per document or claim', async () => {
    const path = freshFile();
    const store = await SqliteStore.open(path);
    await store.saveDocuments(ALL_FIXTURES);
    await store.close();
    // FTS5 keeps its segments in search_texts_data under rowids of (segment id << 37) + page; rowids
    // 1 and 10 are its averages and structure records. One transaction should flush one segment.
    const segments = new BetterSqlite3(path, { readonly: true })
      .prepare('SELECT count(DISTINCT id >> 37) FROM search_texts_data WHERE id >> 37 > 0').pluck().get();
    assert.equal(segments, 1);
  });
});
