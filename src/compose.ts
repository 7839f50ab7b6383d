/**
 * The composition root: configuration in, use cases bound to their dependencies out. The only module
 * that chooses a Store adapter; the edges (CLI, later HTTP) call the use cases through what it returns.
 */
import { rmSync } from 'node:fs';
import { addUser, type AddUserInput } from './app/accounts/add-user.js';
import { authenticateToken, resumeSession } from './app/accounts/authenticate.js';
import { changeUser, type ChangeUserInput } from './app/accounts/change-user.js';
import { listUsers } from './app/accounts/list-users.js';
import { signIn, signOut, type SignInInput } from './app/accounts/sign-in.js';
import { deleteDocument, type DeleteDocumentInput } from './app/delete-document.js';
import { listAudit, type ListAuditInput } from './app/list-audit.js';
import { demo, type DemoInput } from './app/demo.js';
import { exportClaims, type ExportClaimsInput } from './app/export-claims.js';
import { extractDocuments, type ExtractDocumentsInput } from './app/extract-documents.js';
import { getClaim, type GetClaimInput } from './app/get-claim.js';
import { getDocument, type GetDocumentInput } from './app/get-document.js';
import { createExtractionPool, type ExtractionPool } from './app/extraction-pool.js';
import { ingestDocuments, type IngestDocumentsDeps, type IngestDocumentsInput } from './app/ingest-documents.js';
import { listClaims, type ListClaimsInput } from './app/list-claims.js';
import { listDocuments } from './app/list-documents.js';
import type { AccountStore, AuditLog, DocumentRemoval, EventStore, Store } from './app/ports.js';
import { exportEvents, type ExportEventsInput } from './app/export-events.js';
import { groupEvents, regroupAfterIngest } from './app/group-events.js';
import { createEventListCache, listEvents, type ListEventsInput } from './app/list-events.js';
import { mergeEvents, type MergeEventsInput } from './app/merge-events.js';
import { reconcileEvent, type ReconcileEventInput } from './app/reconcile-event.js';
import { createDossierCache, getEventDossier, type GetEventDossierInput } from './app/get-event-dossier.js';
import { listEventClaims, type ListEventClaimsInput } from './app/list-event-claims.js';
import { listEventDocuments, type ListEventDocumentsInput } from './app/list-event-documents.js';
import { searchTexts, type SearchInput } from './app/search-texts.js';
import { splitEvent, type SplitEventInput } from './app/split-event.js';
import { verifyOriginals, type VerifyOriginalsInput } from './app/verify-originals.js';
import { incomingUrl } from './app/incoming-url.js';
import type { IncomingFile } from './app/incoming-file.js';
import { createHttpUrlFetcher } from './net/http-url-fetcher.js';
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
  getEventDossier: (input: GetEventDossierInput) => ReturnType<typeof getEventDossier>;
  listEventClaims: (input: ListEventClaimsInput) => ReturnType<typeof listEventClaims>;
  listEventDocuments: (input: ListEventDocumentsInput) => ReturnType<typeof listEventDocuments>;
  mergeEvents: (input: MergeEventsInput) => ReturnType<typeof mergeEvents>;
  splitEvent: (input: SplitEventInput) => ReturnType<typeof splitEvent>;
  exportEvents: (input: ExportEventsInput) => ReturnType<typeof exportEvents>;
  getDocument: (input: GetDocumentInput) => ReturnType<typeof getDocument>;
  getClaim: (input: GetClaimInput) => ReturnType<typeof getClaim>;
  searchTexts: (input: SearchInput) => ReturnType<typeof searchTexts>;
  verifyOriginals: (input?: VerifyOriginalsInput) => ReturnType<typeof verifyOriginals>;
  /** Documents given by URL, fetched when ingest reads them; non-public addresses only with allowPrivate. */
  urlFiles: (urls: readonly string[], options?: { allowPrivate?: boolean }) => IncomingFile[];
  deleteDocument: (input: DeleteDocumentInput) => ReturnType<typeof deleteDocument>;
  addUser: (input: AddUserInput) => ReturnType<typeof addUser>;
  changeUser: (input: ChangeUserInput) => ReturnType<typeof changeUser>;
  listUsers: () => ReturnType<typeof listUsers>;
  signIn: (input: SignInInput) => ReturnType<typeof signIn>;
  signOut: (input: { sessionId: string }) => ReturnType<typeof signOut>;
  authenticateToken: (input: { token: string }) => ReturnType<typeof authenticateToken>;
  resumeSession: (input: { sessionId: string }) => ReturnType<typeof resumeSession>;
  listAudit: (input?: ListAuditInput) => ReturnType<typeof listAudit>;
  close: () => Promise<void>;
};

export function openExtractor(config: Config): Extractor {
  // Text is extracted in this thread (warm-up never ends); a PDF goes to a worker, under its limits.
  // Idle workers do not hold the process open, so `tally extract` has nothing to close.
  let pool: ExtractionPool | null = null;
  const extract: ExtractionPool['extract'] = (input) => {
    pool ??= createExtractionPool({ ...poolLimits(config), size: 1, warmUp: Number.POSITIVE_INFINITY });
    return pool.extract(input);
  };
  return { extractDocuments: (input) => extractDocuments(input, { maxBytes: config.maxBytes, extract }) };
}

/** The extraction limits the configuration sets (the pool's defaults where it sets none). */
function poolLimits(config: Config): { maxBytes: number; timeoutMs?: number; maxMemoryMb?: number } {
  return {
    maxBytes: config.maxBytes,
    ...(config.documentTimeoutMs === undefined ? {} : { timeoutMs: config.documentTimeoutMs }),
    ...(config.workerMemoryMb === undefined ? {} : { maxMemoryMb: config.workerMemoryMb }),
  };
}

/** Opens the configured database (creating and migrating it as needed) and binds the use cases to it. */
export async function openApp(config: Config): Promise<App> {
  const store = await openStore(config.db);
  const deps = { store, maxBytes: config.maxBytes, now: () => new Date() };
  // Dossiers answered from memory while the store's generation is unchanged (get-event-dossier.ts).
  const dossiers = createDossierCache();
  // The event list likewise, per generation and rule (list-events.ts).
  const eventLists = createEventListCache();
  // Extraction workers start with the first ingest; the window keeps each of them busy while the
  // main thread reads files and writes batches, and bounds how many documents are in memory.
  let pool: ExtractionPool | null = null;
  const ingestDeps = (): IngestDocumentsDeps => {
    pool ??= createExtractionPool(poolLimits(config));
    return { ...deps, extract: pool.extract, concurrency: pool.capacity, batchSize: INGEST_BATCH };
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
    listEvents: (input = {}) => listEvents(input, { ...deps, cache: eventLists }),
    reconcileEvent: (input) => reconcileEvent(input, deps),
    getEventDossier: (input) => getEventDossier(input, { ...deps, cache: dossiers }),
    listEventClaims: (input) => listEventClaims(input, deps),
    listEventDocuments: (input) => listEventDocuments(input, deps),
    mergeEvents: (input) => mergeEvents(input, deps),
    splitEvent: (input) => splitEvent(input, deps),
    exportEvents: (input) => exportEvents(input, deps),
    getDocument: (input) => getDocument(input, deps),
    getClaim: (input) => getClaim(input, deps),
    searchTexts: (input) => searchTexts(input, deps),
    verifyOriginals: (input = {}) => verifyOriginals(input, deps),
    urlFiles: (urls, options = {}) => {
      const fetchUrl = createHttpUrlFetcher({ maxBytes: config.maxBytes, allowPrivate: options.allowPrivate ?? false });
      return urls.map((url) => incomingUrl(url, fetchUrl));
    },
    deleteDocument: (input) => deleteDocument(input, deps),
    addUser: (input) => addUser(input, deps),
    changeUser: (input) => changeUser(input, deps),
    listUsers: () => listUsers({}, deps),
    signIn: (input) => signIn(input, deps),
    signOut: (input) => signOut(input, deps),
    authenticateToken: (input) => authenticateToken(input, deps),
    resumeSession: (input) => resumeSession(input, deps),
    listAudit: (input = {}) => listAudit(input, deps),
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

async function openStore(location: string): Promise<Store & EventStore & AccountStore & AuditLog & DocumentRemoval> {
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
