/**
 * Runs an extractor over a loaded corpus, timing the extraction alone, and scores the result.
 * The extractor is a parameter so the harness does not care whether it gets the real pipeline or a
 * stand-in; a document whose extraction throws is scored as empty and reported, not fatal.
 */
import { performance } from 'node:perf_hooks';
import type { Claim, Figures } from '../../src/domain/claim.js';
import type { Diagnosis } from './cause.js';
import type { GvdbDocument } from './load-gvdb.js';
import type { Muc4Document } from './load-muc4.js';
import type { Muc4GoldCount } from './parse-muc4-keys.js';
import {
  figureCount, gvdbCause, muc4Cause, recallsGold, scoreGvdb, scoreMuc4,
  type GvdbCause, type GvdbCounts, type GvdbScores, type Muc4Cause, type Muc4Scores,
} from './score.js';

/** What the harness reads of a pipeline result; `PipelineResult` satisfies it. */
export type Extraction = { claims: readonly Claim[]; figures: Figures };
export type ExtractorInput = { id: string; text: string; title: string | null };
export type Extractor = (doc: ExtractorInput) => Extraction;

export type Throughput = { documents: number; bytes: number; seconds: number; documentsPerSecond: number; megabytesPerSecond: number };
export type ExtractionError = { id: string; message: string };

type Extracted = { extraction: Extraction; error: string | null };
const EMPTY: Extraction = { claims: [], figures: {} };

function extractAll(docs: readonly ExtractorInput[], extract: Extractor): { results: Extracted[]; throughput: Throughput } {
  let seconds = 0;
  let bytes = 0;
  const results = docs.map((doc): Extracted => {
    bytes += Buffer.byteLength(doc.text, 'utf8');
    const started = performance.now();
    try {
      const extraction = extract(doc);
      return { extraction, error: null };
    } catch (error) {
      return { extraction: EMPTY, error: error instanceof Error ? error.message : String(error) };
    } finally {
      seconds += (performance.now() - started) / 1000;
    }
  });
  const per = (n: number): number => (seconds === 0 ? 0 : n / seconds);
  return {
    results,
    throughput: { documents: docs.length, bytes, seconds, documentsPerSecond: per(docs.length), megabytesPerSecond: per(bytes / 1e6) },
  };
}

const errorsOf = (docs: ReadonlyArray<{ id: string }>, results: readonly Extracted[]): ExtractionError[] =>
  results.flatMap((r, i) => (r.error === null ? [] : [{ id: docs[i]?.id ?? '?', message: r.error.split('\n')[0] ?? '' }]));

/**
 * Names the pipeline cause of a miss (see diagnose-*-miss.ts); called after timing, on misses only.
 * Without one, misses keep only the coarse cause of score.ts.
 */
export type Diagnoser = {
  gvdb(doc: GvdbDocument, measure: 'killed' | 'injured', system: number): Diagnosis;
  muc4(doc: Muc4Document, gold: Muc4GoldCount): Diagnosis;
};

export type GvdbOutcome = {
  id: string;
  gold: GvdbCounts;
  system: GvdbCounts;
  killedCause: GvdbCause | null;
  injuredCause: GvdbCause | null;
  killedDiagnosis: Diagnosis | null;
  injuredDiagnosis: Diagnosis | null;
  extraction: Extraction;
};
export type GvdbEvaluation = { scores: GvdbScores; outcomes: GvdbOutcome[]; throughput: Throughput; errors: ExtractionError[] };

export function evaluateGvdb(docs: readonly GvdbDocument[], extract: Extractor, diagnoser?: Diagnoser): GvdbEvaluation {
  const { results, throughput } = extractAll(docs.map((d) => ({ id: d.id, text: d.text, title: d.title })), extract);
  const outcomes = docs.map((doc, i): GvdbOutcome => {
    const extraction = results[i]?.extraction ?? EMPTY;
    const system = { killed: figureCount(extraction.figures, 'killed'), injured: figureCount(extraction.figures, 'injured') };
    const killedCause = gvdbCause(doc.gold.killed, system.killed);
    const injuredCause = gvdbCause(doc.gold.injured, system.injured);
    const failed = results[i]?.error !== null;
    const diagnose = (cause: GvdbCause | null, measure: 'killed' | 'injured'): Diagnosis | null =>
      cause === null || diagnoser === undefined || failed ? null : diagnoser.gvdb(doc, measure, system[measure]);
    return {
      id: doc.id, gold: doc.gold, system, extraction, killedCause, injuredCause,
      killedDiagnosis: diagnose(killedCause, 'killed'),
      injuredDiagnosis: diagnose(injuredCause, 'injured'),
    };
  });
  return { scores: scoreGvdb(outcomes), outcomes, throughput, errors: errorsOf(docs, results) };
}

export type Muc4Miss = { gold: Muc4GoldCount; cause: Muc4Cause; diagnosis: Diagnosis | null; extraction: Extraction };
export type Muc4Evaluation = { scores: Muc4Scores; misses: Muc4Miss[]; throughput: Throughput; errors: ExtractionError[] };

export function evaluateMuc4(docs: readonly Muc4Document[], extract: Extractor, diagnoser?: Diagnoser): Muc4Evaluation {
  const { results, throughput } = extractAll(docs.map((d) => ({ id: d.id, text: d.text, title: null })), extract);
  const judged = docs.map((doc, i) => ({ doc, gold: doc.gold, claims: results[i]?.extraction.claims ?? [], extraction: results[i]?.extraction ?? EMPTY, failed: results[i]?.error !== null }));
  const misses = judged.flatMap(({ doc, gold, claims, extraction, failed }) => gold
    .filter((g) => !g.unstated && !recallsGold(g, claims))
    .map((g) => ({ gold: g, cause: muc4Cause(g, claims), diagnosis: diagnoser === undefined || failed ? null : diagnoser.muc4(doc, g), extraction })));
  return { scores: scoreMuc4(judged), misses, throughput, errors: errorsOf(docs, results) };
}
