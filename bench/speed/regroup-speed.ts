/**
 * The regrouping part of the speed benchmark (`npm run bench:speed -- --only regroup [--docs N]`): the
 * regroup that follows every ingest run, timed phase by phase over stores of growing size.
 *
 * Extracting 100,000 documents would measure extraction again (sections 1 to 3 do that), so a base of
 * generated documents is extracted once on the worker pool and cloned up to N: each clone gets its own
 * text (a trailing line, so every claim span still points at the same words) and so its own id, and is
 * moved by whole years, dates, hints and claims alike, so the clones of one base document form events
 * of their own as new reports would, instead of piling into the base's events.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { createExtractionPool } from '../../src/app/extraction-pool.js';
import { groupEvents, type RegroupPhase } from '../../src/app/group-events.js';
import type { SaveDocumentInput, Store } from '../../src/app/ports.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { generateNews } from './generate-news.js';
import { fixed, mb, timed } from './measure.js';

const BASE_DOCUMENTS = 2_000;
const STORE_BATCH = 500;

export type RegroupSpeedOptions = { work: string; maxBytes: number; sizes: readonly number[] };

export async function runRegroupSpeed(options: RegroupSpeedOptions): Promise<string[]> {
  const lines: string[] = [];
  const base = await extractBase(Math.min(BASE_DOCUMENTS, Math.max(...options.sizes)), options.maxBytes);
  const claims = base.reduce((n, d) => n + d.claims.length, 0);
  lines.push(`${base.length} generated documents extracted (${claims} claims), cloned up to each N; one regroup per N, single thread:`);
  for (const n of options.sizes) {
    const path = join(options.work, `regroup-${n}.db`);
    const store = await SqliteStore.open(path);
    await storeClones(store, base, n);
    const phases = new Map<RegroupPhase, { seconds: number; cpuSeconds: number }>();
    let cpu = process.cpuUsage();
    let reported = performance.now();
    const onPhase = (phase: RegroupPhase, seconds: number) => {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      const was = phases.get(phase) ?? { seconds: 0, cpuSeconds: 0 };
      phases.set(phase, { seconds: was.seconds + seconds, cpuSeconds: was.cpuSeconds + (used.user + used.system) / 1e6 });
      // Progress on stderr every 10 s at most, so a run stopped partway still says where it stood.
      if (performance.now() - reported > 10_000) {
        reported = performance.now();
        const sums = [...phases].map(([p, t]) => `${p} ${fixed(t.seconds)}`).join(', ');
        console.error(`  N = ${n}: so far ${sums} s; RSS ${fixed(mb(process.memoryUsage.rss()), 0)} MB`);
      }
    };
    const run = await timed(() => groupEvents({}, { store, onPhase }));
    await store.close();
    const hash = hashGrouping(path);
    rmSync(path, { force: true });
    const split = [...phases].map(([phase, t]) => `${phase} ${fixed(t.seconds)} (${fixed(t.cpuSeconds)})`).join(', ');
    lines.push(`N = ${n}: ${fixed(run.seconds)} s (${fixed((run.seconds * 1000) / n, 2)} ms per document; CPU ${fixed(run.cpuSeconds)} s), ` +
      `${run.value.events.length} events; phases, wall (CPU) s: ${split}; peak RSS so far ${fixed(mb(process.resourceUsage().maxRSS * 1024), 0)} MB; ` +
      `grouping hash ${hash}`);
    console.error(lines.at(-1));
  }
  return lines;
}

/**
 * A hash of everything a regroup writes: events in order, their documents, every claim's event and
 * verdict, every summary. Equal hashes before and after a change to regrouping mean the same output.
 * Read row by row, so hashing 100,000 documents' grouping holds none of it in memory.
 */
function hashGrouping(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  const hash = createHash('sha256');
  const tables = [
    'SELECT * FROM events ORDER BY position',
    'SELECT event_id, document_id FROM event_documents ORDER BY event_id, document_id',
    'SELECT * FROM event_claims ORDER BY document_id, claim_index',
    'SELECT event_id, summary_json FROM event_summaries ORDER BY event_id',
  ];
  for (const query of tables) {
    hash.update(`${query}\n`);
    for (const row of db.prepare(query).iterate()) hash.update(`${JSON.stringify(row)}\n`);
  }
  db.close();
  return hash.digest('hex').slice(0, 16);
}

/** Stores `count` documents: the base, then its clones round after round. */
export async function storeClones(store: Store, base: readonly SaveDocumentInput[], count: number): Promise<void> {
  for (let i = 0; i < count; i += STORE_BATCH) {
    const batch: SaveDocumentInput[] = [];
    for (let j = i; j < Math.min(count, i + STORE_BATCH); j++) batch.push(cloneOf(base[j % base.length]!, Math.floor(j / base.length)));
    await store.saveDocuments(batch);
  }
}

/** Generated documents through the extraction pool, ready to store. */
export async function extractBase(count: number, maxBytes: number): Promise<SaveDocumentInput[]> {
  const pool = createExtractionPool({ maxBytes, warmUp: 0 });
  const ingestedAt = '2026-01-01T00:00:00.000Z';
  const base = await Promise.all([...generateNews(count, 11)].map(async (d, i) => {
    const bytes = new TextEncoder().encode(d.text);
    const out = await pool.extract({ source: `news-${i}.txt`, bytes });
    return { document: { ...out.document, title: out.document.title ?? d.title, publishedAt: out.document.publishedAt ?? d.publishedAt, ingestedAt },
      original: bytes, claims: out.claims, figures: out.figures, hints: out.hints, framing: out.framing };
  }));
  await pool.close();
  return base;
}

/** Copy `round` of a base document: round 0 is the document itself. */
function cloneOf(d: SaveDocumentInput, round: number): SaveDocumentInput {
  if (round === 0) return d;
  const text = `${d.document.text}\n\nCopy ${round}.`;
  const original = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(original).digest('hex');
  const shift = (date: string | null): string | null => (date === null ? null : date.replace(/^(\d{4})/, (y) => String(Number(y) + round)));
  return {
    ...d,
    document: { ...d.document, id: `sha256:${sha256}`, sha256, text, byteLength: original.byteLength, publishedAt: shift(d.document.publishedAt) },
    original,
    claims: d.claims.map((c) => ({ ...c, date: shift(c.date) })),
    ...(d.hints ? { hints: { ...d.hints, date: shift(d.hints.date) } } : {}),
  };
}
