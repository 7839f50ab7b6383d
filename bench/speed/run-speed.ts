/**
 * `npm run bench:speed [-- --docs N] [--sample M]`: how fast Tally is, measured side by side in one run
 * on generated news (generate-news.ts) and written to bench/README.md ("Speed: last run").
 *   1. extraction alone, one thread and on the worker pool (MB/s, documents/s)
 *   2. the same text through compromise + compromise-numbers, and a bare regex digit scan
 *   3. ingest of N documents from a JSONL file into SQLite (and PostgreSQL with TALLY_TEST_POSTGRES_URL),
 *      as `tally ingest --jsonl` does it, with 5. RSS sampled along the way (peak and slope)
 *   4. the event dossier API under 50 concurrent connections, when src/http exists
 * `--only regroup` times the regroup after a run at 1,000, 10,000 and --docs documents (regroup-speed.ts);
 * `--only ingest` runs section 3 (and 5) alone, `--only dossier` section 4; both print, README untouched.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import nlp from 'compromise';
import numbers from 'compromise-numbers';
import { extractDocument } from '../../src/app/extract-document.js';
import { createExtractionPool, type ExtractionPool } from '../../src/app/extraction-pool.js';
import { groupEvents } from '../../src/app/group-events.js';
import { ingestDocuments } from '../../src/app/ingest-documents.js';
import type { EventStore, Store } from '../../src/app/ports.js';
import { readJsonl } from '../../src/cli/read-jsonl.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runDossierLoad } from './dossier-load.js';
import { runRegroupSpeed } from './regroup-speed.js';
import { generateNews } from './generate-news.js';
import { fixed, mb, slope, timed } from './measure.js';

nlp.extend(numbers);

const { values } = parseArgs({ options: { docs: { type: 'string' }, sample: { type: 'string' }, only: { type: 'string' } } });
/** `--only extraction`: sections 0 to 2, replacing only their lines in the README's last run. */
const ONLY_EXTRACTION = values.only === 'extraction';
const DOCS = Number(values.docs ?? 100_000);
const SAMPLE = Number(values.sample ?? 2_000);
const MAX_BYTES = 50 * 1024 * 1024;
const BATCH = 64; // as compose.ts
const postgresUrl = process.env['TALLY_TEST_POSTGRES_URL'];
const work = mkdtempSync(join(tmpdir(), 'tally-bench-speed-'));
const report: string[] = [];
const say = (line = ''): void => {
  report.push(line);
  console.log(line);
};

// `--only regroup`: regrouping at 1,000, 10,000 and --docs documents (regroup-speed.ts), printed,
// bench/README.md left as it is (its "Regrouping" part is written by hand from these lines).
if (values.only === 'regroup') {
  const sizes = [1_000, 10_000, Number(values.docs ?? 10_000)].filter((n, i, all) => all.indexOf(n) === i).sort((a, b) => a - b);
  for (const line of await runRegroupSpeed({ work, maxBytes: MAX_BYTES, sizes })) console.log(line);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// `--only ingest`: section 3 (with 5, RSS) alone at --docs documents, printed, bench/README.md left as it is.
if (values.only === 'ingest') {
  const jsonl = join(work, 'news.jsonl');
  const written = await timed(() => writeJsonl(jsonl, DOCS));
  console.log(`3+5. Ingest of ${DOCS} documents from JSONL (${fixed(written.value / 1e6, 1)} MB, generated in ${fixed(written.seconds)} s), pool + batches of ${BATCH}:`);
  await ingestAll(jsonl, (line) => console.log(line));
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// `--only dossier`: section 4 alone, printed, bench/README.md left as it is.
if (values.only === 'dossier') {
  for (const line of await runDossierLoad({ work, maxBytes: MAX_BYTES, claims: 10_000 })) console.log(line);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const cores = availableParallelism();
say(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores available, ${fixed(totalmem() / 1024 ** 3)} GB RAM; Node ${process.version} on ${process.platform}`);
say(ONLY_EXTRACTION
  ? `Command: npm run bench:speed -- --only extraction --sample ${SAMPLE}`
  : `Command: npm run bench:speed -- --docs ${DOCS} --sample ${SAMPLE}${postgresUrl ? ' (TALLY_TEST_POSTGRES_URL set)' : ''}`);
say(`Date: ${new Date().toISOString().slice(0, 10)}`);
const parallel = await cpuScaling();
say(`0. Parallelism actually available: a CPU-bound loop runs ${fixed(parallel, 2)}x faster on ${cores} threads than on one` +
  ` (the ceiling for any worker pool on this machine)`);
say();

// 1 and 2: the same sample through each reader.
const sample = [...generateNews(SAMPLE, 7)].map((d) => ({ ...d, bytes: new TextEncoder().encode(d.text) }));
const sampleMb = sample.reduce((n, d) => n + d.bytes.byteLength, 0) / 1e6;
say(`1-2. Extraction on ${SAMPLE} generated documents (${fixed(sampleMb, 2)} MB, ${fixed((sampleMb * 1e6) / SAMPLE / 1000, 1)} KB average):`);
// Each reader first reads 500 documents untimed (JIT, packs compiled, ICU and eld loaded), and each
// worker of the pool as many, so all are measured in the steady state a long ingest runs in, not on
// their start-up (with 50 per worker the pool measured 1.01x one thread; in steady state it is 1.5x).
const WARM = sample.slice(0, 500);
for (const d of WARM) await extractDocument({ source: 'news.txt', bytes: d.bytes }, { maxBytes: MAX_BYTES });
for (const d of WARM) void nlp(d.text).numbers().get();
const single = await timed(async () => {
  let claims = 0;
  for (const d of sample) claims += (await extractDocument({ source: 'news.txt', bytes: d.bytes }, { maxBytes: MAX_BYTES })).claims.length;
  return claims;
});
const pool = createExtractionPool({ maxBytes: MAX_BYTES, warmUp: 0 });
await untilReady(pool);
// Each worker compiles the packs on its first documents, as this thread already did above: warm them up.
for (let i = 0; i < pool.size; i++) await Promise.all(WARM.map((d) => pool.extract({ source: 'news.txt', bytes: d.bytes })));
const pooled = await timed(async () => {
  const outputs = await Promise.all(sample.map((d) => pool.extract({ source: 'news.txt', bytes: d.bytes })));
  return outputs.reduce((n, o) => n + o.claims.length, 0);
});
await pool.close();
const diy = await timed(async () => {
  let found = 0;
  for (const d of sample) found += (nlp(d.text).numbers().get() as unknown[]).length;
  return found;
});
const digits = await timed(async () => {
  let found = 0;
  for (const d of sample) found += d.text.match(/\d[\d.,]*/g)?.length ?? 0;
  return found;
});
const rate = (seconds: number): string => `${fixed(sampleMb / seconds, 2)} MB/s, ${fixed(SAMPLE / seconds, 0)} docs/s`;
say(`   Tally, one thread:            ${rate(single.seconds)} (${single.value} claims)`);
say(`   Tally, pool of ${pool.size} workers:      ${rate(pooled.seconds)} (${pooled.value} claims)`);
say(`   compromise + numbers:         ${rate(diy.seconds)} (${diy.value} numbers, no measure, claimant or span logic)`);
say(`   regex digit scan:             ${rate(digits.seconds)} (${digits.value} digit runs; the floor)`);
say(`   ratios: Tally one thread / compromise = ${fixed(diy.seconds / single.seconds, 2)}x; regex / Tally = ${fixed(single.seconds / digits.seconds, 0)}x; pool / one thread = ${fixed(single.seconds / pooled.seconds, 2)}x`);
say(`   per core: ${fixed(sampleMb / single.seconds, 2)} MB/s (target >= 5 MB/s per core: ${sampleMb / single.seconds >= 5 ? 'met' : 'NOT met'}); vs compromise ${fixed(diy.seconds / single.seconds, 2)}x (target >= 10x: ${diy.seconds / single.seconds >= 10 ? 'met' : 'NOT met'})`);
// The wall clock counts time spent waiting while other processes hold the cores; CPU time does not.
say(`   on CPU time (unaffected by other load on the machine): Tally one thread ${fixed(sampleMb / single.cpuSeconds, 2)} MB/s, ` +
  `compromise ${fixed(sampleMb / diy.cpuSeconds, 2)} MB/s, ratio ${fixed(diy.cpuSeconds / single.cpuSeconds, 2)}x`);
say();
if (ONLY_EXTRACTION) {
  rmSync(work, { recursive: true, force: true });
  writeReadme(report, { extractionOnly: true });
  process.exit(0);
}

// 3 and 5: ingest from a JSONL file, as `tally ingest --jsonl` does, sampling RSS.
const jsonl = join(work, 'news.jsonl');
const written = await timed(() => writeJsonl(jsonl, DOCS));
say(`3+5. Ingest of ${DOCS} documents from JSONL (${fixed(written.value / 1e6, 1)} MB, generated in ${fixed(written.seconds)} s), pool + batches of ${BATCH}:`);
await ingestAll(jsonl, say);
await measureRegroup();
say();

// 4: the dossier API.
say('4. Event dossier API, 50 concurrent connections on loopback:');
for (const line of await runDossierLoad({ work, maxBytes: MAX_BYTES, claims: 10_000 })) say(`   ${line}`);

rmSync(work, { recursive: true, force: true });
writeReadme(report);

/** Section 3: the JSONL file into SQLite, then into PostgreSQL when its URL is set. */
async function ingestAll(jsonl: string, print: (line: string) => void): Promise<void> {
  await ingestInto('SQLite', await SqliteStore.open(join(work, 'bench.db')), jsonl, print);
  if (postgresUrl) {
    const schema = `bench_speed_${Date.now().toString(36)}`;
    await ingestInto('PostgreSQL', await PostgresStore.open(postgresUrl, { schema, maxConnections: 4 }), jsonl, print);
    await dropSchema(postgresUrl, schema);
  } else {
    print('   PostgreSQL: skipped (TALLY_TEST_POSTGRES_URL is not set)');
  }
}

async function ingestInto(name: string, store: Store & EventStore, jsonl: string, print: (line: string) => void): Promise<void> {
  const extraction = createExtractionPool({ maxBytes: MAX_BYTES });
  const points: [number, number][] = [];
  let done = 0;
  let peak = 0;
  const mainCpu = mainThreadCpuSeconds();
  const run = await timed(async () => {
    const deps = { store, maxBytes: MAX_BYTES, now: () => new Date(), extract: extraction.extract, concurrency: extraction.capacity, batchSize: BATCH };
    for await (const result of ingestDocuments({ files: readJsonl(jsonl), actor: 'cli:bench' }, deps)) {
      if (result.status === 'failed') throw new Error(`${result.source}: ${result.error?.message}`);
      if (++done % 1000 === 0) {
        const rss = process.memoryUsage().rss;
        peak = Math.max(peak, rss);
        points.push([done, mb(rss)]);
      }
    }
  });
  const mainSeconds = mainCpu === null ? null : (mainThreadCpuSeconds() ?? Number.NaN) - mainCpu;
  await extraction.close();
  await store.close();
  const late = points.slice(Math.floor(points.length / 5)); // after warm-up
  const perHundredK = slope(late) * 100_000;
  print(`   ${name}: ${done} documents in ${fixed(run.seconds)} s = ${fixed(done / run.seconds, 0)} docs/s` +
    (name === 'SQLite' ? ` (target 100,000 in < 120 s on 2 cores: ${DOCS >= 100_000 ? (run.seconds < 120 ? 'met' : 'NOT met') : `extrapolated ${fixed((100_000 / done) * run.seconds, 0)} s`})` : ''));
  // CPU seconds hold on a machine shared with other work, where the wall clock also counts waiting for a core.
  print(`   ${name} CPU: ${fixed(run.cpuSeconds)} s on all threads (${fixed((run.cpuSeconds * 1000) / done, 2)} ms per document)` +
    (mainSeconds === null ? '' : `, of which the main thread (reading, saving) ${fixed(mainSeconds)} s (${fixed((mainSeconds * 1000) / done, 2)} ms per document)`));
  print(`   ${name} RSS: peak ${fixed(mb(peak), 0)} MB; slope ${fixed(perHundredK, 1)} MB per 100,000 documents after the first 20% (target flat and < 1 GB: ${rssMet(peak, perHundredK) ? 'met' : 'NOT met'})`);
}

/**
 * Memory stays bounded when the peak is under 1 GB and RSS does not grow with the documents: only a
 * rise of more than 50 MB per 100,000 fails. A falling slope is V8 or SQLite giving memory back.
 */
function rssMet(peakBytes: number, mbPerHundredK: number): boolean {
  return mb(peakBytes) < 1024 && mbPerHundredK <= 50;
}

/** CPU seconds of this process's main thread (Linux: /proc); null elsewhere. */
function mainThreadCpuSeconds(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/** Regrouping events after a run re-reads every stored document; timed on a small store. */
async function measureRegroup(): Promise<void> {
  const count = Math.min(DOCS, 2_000);
  const store = await SqliteStore.open(':memory:');
  const small = join(work, 'small.jsonl');
  await writeJsonl(small, count);
  const deps = { store, maxBytes: MAX_BYTES, now: () => new Date() };
  for await (const result of ingestDocuments({ files: readJsonl(small), actor: 'cli:bench' }, { ...deps, batchSize: BATCH })) void result;
  const regroup = await timed(() => groupEvents({}, deps));
  await store.close();
  say(`   Regrouping events once at the end of a run (not part of the figures above): ${fixed(regroup.seconds)} s for ${count} documents ` +
    `(${fixed((regroup.seconds * 1000) / count, 2)} ms per document, single thread)`);
}

async function writeJsonl(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const d of generateNews(count, 1)) {
    const line = `${JSON.stringify({ text: d.text, title: d.title, publishedAt: d.publishedAt })}\n`;
    bytes += line.length;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return bytes;
}

/** How much faster `cores` threads spinning at once finish than one thread doing the same work alone. */
async function cpuScaling(): Promise<number> {
  const body = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; require("node:worker_threads").parentPort.postMessage(x);';
  const spin = (): Promise<unknown> => new Promise((resolve) => new Worker(body, { eval: true }).once('message', resolve));
  const one = await timed(spin);
  const all = await timed(() => Promise.all(Array.from({ length: cores }, spin)));
  return (one.seconds * cores) / all.seconds;
}

async function untilReady(p: ExtractionPool): Promise<void> {
  void p.extract({ source: 'x.txt', bytes: new TextEncoder().encode('Two people were injured.') }); // starts the workers
  while (p.readyWorkers() < p.size) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema "${schema}" cascade`);
  await client.end();
}

/**
 * Replaces the "Speed: last run" section of bench/README.md with this run's figures. An extraction-only
 * run keeps the other sections' figures and says which lines are newer.
 */
function writeReadme(lines: readonly string[], options: { extractionOnly?: boolean } = {}): void {
  const path = new URL('../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const heading = '## Speed: last run';
  const spliced = options.extractionOnly ? spliceExtraction(readme, lines) : null;
  if (spliced !== null) {
    writeFileSync(path, spliced);
    return;
  }
  const section = `${heading}\n\n\`\`\`\n${lines.join('\n').trimEnd()}\n\`\`\`\n`;
  const start = readme.indexOf(heading);
  if (start === -1) {
    writeFileSync(path, `${readme.trimEnd()}\n\n${section}`);
    return;
  }
  const next = readme.indexOf('\n## ', start + heading.length);
  writeFileSync(path, readme.slice(0, start) + section + (next === -1 ? '' : readme.slice(next)));
}

/** The last run with its sections 0 to 2 replaced by this run's lines, or null when it has none. */
function spliceExtraction(readme: string, lines: readonly string[]): string | null {
  const stamped = readme.indexOf('\n(sections 0 to 2 rerun');
  const start = stamped !== -1 ? stamped : readme.indexOf('\n0. Parallelism');
  const end = readme.indexOf('\n3+5.', start);
  if (start === -1 || end === -1) return null;
  const fresh = lines.slice(lines.findIndex((l) => l.startsWith('0. '))).join('\n').trimEnd();
  const stamp = `(sections 0 to 2 rerun ${new Date().toISOString().slice(0, 10)} with --only extraction --sample ${SAMPLE}; 3 to 5 are from the run above)`;
  return `${readme.slice(0, start)}\n${stamp}\n${fresh}\n${readme.slice(end)}`;
}
