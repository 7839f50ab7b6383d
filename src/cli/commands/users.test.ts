import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { newContext } from '../cli-context.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-cli-users-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** `tally --db <db> ...args` in this process, as the shell would run it. */
async function tally(db: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = newContext({ out: (t) => out.push(t), err: (t) => err.push(t), columns: 160 }, {});
  const code = await main(['node', 'tally', '--db', db, ...args], ctx);
  return { code, out, err };
}
const freshDb = () => join(dir, `cli-${++files}.db`);
const jsonLines = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('tally users', () => {
  it('adds a user, printing the secret once on stdout and storing only its hash', async () => {
    const db = freshDb();
    const added = await tally(db, 'users', 'add', 'Ana', '--role', 'editor');
    assert.equal(added.code, 0, added.err.join('\n'));
    assert.equal(added.out.length, 1);
    const secret = added.out[0]!;
    assert.match(secret, /^tly_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    assert.match(added.err.join('\n'), /ana \(editor\) added.*shown this once/s);
    const rows = new BetterSqlite3(db, { readonly: true });
    try {
      const stored = JSON.stringify(rows.prepare('select * from users').all()) + JSON.stringify(rows.prepare('select * from audit_log').all());
      assert.ok(!stored.includes(secret.slice(18)), 'the secret is stored in clear');
      assert.match(stored, /"name":"ana"/);
    } finally {
      rows.close();
    }
  });

  for (const [behaviour, args, code, message] of [
    ['refuses an unknown role as a usage error', ['users', 'add', 'bo', '--role', 'boss'], 2, /expected editor or admin/],
    ['refuses a name with spaces', ['users', 'add', 'a b', '--role', 'editor'], 2, /user\.invalid_name/],
    ['refuses to change a user that does not exist', ['users', 'role', 'nobody', 'admin'], 1, /user\.not_found/],
  ] as const) {
    it(behaviour, async () => {
      const run = await tally(freshDb(), ...args);
      assert.equal(run.code, code);
      assert.match(run.err.join('\n'), message);
    });
  }

  it('refuses a second user of the same name, whatever its case', async () => {
    const db = freshDb();
    await tally(db, 'users', 'add', 'ana', '--role', 'editor');
    const again = await tally(db, 'users', 'add', 'ANA', '--role', 'admin');
    assert.equal(again.code, 1);
    assert.match(again.err.join('\n'), /user\.name_taken/);
  });

  it('changes the role, disables, and lists users with their status', async () => {
    const db = freshDb();
    await tally(db, 'users', 'add', 'ana', '--role', 'editor');
    await tally(db, 'users', 'add', 'bo', '--role', 'editor');
    assert.deepEqual((await tally(db, 'users', 'role', 'ana', 'admin')).out, ['ana is now admin']);
    assert.equal((await tally(db, 'users', 'disable', 'bo')).code, 0);
    const listed = jsonLines((await tally(db, 'users', 'list', '--json')).out);
    assert.deepEqual(listed.map((u) => [u.name, u.role, u.disabledAt === null]), [['ana', 'admin', true], ['bo', 'editor', false]]);
    assert.equal((await tally(db, 'users', 'role', 'bo', 'admin')).code, 1, 'a disabled user cannot be changed');
  });
});

describe('tally audit', () => {
  it('lists every user change, newest first (--oldest: as written), filtered by action', async () => {
    const db = freshDb();
    await tally(db, 'users', 'add', 'ana', '--role', 'editor');
    await tally(db, 'users', 'role', 'ana', 'admin');
    await tally(db, 'users', 'secret', 'ana');
    const newest = jsonLines((await tally(db, 'audit', '--json')).out);
    assert.deepEqual(newest.map((e) => e.action), ['user.secret', 'user.role', 'user.add']);
    for (const entry of newest) {
      assert.match(String(entry.actor), /^cli:\S+$/);
      assert.equal(entry.target, 'user:ana');
    }
    assert.deepEqual(newest[1]!.before, { role: 'editor', disabledAt: null });
    assert.deepEqual(newest[1]!.after, { role: 'admin', disabledAt: null });
    const oldest = jsonLines((await tally(db, 'audit', '--json', '--oldest', '--limit', '2')).out);
    assert.deepEqual(oldest.map((e) => e.action), ['user.add', 'user.role']);
    assert.deepEqual(jsonLines((await tally(db, 'audit', '--json', '--action', 'user.role')).out).map((e) => e.action), ['user.role']);
    const table = await tally(db, 'audit');
    assert.match(table.out[0]!, /^seq +at +actor +action +target +change/);
  });

  it('refuses an unknown action and a limit that is not a positive whole number', async () => {
    assert.equal((await tally(freshDb(), 'audit', '--action', 'user.delete')).code, 2);
    assert.equal((await tally(freshDb(), 'audit', '--limit', '0')).code, 2);
  });
});

describe('tally documents delete', () => {
  it('deletes a document by id prefix and leaves its tombstone in the audit log', async () => {
    const db = freshDb();
    const { openApp } = await import('../../compose.js');
    const { loadConfig } = await import('../../config.js');
    const app = await openApp(loadConfig({}, { db }));
    const text = 'Llano Alto, June 1, 2025. At least 9 people were killed in Llano Alto, according to the Red Cross.';
    let id = '';
    for await (const r of app.ingestDocuments({ files: [{ source: 'llano.txt', size: text.length, read: async () => new TextEncoder().encode(text) }], actor: 'cli:test' })) id = r.id!;
    await app.close();
    const deleted = await tally(db, 'documents', 'delete', id.slice(7, 19), '--json');
    assert.equal(deleted.code, 0, deleted.err.join('\n'));
    const tombstone = JSON.parse(deleted.out[0]!) as Record<string, unknown>;
    assert.deepEqual([tombstone.id, tombstone.source, typeof tombstone.claims], [id, 'llano.txt', 'number']);
    assert.deepEqual(jsonLines((await tally(db, 'documents', '--json')).out), []);
    const [entry] = jsonLines((await tally(db, 'audit', '--json', '--action', 'document.delete')).out);
    assert.deepEqual(entry!.before, tombstone);
    assert.equal((await tally(db, 'documents', 'delete', id.slice(7, 19))).code, 1, 'a second deletion finds nothing');
  });
});
