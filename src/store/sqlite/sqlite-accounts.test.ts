import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { runAccountStoreContract } from '../account-store.contract.js';
import { enFlood } from '../store.fixtures.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-sqlite-accounts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

runAccountStoreContract('SQLite in memory', () => SqliteStore.open(':memory:'));

describe('the SQLite audit log', () => {
  for (const statement of ["UPDATE audit_log SET actor = 'cli:someone-else'", 'DELETE FROM audit_log']) {
    it(`refuses ${statement.split(' ')[0]} at the database, whoever runs it`, async () => {
      const path = join(dir, `${statement.split(' ')[0]}.db`);
      const store = await SqliteStore.open(path);
      await store.saveDocument({ ...enFlood, audit: { at: '2025-01-01T00:00:00Z', actor: 'cli:test', action: 'document.ingest', target: enFlood.document.id, before: null, after: null } });
      await store.close();
      const db = new BetterSqlite3(path);
      try {
        assert.throws(() => db.prepare(statement).run(), /audit_log is append-only/);
        assert.deepEqual(db.prepare('select actor from audit_log').all(), [{ actor: 'cli:test' }]);
      } finally {
        db.close();
      }
    });
  }
});
