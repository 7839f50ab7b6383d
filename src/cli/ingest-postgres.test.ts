/**
 * Several `tally ingest` processes against one PostgreSQL database give exactly one process's result:
 * no document or claim twice, none lost. Needs TALLY_TEST_POSTGRES_URL; skipped, saying so, without it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import pg from 'pg';

const url = process.env['TALLY_TEST_POSTGRES_URL'];
const BIN = new URL('../../bin/tally', import.meta.url).pathname;
/** More than the extraction pool's warm-up (32), so workers and batched writes are exercised too. */
const FILES = 36;
const PLACES = ['Valdeluna', 'Morvania', 'Puerto Alba', 'Santa Irene', 'Costaverde'];

type Run = { code: number; stdout: string; stderr: string };

function tally(args: string[], db: string, cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, '--db', db, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '' }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/** The stored documents and claims, without the ingest time (the only thing two runs may differ in). */
async function contents(db: string, cwd: string): Promise<unknown> {
  const [documents, claims] = await Promise.all([tally(['documents', '--json'], db, cwd), tally(['claims', '--json'], db, cwd)]);
  const lines = (run: Run): Record<string, unknown>[] =>
    run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  const sorted = (rows: Record<string, unknown>[]): string[] =>
    rows.map(({ ingestedAt: _, ...rest }) => JSON.stringify(rest)).sort();
  return { documents: sorted(lines(documents)), claims: sorted(lines(claims)) };
}

if (url === undefined || url === '') {
  it('two tally ingest processes on one PostgreSQL database', { skip: 'TALLY_TEST_POSTGRES_URL is not set: PostgreSQL tier skipped' }, () => {});
} else {
  const work = mkdtempSync(join(tmpdir(), 'tally-ingest-pg-'));
  const prefix = `tally_cli_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  after(async () => {
    rmSync(work, { recursive: true, force: true });
    for (const s of ['two', 'one']) await admin.query(`drop schema if exists ${prefix}_${s} cascade`);
    await admin.end();
  });
  /** The same server and database, with the store's tables in a schema of their own. */
  const inSchema = (name: string): string => {
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${prefix}_${name}`);
    return u.href;
  };

  it('two tally ingest processes on the same files store what one process stores', { timeout: 180_000 }, async () => {
    await admin.connect();
    for (const s of ['two', 'one']) await admin.query(`create schema ${prefix}_${s}`);
    for (let i = 0; i < FILES; i++) {
      const place = PLACES[i % PLACES.length]!;
      const text = i % 2 === 0
        ? `At least ${i + 3} people were killed and ${i * 7 + 1} injured in ${place} on Monday, the ministry said.`
        : `Al menos ${i + 2} personas murieron y ${i * 5 + 4} resultaron heridas en ${place}, según la Cruz Roja.`;
      writeFileSync(join(work, `report-${String(i).padStart(3, '0')}.txt`), `${text}\n`);
    }
    const [a, b] = await Promise.all([tally(['ingest', '.'], inSchema('two'), work), tally(['ingest', '.'], inSchema('two'), work)]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const single = await tally(['ingest', '.'], inSchema('one'), work);
    assert.equal(single.code, 0, single.stderr);

    const counted = (run: Run): number[] => (/(\d+) ingested, (\d+) unchanged/.exec(run.stderr) ?? []).slice(1).map(Number);
    const [ia = 0, ua = 0] = counted(a);
    const [ib = 0, ub = 0] = counted(b);
    assert.equal(ia + ib, FILES, 'each file ingested by exactly one of the two processes');
    assert.equal(ua + ub, FILES, 'and found already stored by the other');
    const together = await contents(inSchema('two'), work);
    assert.deepEqual(together, await contents(inSchema('one'), work));
    assert.equal((together as { documents: string[] }).documents.length, FILES);
  });
}
