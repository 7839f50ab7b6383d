/**
 * Evidence integrity on both stores: the database refuses to rewrite an original, and `verifyOriginals`
 * finds bytes changed behind Tally's back (the trigger dropped by hand) and originals gone missing.
 * The PostgreSQL half runs when TALLY_TEST_POSTGRES_URL is set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { Store } from '../../app/ports.js';
import { verifyOriginals, type VerifyResult } from '../../app/verify-originals.js';
import { PostgresStore } from '../postgres/postgres-store.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import { ALL_FIXTURES, enFlood, esQuake } from '../store.fixtures.js';
import { ORIGINALS_IMMUTABLE_MESSAGE } from './0006-originals-immutable.js';

/** A store plus a raw connection to the same database, standing for someone editing it outside Tally. */
type Subject = { store: Store; raw: (query: string, params?: unknown[]) => Promise<void>; close: () => Promise<void> };

const dir = mkdtempSync(join(tmpdir(), 'tally-verify-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

async function openSqlite(): Promise<Subject> {
  const path = join(dir, `store-${++files}.db`);
  const store = await SqliteStore.open(path);
  const raw = new BetterSqlite3(path);
  return {
    store,
    raw: async (query, params = []) => void raw.prepare(query).run(...params),
    close: async () => { raw.close(); await store.close(); },
  };
}

const url = process.env['TALLY_TEST_POSTGRES_URL'];
const schemaPrefix = `tally_verify_${process.pid}_${Date.now().toString(36)}`;
let schemas = 0;

async function openPostgres(): Promise<Subject> {
  const schema = `${schemaPrefix}_${++schemas}`;
  const store = await PostgresStore.open(url!, { schema });
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  return {
    store,
    raw: async (query, params = []) => void await client.query(query.replace(/\?/g, (_, i: number) => `$${query.slice(0, i).split('?').length}`), params),
    close: async () => {
      await client.query(`drop schema "${schema}" cascade`);
      await client.end();
      await store.close();
    },
  };
}

const collect = async (store: Store, pageSize?: number): Promise<VerifyResult[]> => {
  const results: VerifyResult[] = [];
  for await (const r of verifyOriginals(pageSize === undefined ? {} : { pageSize }, { store })) results.push(r);
  return results;
};
const problems = (results: VerifyResult[]) => results.filter((r) => r.status !== 'verified').map((r) => [r.documentId, r.status]);

const tiers: [string, () => Promise<Subject>, string | false][] = [
  ['SQLite', openSqlite, false],
  ['PostgreSQL', openPostgres, url ? false : 'TALLY_TEST_POSTGRES_URL is not set: PostgreSQL tier skipped'],
];

for (const [name, open, skip] of tiers) {
  describe(`originals on ${name}`, { skip }, () => {
    async function withStore(use: (s: Subject) => Promise<void>): Promise<void> {
      const subject = await open();
      try {
        await subject.store.saveDocuments(ALL_FIXTURES);
        await use(subject);
      } finally {
        await subject.close();
      }
    }

    it('verifies every original of an untouched store, whatever the page size', () => withStore(async ({ store }) => {
      const ids = ALL_FIXTURES.map((f) => f.document.id).sort();
      for (const pageSize of [1, 2, ALL_FIXTURES.length, 100]) {
        const results = await collect(store, pageSize);
        assert.deepEqual(results.map((r) => r.documentId), ids, `page size ${pageSize}`);
        assert.deepEqual(problems(results), [], `page size ${pageSize}`);
      }
    }));

    it('refuses to rewrite an original in place', () => withStore(async ({ raw, store }) => {
      await assert.rejects(raw('UPDATE originals SET bytes = ? WHERE document_id = ?', [Buffer.from('forged'), enFlood.document.id]),
        (error: Error) => error.message.includes(ORIGINALS_IMMUTABLE_MESSAGE));
      assert.deepEqual(await store.getOriginal(enFlood.document.id), enFlood.original);
    }));

    it('reports an original changed behind its back, and only that one', () => withStore(async ({ raw, store }) => {
      await raw('DROP TRIGGER originals_immutable' + (name === 'PostgreSQL' ? ' ON originals' : ''));
      const altered = Buffer.from(enFlood.original);
      altered[0] = altered[0]! ^ 1; // one bit of one byte
      await raw('UPDATE originals SET bytes = ? WHERE document_id = ?', [altered, enFlood.document.id]);
      const results = await collect(store, 2);
      assert.deepEqual(problems(results), [[enFlood.document.id, 'mismatch']]);
      const mismatch = results.find((r) => r.status === 'mismatch');
      assert.equal(mismatch?.status === 'mismatch' && mismatch.error.code, 'original.mismatch');
    }));

    it('reports a document whose original is gone', () => withStore(async ({ raw, store }) => {
      await raw('DELETE FROM originals WHERE document_id = ?', [esQuake.document.id]);
      const results = await collect(store, 2);
      assert.deepEqual(problems(results), [[esQuake.document.id, 'missing']]);
      assert.equal(results.length, ALL_FIXTURES.length);
    }));
  });
}
