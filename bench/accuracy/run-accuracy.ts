/**
 * `npm run bench:accuracy -- <bench-data folder> [--corpus gvdb|muc4] [--limit N]`
 *
 * Runs the English pipeline over the development corpora, prints the figures and writes
 * bench/reports/accuracy.{md,json} (committed) and bench/out/accuracy-details.md (git-ignored).
 * A missing folder or corpus is reported and skipped with exit code 0, so CI without the data passes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getPack } from '../../src/language-packs/index.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { diagnoseGvdbMiss } from './diagnose-gvdb-miss.js';
import { diagnoseMuc4Miss } from './diagnose-muc4-miss.js';
import { evaluateGvdb, evaluateMuc4, type Diagnoser, type Extractor } from './evaluate-accuracy.js';
import { loadGvdb } from './load-gvdb.js';
import { loadMuc4 } from './load-muc4.js';
import { traceDocument, type DocumentTrace } from './trace-document.js';
import { accuracyDetails, accuracyJson, accuracyReport, consoleSummary, type AccuracyRun } from './render-accuracy-report.js';

const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = ['gvdb', 'muc4'] as const;
type Corpus = (typeof CORPORA)[number];

type Options = { folder: string | null; corpora: Corpus[]; limit: number | null };

function readOptions(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { corpus: { type: 'string' }, limit: { type: 'string' } },
  });
  const corpus = values.corpus;
  if (corpus !== undefined && !CORPORA.includes(corpus as Corpus)) {
    throw new Error(`--corpus must be one of ${CORPORA.join(', ')}, got ${corpus}`);
  }
  const limit = values.limit === undefined ? null : Number(values.limit);
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) {
    throw new Error(`--limit must be a positive whole number, got ${values.limit}`);
  }
  return { folder: positionals[0] ?? null, corpora: corpus === undefined ? [...CORPORA] : [corpus as Corpus], limit };
}

function englishExtractor(): Extractor {
  const pack = getPack('en');
  if (pack === null) throw new Error('no English language pack (getPack("en") returned null)');
  return (doc) => runPipeline(doc.text, pack, { title: doc.title, publishedAt: null });
}

/** Traces a missed document through the English pipeline's stages; a MUC-4 document with several misses is traced once. */
function englishDiagnoser(): Diagnoser {
  const pack = getPack('en');
  if (pack === null) throw new Error('no English language pack (getPack("en") returned null)');
  let last: { id: string; trace: DocumentTrace } | null = null;
  const traceOf = (id: string, text: string, title: string | null): DocumentTrace => {
    if (last?.id !== id) last = { id, trace: traceDocument(text, pack, { title, publishedAt: null }) };
    return last.trace;
  };
  return {
    gvdb: (doc, measure, system) => diagnoseGvdbMiss({ trace: traceOf(`gvdb:${doc.id}`, doc.text, doc.title), measure, gold: doc.gold, notes: doc.notes, system }),
    muc4: (doc, gold) => diagnoseMuc4Miss(traceOf(`muc4:${doc.id}`, doc.text, null), gold, doc.gold),
  };
}

function run(options: Options & { folder: string }): AccuracyRun {
  const extract = englishExtractor();
  const diagnoser = englishDiagnoser();
  const cut = <T>(docs: T[]): T[] => (options.limit === null ? docs : docs.slice(0, options.limit));
  const result: AccuracyRun = { generatedAt: new Date().toISOString(), limit: options.limit, gvdb: null, muc4: null, skipped: [] };
  if (options.corpora.includes('gvdb')) {
    const path = join(options.folder, 'gvdb-dev', 'dev.tsv');
    if (existsSync(path)) result.gvdb = evaluateGvdb(cut(loadGvdb(path)), extract, diagnoser);
    else result.skipped.push(`gvdb: ${path} not found`);
  }
  if (options.corpora.includes('muc4')) {
    const path = join(options.folder, 'muc4-dev');
    if (existsSync(path)) result.muc4 = evaluateMuc4(cut(loadMuc4(path)), extract, diagnoser);
    else result.skipped.push(`muc4: ${path} not found`);
  }
  return result;
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content.endsWith('\n') ? content : `${content}\n`);
}

function main(): void {
  let options: Options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench:accuracy: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
    return;
  }
  if (options.folder === null || !existsSync(options.folder)) {
    console.log(`bench:accuracy: no bench-data folder${options.folder === null ? ' given' : ` at ${options.folder}`}; `
      + 'pass its path (from the project root: ../shared/bench-data). Nothing measured.');
    return;
  }
  const result = run({ ...options, folder: options.folder });
  console.log(consoleSummary(result));
  if (result.gvdb === null && result.muc4 === null) return;
  write(join(BENCH, 'reports', 'accuracy.md'), accuracyReport(result));
  write(join(BENCH, 'reports', 'accuracy.json'), JSON.stringify(accuracyJson(result), null, 2));
  write(join(BENCH, 'out', 'accuracy-details.md'), accuracyDetails(result));
  console.log('wrote bench/reports/accuracy.md, bench/reports/accuracy.json, bench/out/accuracy-details.md');
}

main();
