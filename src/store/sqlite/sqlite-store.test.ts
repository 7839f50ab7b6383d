import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../../domain/errors.js';
import { runEventStoreContract } from '../event-store.contract.js';
import { storeMigrations } from '../migrations/store-migrations.js';
import { runStoreContract } from '../store.contract.js';
import { ALL_FIXTURES, enFlood, esQuake } from '../store.fixtures.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-sqlite-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = (): string => join(dir, `store-${++files}.db`);

runStoreContract('SQLite in memory', () => SqliteStore.open(':memory:'));
runStoreContract('SQLite file', () => SqliteStore.open(freshFile()));
runEventStoreContract('SQLite in memory', () => SqliteStore.open(':memory:'));

/** Reads the database directly, beside the store, as another tool (or a newer Tally) would. */
function withRawDatabase<T>(path: string, use: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const appliedMigrations = (path: string): unknown[] =>
  withRawDatabase(path, (db) =>
    db.prepare('select name, timestamp from kysely_migration order by name').all(),
  );

describe('SqliteStore on a file', () => {
  it('keeps the data across reopening and does not run migrations again', async () => {
    const path = freshFile();
    const first = await SqliteStore.open(path);
    await first.saveDocument(enFlood);
    await first.close();
    const migrations = appliedMigrations(path);
    assert.equal(migrations.length, Object.keys(storeMigrations('sqlite')).length);

    const second = await SqliteStore.open(path);
    try {
      assert.deepEqual(await second.getDocument(enFlood.document.id), enFlood.document);
      await second.saveDocument(esQuake);
      assert.deepEqual(await second.listDocuments(), [enFlood.document, esQuake.document]);
    } finally {
      await second.close();
    }
    assert.deepEqual(appliedMigrations(path), migrations);
  });

  it('refuses a database migrated by a newer Tally, naming the file', async () => {
    const path = freshFile();
    await (await SqliteStore.open(path)).close();
    withRawDatabase(path, (db) =>
      db
        .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
        .run('9000-from-a-newer-tally', new Date(0).toISOString()),
    );
    await assert.rejects(SqliteStore.open(path), (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'store.schema_newer');
      assert.match(error.message, /9000-from-a-newer-tally/);
      assert.ok(error.message.includes(path));
      return true;
    });
  });

  it('creates missing parent directories', async () => {
    const path = join(dir, 'not', 'yet', 'there', 'tally.db');
    await (await SqliteStore.open(path)).close();
    assert.equal(existsSync(path), true);
  });

  it('uses write-ahead logging so readers do not wait for the writer', async () => {
    const path = freshFile();
    await (await SqliteStore.open(path)).close();
    assert.equal(withRawDatabase(path, (db) => db.pragma('journal_mode', { simple: true })), 'wal');
  });

  it('stores a document once when two stores on one file save it at the same time', async () => {
    const path = freshFile();
    const [a, b] = [await SqliteStore.open(path), await SqliteStore.open(path)];
    try {
      const results = await Promise.all([a.saveDocument(enFlood), b.saveDocument(enFlood)]);
      assert.deepEqual(results.map((r) => r.inserted).sort(), [false, true]);
      assert.deepEqual(await b.listDocuments(), [enFlood.document]);
      assert.equal((await a.listClaims()).length, enFlood.claims.length);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('stores each document once when two processes open a new file and save the same documents', async () => {
    const path = freshFile();
    const results = await Promise.all([saveAllInChildProcess(path), saveAllInChildProcess(path)]);
    assert.deepEqual(
      ALL_FIXTURES.map((_, i) => results.filter((inserted) => inserted[i] === true).length),
      ALL_FIXTURES.map(() => 1),
    );
    const store = await SqliteStore.open(path);
    try {
      assert.equal((await store.listDocuments()).length, ALL_FIXTURES.length);
      for (const input of ALL_FIXTURES) {
        assert.equal((await store.listClaims({ documentId: input.document.id })).length, input.claims.length);
        assert.deepEqual(await store.getOriginal(input.document.id), input.original);
      }
    } finally {
      await store.close();
    }
  });
});

const childScript = `
import { SqliteStore } from ${JSON.stringify(new URL('./sqlite-store.ts', import.meta.url).href)};
import { ALL_FIXTURES } from ${JSON.stringify(new URL('../store.fixtures.ts', import.meta.url).href)};
const store = await SqliteStore.open(process.env.STORE_PATH);
process.stdout.write('ready\\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const inserted = [];
for (const input of ALL_FIXTURES) inserted.push((await store.saveDocument(input)).inserted);
await store.close();
process.stdout.write(JSON.stringify(inserted) + '\\n');
process.stdin.destroy();
`;

/** Both children open the file at once, then wait for "go" so their saves overlap. */
const readyChildren: (() => void)[] = [];
function saveAllInChildProcess(path: string): Promise<boolean[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childScript], {
      env: { ...process.env, STORE_PATH: path },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (chunk.includes('ready')) {
        readyChildren.push(() => child.stdin.write('go\n'));
        if (readyChildren.length === 2) readyChildren.splice(0).forEach((go) => go());
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`child exited with ${code}: ${out}`));
      resolve(JSON.parse(out.split('\n').filter(Boolean).at(-1) ?? 'null') as boolean[]);
    });
  });
}
