/** `tally verify` as a user runs it: silent success on an untouched store, one line per problem and exit 1 otherwise. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { newContext } from '../cli-context.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-verify-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function tally(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'tally', ...args], newContext({ out: (t) => out.push(t), err: (t) => err.push(t), columns: 100 }, {}));
  return { code, out, err };
}

async function storeWithTwoDocuments(name: string): Promise<{ db: string; ids: string[] }> {
  const db = join(dir, `${name}.db`);
  const files = [['flood.txt', 'At least 37 people were killed in the flood, the Red Cross said.'], ['quake.txt', 'Twelve people were injured in the quake.']];
  for (const [file, text] of files) writeFileSync(join(dir, `${name}-${file}`), text!);
  const ingested = await tally(['--db', db, 'ingest', '--json', ...files.map(([file]) => join(dir, `${name}-${file}`))]);
  assert.equal(ingested.code, 0, ingested.err.join('\n'));
  return { db, ids: ingested.out.map((line) => (JSON.parse(line) as { id: string }).id) };
}

describe('tally verify', () => {
  it('verifies an untouched store: exit 0 and a summary', async () => {
    const { db } = await storeWithTwoDocuments('clean');
    const run = await tally(['--db', db, 'verify']);
    assert.equal(run.code, 0);
    assert.deepEqual(run.err, ['2 originals checked: 2 verified, 0 problems']);
  });

  it('reports an altered original and a missing one, one line each with its code, and exits 1', async () => {
    const { db, ids } = await storeWithTwoDocuments('tampered');
    const raw = new BetterSqlite3(db);
    raw.exec('DROP TRIGGER originals_immutable'); // what someone editing the file behind Tally's back could do
    raw.prepare('UPDATE originals SET bytes = ? WHERE document_id = ?').run(Buffer.from('At least 3 people were killed.'), ids[0]);
    raw.prepare('DELETE FROM originals WHERE document_id = ?').run(ids[1]);
    raw.close();

    const run = await tally(['--db', db, 'verify']);
    assert.equal(run.code, 1);
    const problems = run.err.filter((line) => line.startsWith('tally: '));
    assert.equal(problems.length, 2);
    assert.ok(problems.some((l) => l.startsWith(`tally: ${ids[0]} (`) && l.includes('flood.txt') && l.endsWith('[original.mismatch]')), problems.join('\n'));
    assert.ok(problems.some((l) => l.startsWith(`tally: ${ids[1]} (`) && l.endsWith('[original.missing]')), problems.join('\n'));
    assert.equal(run.err.at(-1), '2 originals checked: 0 verified, 2 problems');

    const json = await tally(['--db', db, 'verify', '--json']);
    assert.equal(json.code, 1);
    const lines = json.out.map((l) => JSON.parse(l) as { id: string; status: string; error?: { code: string } });
    assert.deepEqual(lines.map((l) => [l.id, l.status, l.error?.code]).sort(), [
      [ids[0], 'mismatch', 'original.mismatch'],
      [ids[1], 'missing', 'original.missing'],
    ].sort());
  });
});
