/**
 * `tally ingest` killed with SIGKILL at seeded-random points of a large run — before its first batch
 * is stored, mid-run, and while it regroups events at the end — then run again to completion, leaves
 * the database exactly as one uninterrupted run does: the same documents, claims and events, nothing
 * twice, nothing missing, every original matching its id. SQLite always; PostgreSQL when
 * TALLY_TEST_POSTGRES_URL is set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { generateNews, seededRandom } from '../../bench/speed/generate-news.js';
import { inspectDatabase } from './inspect-database.js';
import { postgresDatabases, runTally, sqliteDatabases, startTally, type TestDatabases } from './run-tally.js';

const DOCUMENTS = 1500;
/** Lines repeated later in the feed: the same bytes must be stored once, even across a crash. */
const REPEATS = 40;
const SEED = 20_240_607;

/** Short news items (the generator's first ~400 characters), so thousands ingest in seconds. */
function writeFeed(path: string): number {
  const lines = [...generateNews(DOCUMENTS, SEED)].map((d, i) =>
    JSON.stringify({ ...d, text: `${d.text.slice(0, 400).trimEnd()} (item ${i})`, source: `feed-${i}` }));
  const repeated = lines.slice(0, REPEATS).map((line) => line.replace(/"source":"feed-/, '"source":"again-'));
  writeFileSync(path, `${[...lines, ...repeated].join('\n')}\n`);
  return lines.length;
}

/** Killed `delayMs` after the run has reported `afterLines` files more than were stored before it. */
type Kill = { label: string; afterLines: number | 'all'; delayMs: number };

/**
 * Where each run is killed, drawn from a seeded generator: the first run early (while it opens the
 * store or extracts its first batch), then at random points of what is left, and last after every file
 * is reported (while it regroups events).
 */
function killPlan(seed: number): Kill[] {
  const random = seededRandom(seed);
  const plan: Kill[] = [{ label: 'early', afterLines: 0, delayMs: 800 + Math.floor(random() * 1200) }];
  for (let i = 0; i < 3; i++) {
    plan.push({ label: `mid-run (${i + 1})`, afterLines: 1 + Math.floor(random() * 400), delayMs: Math.floor(random() * 300) });
  }
  plan.push({ label: 'while regrouping events', afterLines: 'all', delayMs: 50 + Math.floor(random() * 400) });
  return plan;
}

function crashSuite(tier: string, databases: () => TestDatabases): void {
  describe(`tally ingest killed with SIGKILL (${tier})`, () => {
    const work = mkdtempSync(join(tmpdir(), 'tally-crash-'));
    const dbs = databases();
    after(async () => {
      await dbs.dispose();
      rmSync(work, { recursive: true, force: true });
    });

    it('finishes on a re-run with what one uninterrupted run stores', { timeout: 240_000 }, async (t) => {
      const feed = join(work, 'feed.jsonl');
      const unique = writeFeed(feed);
      const args = ['ingest', '--json', '--jsonl', feed];
      const [crashed, reference] = await Promise.all([dbs.location('crashed'), dbs.location('reference')]);
      // The reference run shares the machine with the killed ones; it is awaited only at the end.
      const referenceRun = runTally(reference, args);

      const kills: string[] = [];
      let stored = 0;
      for (const kill of killPlan(SEED)) {
        const run = startTally(crashed, args);
        if (kill.afterLines === 'all') await run.waitForLines(unique + REPEATS);
        // A re-run first reports the files already stored (unchanged), then goes on where the last stopped.
        else if (kill.afterLines > 0) await run.waitForLines(stored + kill.afterLines);
        await new Promise((resolve) => setTimeout(resolve, kill.delayMs));
        run.child.kill('SIGKILL');
        const exit = await run.exited;
        const inspected = await inspectDatabase(crashed).catch(() => null); // the first kill may precede the schema
        const now = inspected?.documents.length ?? 0;
        kills.push(`${kill.label}: ${exit.signal ?? `exit ${exit.code}`}, ${now - stored} documents more`);
        stored = now;
        if (inspected) {
          // Killed mid-regroup, the grouping may lag behind the documents; nothing else may be wrong.
          assert.deepEqual(inspected.problems.filter((p) => !/event/.test(p)), [], kills.join('\n'));
        }
      }
      for (const kill of kills) t.diagnostic(kill);
      assert.ok(kills.some((k) => k.includes('SIGKILL')), `no run was killed:\n${kills.join('\n')}`);

      const finish = await runTally(crashed, args);
      assert.equal(finish.code, 0, finish.stderr);
      const ref = await referenceRun;
      assert.equal(ref.code, 0, ref.stderr);

      const [got, want] = await Promise.all([inspectDatabase(crashed), inspectDatabase(reference)]);
      const context = `kills:\n${kills.join('\n')}`;
      assert.deepEqual(got.problems, [], context);
      assert.deepEqual(want.problems, [], 'the uninterrupted run');
      assert.equal(got.documents.length, unique, context);
      assert.deepEqual(got.documents, want.documents, context);
      assert.deepEqual(got.claims, want.claims, context);
      assert.deepEqual(got.events, want.events, `events regrouped after the crashes; ${context}`);
      assert.deepEqual(got.claimEvents, want.claimEvents, context);
    });
  });
}

crashSuite('SQLite', () => sqliteDatabases(mkdtempSync(join(tmpdir(), 'tally-crash-db-'))));

const postgresUrl = process.env['TALLY_TEST_POSTGRES_URL'];
if (postgresUrl === undefined || postgresUrl === '') {
  it('tally ingest killed with SIGKILL (PostgreSQL)', { skip: 'TALLY_TEST_POSTGRES_URL is not set: PostgreSQL tier skipped' }, () => {});
} else {
  crashSuite('PostgreSQL', () => postgresDatabases(postgresUrl, 'tally_crash'));
}
