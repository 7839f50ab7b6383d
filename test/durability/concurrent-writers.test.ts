/**
 * Two `tally ingest` processes over overlapping feeds and a `tally serve` taking uploads (the same
 * files in two requests at once), all on one database at the same time, store exactly what one process
 * ingesting the union stores: each document once, all its claims, events regrouped over all of them.
 * SQLite (three processes on one file: busy waits, never a lost write); PostgreSQL when
 * TALLY_TEST_POSTGRES_URL is set.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { generateNews } from '../../bench/speed/generate-news.js';
import { inspectDatabase } from './inspect-database.js';
import {
  editorToken, postgresDatabases, runTally, sqliteDatabases, startServer, stopServer, type TestDatabases,
} from './run-tally.js';

const SEED = 77;
/** Documents 0–399 go to the feeds (A: 0–259, B: 140–399), 400–429 are uploaded. */
const FEED_A = [0, 260] as const;
const FEED_B = [140, 400] as const;
const UPLOADS = [400, 430] as const;
/** Upload requests of this many files; each batch of files is sent twice, at once. */
const FILES_PER_REQUEST = 10;

type UploadedFile = { source: string; status: string; id: string | null };

function writeInputs(dir: string): { feedA: string; feedB: string; union: string; uploads: string } {
  const docs = [...generateNews(UPLOADS[1], SEED)].map((d, i) => ({ ...d, text: `${d.text.slice(0, 400).trimEnd()} (item ${i})` }));
  const line = (i: number): string => JSON.stringify({ ...docs[i]!, source: `feed-${i}` });
  const range = ([from, to]: readonly [number, number]): number[] => Array.from({ length: to - from }, (_, k) => from + k);
  const feed = (name: string, indexes: number[]): string => {
    const path = join(dir, name);
    writeFileSync(path, `${indexes.map(line).join('\n')}\n`);
    return path;
  };
  const uploads = join(dir, 'uploads');
  mkdirSync(uploads);
  for (const i of range(UPLOADS)) writeFileSync(join(uploads, `upload-${i}.txt`), docs[i]!.text);
  return { feedA: feed('a.jsonl', range(FEED_A)), feedB: feed('b.jsonl', range(FEED_B)), union: feed('union.jsonl', range([0, FEED_B[1]])), uploads };
}

async function upload(url: string, token: string | null, dir: string, names: readonly string[]): Promise<UploadedFile[]> {
  const form = new FormData();
  for (const name of names) form.append('files', new Blob([readFileSync(join(dir, name))], { type: 'text/plain' }), name);
  const response = await fetch(`${url}/api/upload`, {
    method: 'POST', body: form, ...(token === null ? {} : { headers: { authorization: `Bearer ${token}` } }),
  });
  const body = await response.text();
  assert.equal(response.status, 200, body);
  return (JSON.parse(body) as { files: UploadedFile[] }).files;
}

function writersSuite(tier: string, databases: () => TestDatabases): void {
  describe(`concurrent writers on one database (${tier})`, () => {
    const work = mkdtempSync(join(tmpdir(), 'tally-writers-'));
    const dbs = databases();
    after(async () => {
      await dbs.dispose();
      rmSync(work, { recursive: true, force: true });
    });

    it('two ingests and uploads at once store the union, each document once', { timeout: 240_000 }, async () => {
      const inputs = writeInputs(work);
      const [shared, reference] = await Promise.all([dbs.location('shared'), dbs.location('reference')]);
      const token = await editorToken(shared);
      const server = await startServer(shared);
      try {
        const names = Array.from({ length: UPLOADS[1] - UPLOADS[0] }, (_, k) => `upload-${UPLOADS[0] + k}.txt`);
        const batches = Array.from({ length: Math.ceil(names.length / FILES_PER_REQUEST) },
          (_, b) => names.slice(b * FILES_PER_REQUEST, (b + 1) * FILES_PER_REQUEST));
        const [a, b, ...uploaded] = await Promise.all([
          runTally(shared, ['ingest', '--jsonl', inputs.feedA]),
          runTally(shared, ['ingest', '--jsonl', inputs.feedB]),
          ...batches.flatMap((batch) => [upload(server.url, token, inputs.uploads, batch), upload(server.url, token, inputs.uploads, batch)]),
        ]);
        assert.equal(a.code, 0, a.stderr);
        assert.equal(b.code, 0, b.stderr);
        const results = uploaded.flat();
        assert.deepEqual(results.filter((r) => r.status !== 'ingested' && r.status !== 'unchanged'), []);
        const ingestedOnce = results.filter((r) => r.status === 'ingested').map((r) => r.source).sort();
        assert.deepEqual(ingestedOnce, [...names].sort(), 'each uploaded file ingested by exactly one of its two requests');
      } catch (error) {
        const { stderr } = await stopServer(server);
        throw new Error(`${String(error)}\nserver stderr:\n${stderr}`, { cause: error });
      }
      await stopServer(server);

      const one = await runTally(reference, ['ingest', '--jsonl', inputs.union, inputs.uploads]);
      assert.equal(one.code, 0, one.stderr);
      const [got, want] = await Promise.all([inspectDatabase(shared), inspectDatabase(reference)]);
      assert.deepEqual(got.problems, []);
      assert.equal(got.documents.length, UPLOADS[1]);
      assert.deepEqual(got.documents, want.documents);
      assert.deepEqual(got.claims, want.claims);
      assert.deepEqual(got.events, want.events, 'the last regroup covers every writer\'s documents');
      assert.deepEqual(got.claimEvents, want.claimEvents);
    });
  });
}

writersSuite('SQLite', () => sqliteDatabases(mkdtempSync(join(tmpdir(), 'tally-writers-db-'))));

const postgresUrl = process.env['TALLY_TEST_POSTGRES_URL'];
if (postgresUrl === undefined || postgresUrl === '') {
  it('concurrent writers on one database (PostgreSQL)', { skip: 'TALLY_TEST_POSTGRES_URL is not set: PostgreSQL tier skipped' }, () => {});
} else {
  writersSuite('PostgreSQL', () => postgresDatabases(postgresUrl, 'tally_writers'));
}
