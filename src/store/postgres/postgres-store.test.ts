/**
 * The PostgreSQL tier: the store contract and concurrent writers against a real server. It needs
 * TALLY_TEST_POSTGRES_URL (postgres://user:password@127.0.0.1/database, a database the tests may
 * create schemas in); without it the tier is skipped, saying so. Each store gets a schema of its own.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { DomainError } from '../../domain/errors.js';
import { runEventStoreContract } from '../event-store.contract.js';
import { runStoreContract } from '../store.contract.js';
import type { SaveDocumentInput } from '../../app/ports.js';
import { ALL_FIXTURES, enFlood, esNoticeLatin1, esQuake, frReportPdf } from '../store.fixtures.js';
import { PostgresStore } from './postgres-store.js';

// The one place this tier reads the environment: which server to test against is not app configuration.
const url = process.env['TALLY_TEST_POSTGRES_URL'];
const SKIP_POSTGRES = url ? false : 'TALLY_TEST_POSTGRES_URL is not set: PostgreSQL tier skipped';

const prefix = `tally_test_${process.pid}_${Date.now().toString(36)}`;
let schemas = 0;
const freshSchema = (): string => `${prefix}_${++schemas}`;

describe('PostgresStore without a server', () => {
  it('says which server it could not reach, without the password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await assert.rejects(PostgresStore.open('postgres://ana:s3cret@127.0.0.1:1/tally'), (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'store.unavailable');
      assert.match(error.message, /^postgres:\/\/ana:\*\*\*@127\.0\.0\.1:1\/tally: /);
      assert.equal(error.message.includes('s3cret'), false);
      return true;
    });
  });
});

if (url === undefined || url === '') {
  it('PostgreSQL store', { skip: SKIP_POSTGRES as string }, () => {});
} else {
  const openFresh = (): Promise<PostgresStore> => PostgresStore.open(url, { schema: freshSchema() });
  after(() => dropSchemas(url));

  runStoreContract('PostgreSQL', openFresh);
  runEventStoreContract('PostgreSQL', openFresh);

  describe('PostgresStore', () => {
    describe('searches texts by every word as a prefix, folding case and accents', () => {
      const saved = [enFlood, esQuake, esNoticeLatin1, frReportPdf];
      const documentsMatching = (words: string[]) => async (store: PostgresStore): Promise<string[]> =>
        [...new Set((await store.searchTexts(words)).filter((m) => m.claimIndex === null).map((m) => m.documentId))].sort();
      const cases: [string, string[], SaveDocumentInput[]][] = [
        ['a title word, any case', ['halden'], [enFlood]],
        ['a word by its beginning', ['valdel'], [esQuake]],
        ['a word written without its accent', ['neque'], [esNoticeLatin1]],
        ['only where every word is', ['flash', 'halden'], [enFlood]],
        ['nothing for an absent word', ['earthquake'], []],
        ['a document in a language without a pack', ['rapport'], [frReportPdf]],
      ];
      for (const [behaviour, words, expected] of cases) {
        it(`finds ${behaviour}`, async () => {
          const store = await openFresh();
          try {
            await store.saveDocuments(saved);
            assert.deepEqual(await documentsMatching(words)(store), expected.map((i) => i.document.id).sort());
          } finally {
            await store.close();
          }
        });
      }

      it('finds claims by their sentence and claimant', async () => {
        const store = await openFresh();
        try {
          await store.saveDocuments(saved);
          const claims = (await store.searchTexts(['cruz', 'verde'])).filter((m) => m.claimIndex !== null);
          assert.ok(claims.length > 0);
          const stored = await store.listClaims({ documentId: esQuake.document.id });
          for (const m of claims) {
            const claim = stored.find((c) => c.claimIndex === m.claimIndex && c.documentId === m.documentId);
            assert.match(`${claim?.quote} ${claim?.claimant}`, /Cruz Verde/);
          }
        } finally {
          await store.close();
        }
      });
    });

    it('keeps the data across reopening and does not run migrations again', async () => {
      const schema = freshSchema();
      const first = await PostgresStore.open(url, { schema });
      await first.saveDocument(enFlood);
      await first.close();
      const second = await PostgresStore.open(url, { schema });
      try {
        await second.saveDocument(esQuake);
        assert.deepEqual(await second.listDocuments(), [enFlood.document, esQuake.document]);
      } finally {
        await second.close();
      }
    });

    it('refuses a schema migrated by a newer Tally, without echoing the password', async () => {
      const schema = freshSchema();
      await (await PostgresStore.open(url, { schema })).close();
      await withClient(url, (c) => c.query(
        `insert into "${schema}".kysely_migration (name, timestamp) values ('9000-from-a-newer-tally', '1970-01-01')`));
      await assert.rejects(PostgresStore.open(url, { schema }), (error: unknown) => {
        assert.ok(error instanceof DomainError);
        assert.equal(error.code, 'store.schema_newer');
        assert.match(error.message, /9000-from-a-newer-tally/);
        const password = new URL(url).password;
        if (password !== '') assert.equal(error.message.includes(`:${password}@`), false);
        return true;
      });
    });

    it('saves a batch larger than one INSERT holds: every document, original, claim and framing word once, in order', async () => {
      const store = await openFresh();
      try {
        // 1,201 documents (three INSERTs of documents), each with enFlood's claims and framing, so
        // claims and framing words run to several INSERTs too; one document is given twice.
        const many = Array.from({ length: 1201 }, (_, n): SaveDocumentInput => {
          const id = `sha256:${n.toString(16).padStart(64, '0')}` as SaveDocumentInput['document']['id'];
          return { ...enFlood, document: { ...enFlood.document, id, sha256: id.slice(7), title: `Bulletin ${n}` } };
        });
        const results = await store.saveDocuments([...many, many[7]!]);
        assert.deepEqual(results.map((r) => r.inserted), [...many.map(() => true), false]);
        const documents = await store.listDocuments();
        assert.deepEqual(documents.map((d) => d.title), many.map((d) => d.document.title));
        assert.deepEqual(await store.getOriginal(many[1200]!.document.id), enFlood.original);
        const claims = await store.listClaims({ documentId: many[1200]!.document.id });
        assert.equal(claims.length, enFlood.claims.length);
        assert.equal((await store.listClaims()).length, many.length * enFlood.claims.length);
      } finally {
        await store.close();
      }
    });

    it('saves overlapping batches given in opposite orders at once without a deadlock, each document once', async () => {
      const schema = freshSchema();
      const [a, b] = [await PostgresStore.open(url, { schema }), await PostgresStore.open(url, { schema })] as const;
      try {
        const forward = [...ALL_FIXTURES];
        const backward = [...ALL_FIXTURES].reverse();
        const [x, y] = await Promise.all([a.saveDocuments(forward), b.saveDocuments(backward)]);
        const insertedOnce = forward.map((f, i) =>
          [x[i]?.inserted, y[backward.indexOf(f)]?.inserted].filter((v) => v === true).length);
        assert.deepEqual(insertedOnce, forward.map(() => 1));
        assert.equal((await a.listDocuments()).length, ALL_FIXTURES.length);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('stores each document and its claims once when several stores save the same documents at once', async () => {
      const schema = freshSchema();
      const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url, { schema })));
      try {
        const results = await Promise.all(stores.map((s) => Promise.all(ALL_FIXTURES.map((f) => s.saveDocument(f)))));
        assert.deepEqual(
          ALL_FIXTURES.map((_, i) => results.filter((r) => r[i]?.inserted === true).length),
          ALL_FIXTURES.map(() => 1),
        );
        const [store] = stores as [PostgresStore];
        assert.equal((await store.listDocuments()).length, ALL_FIXTURES.length);
        assert.equal((await store.listClaims()).length, ALL_FIXTURES.reduce((n, f) => n + f.claims.length, 0));
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });
}

async function withClient<T>(connectionString: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function dropSchemas(connectionString: string): Promise<void> {
  await withClient(connectionString, async (client) => {
    const found = await client.query<{ name: string }>(
      'select schema_name as name from information_schema.schemata where schema_name like $1', [`${prefix}%`]);
    for (const { name } of found.rows) await client.query(`drop schema "${name}" cascade`);
  });
}
