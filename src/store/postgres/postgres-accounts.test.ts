/** The PostgreSQL tier of the account store contract and the append-only audit log (TALLY_TEST_POSTGRES_URL). */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { runAccountStoreContract } from '../account-store.contract.js';
import { enFlood } from '../store.fixtures.js';
import { PostgresStore } from './postgres-store.js';

const url = process.env['TALLY_TEST_POSTGRES_URL'];
const prefix = `tally_acct_${process.pid}_${Date.now().toString(36)}`;
let schemas = 0;

if (url === undefined || url === '') {
  it('PostgreSQL account store', { skip: 'TALLY_TEST_POSTGRES_URL is not set: PostgreSQL tier skipped' }, () => {});
} else {
  const freshSchema = (): string => `${prefix}_${++schemas}`;
  after(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const found = await client.query<{ name: string }>('select schema_name as name from information_schema.schemata where schema_name like $1', [`${prefix}%`]);
      for (const { name } of found.rows) await client.query(`drop schema "${name}" cascade`);
    } finally {
      await client.end();
    }
  });

  runAccountStoreContract('PostgreSQL', () => PostgresStore.open(url, { schema: freshSchema() }));

  describe('the PostgreSQL audit log', () => {
    for (const statement of ["UPDATE audit_log SET actor = 'cli:someone-else'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
      it(`refuses ${statement.split(' ')[0]} at the database, whoever runs it`, async () => {
        const schema = freshSchema();
        const store = await PostgresStore.open(url, { schema });
        await store.saveDocument({ ...enFlood, audit: { at: '2025-01-01T00:00:00Z', actor: 'cli:test', action: 'document.ingest', target: enFlood.document.id, before: null, after: null } });
        await store.close();
        const client = new pg.Client({ connectionString: url, options: `-c search_path="${schema}"` });
        await client.connect();
        try {
          await assert.rejects(client.query(statement), /audit_log is append-only/);
          assert.deepEqual((await client.query('select actor from audit_log')).rows, [{ actor: 'cli:test' }]);
        } finally {
          await client.end();
        }
      });
    }
  });
}
