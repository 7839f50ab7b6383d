/**
 * The composition root: configuration in, use cases bound to their dependencies out. The only module
 * that chooses a Store adapter; the edges (CLI, later HTTP) call the use cases through what it returns.
 */
import { rmSync } from 'node:fs';
import { demo, type DemoInput } from './app/demo.js';
import { exportClaims, type ExportClaimsInput } from './app/export-claims.js';
import { extractDocuments, type ExtractDocumentsInput } from './app/extract-documents.js';
import { getClaim, type GetClaimInput } from './app/get-claim.js';
import { getDocument, type GetDocumentInput } from './app/get-document.js';
import { createExtractionPool, type ExtractionPool } from './app/extraction-pool.js';
import { ingestDocuments, type IngestDocumentsDeps, type IngestDocumentsInput } from './app/ingest-documents.js';
import { listClaims, type ListClaimsInput } from './app/list-claims.js';
import { listDocuments } from './app/list-documents.js';
import type { EventStore, Store } from './app/ports.js';
import { exportEvents, type ExportEventsInput } from './app/export-events.js';
import { groupEvents, regroupAfterIngest } from './app/group-events.js';
import { listEvents, type ListEventsInput } from './app/list-events.js';
import { mergeEvents, type MergeEventsInput } from './app/merge-events.js';
import { reconcileEvent, type ReconcileEventInput } from './app/reconcile-event.js';
import { searchTexts, type SearchInput } from './app/search-texts.js';
import { splitEvent, type SplitEventInput } from './app/split-event.js';
import type { Config } from './config.js';
import { DomainError } from './domain/errors.js';
import { PostgresStore } from './store/postgres/postgres-store.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';

/** Documents saved per transaction by ingest: large enough to amortise the commit, small enough to stream. */
const INGEST_BATCH = 64;

/** The use cases that need no database (`tally extract`). */
export type Extractor = {
  extractDocuments: (input: ExtractDocumentsInput) => ReturnType<typeof extractDocuments>;
};

export type App = Extractor & {
  config: Config;
  store: Store;
  ingestDocuments: (input: IngestDocumentsInput) => ReturnType<typeof ingestDocuments>;
  listDocuments: () => ReturnType<typeof listDocuments>;
  listClaims: (input?: ListClaimsInput) => ReturnType<typeof listClaims>;
  exportClaims: (input: ExportClaimsInput) => ReturnType<typeof exportClaims>;
  demo: (input: DemoInput) => ReturnType<typeof demo>;
  groupEvents: () => ReturnType<typeof groupEvents>;
  listEvents: (input?: ListEventsInput) => ReturnType<typeof listEvents>;
  reconcileEvent: (input: ReconcileEventInput) => ReturnType<typeof reconcileEvent>;
  mergeEvents: (input: MergeEventsInput) => ReturnType<typeof mergeEvents>;
  splitEvent: (input: SplitEventInput) => ReturnType<typeof splitEvent>;
  exportEvents: (input: ExportEventsInput) => ReturnType<typeof exportEvents>;
  getDocument: (input: GetDocumentInput) => ReturnType<typeof getDocument>;
  getClaim: (input: GetClaimInput) => ReturnType<typeof getClaim>;
  searchTexts: (input: SearchInput) => ReturnType<typeof searchTexts>;
  close: () => Promise<void>;
};

export function openExtractor(config: Config): Extractor {
  return { extractDocuments: (input) => extractDocuments(input, { maxBytes: config.maxBytes }) };
}

/** Opens the configured database (creating and migrating it as needed) and binds the use cases to it. */
export async function openApp(config: Config): Promise<App> {
  const store = await openStore(config.db);
  const deps = { store, maxBytes: config.maxBytes, now: () => new Date() };
  // Extraction workers start with the first ingest; the window keeps each of them busy while the
  // main thread reads files and writes batches, and bounds how many documents are in memory.
  let pool: ExtractionPool | null = null;
  const ingestDeps = (): IngestDocumentsDeps => {
    pool ??= createExtractionPool({ maxBytes: config.maxBytes });
    return { ...deps, extract: pool.extract, concurrency: pool.size * 4, batchSize: INGEST_BATCH };
  };
  return {
    ...openExtractor(config),
    config,
    store,
    ingestDocuments: (input) => regroupAfterIngest(ingestDocuments(input, ingestDeps()), deps),
    listDocuments: () => listDocuments({}, deps),
    listClaims: (input = {}) => listClaims(input, deps),
    exportClaims: (input) => exportClaims(input, deps),
    demo: async (input) => {
      const shown = await demo(input, deps);
      await groupEvents({}, deps);
      return shown;
    },
    groupEvents: () => groupEvents({}, deps),
    listEvents: (input = {}) => listEvents(input, deps),
    reconcileEvent: (input) => reconcileEvent(input, deps),
    mergeEvents: (input) => mergeEvents(input, deps),
    splitEvent: (input) => splitEvent(input, deps),
    exportEvents: (input) => exportEvents(input, deps),
    getDocument: (input) => getDocument(input, deps),
    getClaim: (input) => getClaim(input, deps),
    searchTexts: (input) => searchTexts(input, deps),
    close: async () => {
      await pool?.close();
      await store.close();
    },
  };
}

/**
 * Deletes the SQLite database at `config.db` (with its WAL side files) and opens a new one there.
 * For the demo, which must give the same result on every run.
 */
export async function openFreshApp(config: Config): Promise<App> {
  if (isUrl(config.db)) {
    // Emptying a shared server database is not something a demo should do.
    throw new DomainError('config.invalid', `the demo runs on a SQLite file, not ${redact(config.db)}; give --db FILE`);
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${config.db}${suffix}`, { force: true });
  return openApp(config);
}

async function openStore(location: string): Promise<Store & EventStore> {
  if (/^postgres(ql)?:\/\//i.test(location)) return PostgresStore.open(location);
  if (isUrl(location)) {
    throw new DomainError('config.invalid', `unsupported database location ${redact(location)}; use a SQLite file path or a postgres:// URL`);
  }
  return SqliteStore.open(location);
}

function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

/** A database URL may carry a password; never echo it. */
function redact(location: string): string {
  return location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
