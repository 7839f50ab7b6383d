/**
 * `tally ingest`: store documents with their claims, once each. A document is keyed by the SHA-256 of
 * its bytes, so a file already stored is skipped before it is parsed ("unchanged"). One bad file never
 * stops the others. Files stream through a bounded window: up to `concurrency` documents are extracted
 * at once (on a worker pool when one is given), finished ones are saved in batches, one transaction per
 * batch, and results come out in input order — so memory holds a window of documents, never the run.
 */
import type { Actor } from '../domain/audit.js';
import type { ErrorCode } from '../domain/errors.js';
import type { DocumentId } from '../domain/document.js';
import {
  describeFailure,
  extractDocument,
  hashDocument,
  readIncomingFile,
  type ExtractDocumentInput,
  type ExtractDocumentOutput,
} from './extract-document.js';
import type { IncomingFile } from './incoming-file.js';
import type { SaveDocumentInput, Store } from './ports.js';

export type IngestDocumentsInput = {
  files: AsyncIterable<IncomingFile> | Iterable<IncomingFile>;
  /** Read every document as this language instead of detecting it. */
  lang?: string | null;
  /** Who ingests, for the audit log: each stored document is recorded with it, in the same transaction. */
  actor: Actor;
};

export type IngestDocumentsDeps = {
  store: Store;
  maxBytes: number;
  /** The clock, injected so tests can fix `ingestedAt`. */
  now: () => Date;
  /** Extraction, e.g. on a worker pool; in this thread when absent. */
  extract?: (input: ExtractDocumentInput) => Promise<ExtractDocumentOutput>;
  /** Documents read and extracted ahead of the one being saved (the memory bound); default 1. A pool's
   *  `capacity` keeps every worker busy while this thread writes a batch. */
  concurrency?: number;
  /** Documents saved per transaction; default 1. */
  batchSize?: number;
};

export type IngestResult = {
  source: string;
  status: 'ingested' | 'unchanged' | 'failed';
  id?: DocumentId;
  lang?: string | null;
  claims?: number;
  /** Said to the user but not a failure, e.g. "no language pack for 'fr'" or "already stored". */
  notice?: string;
  error?: { code: ErrorCode; message: string; cause?: unknown };
};

export type IngestDocumentsOutput = AsyncGenerator<IngestResult, void, undefined>;

const ALREADY_STORED = 'already stored';

/** A file after reading and extraction: either its result is known, or it waits to be saved. */
type Prepared =
  | { kind: 'done'; result: IngestResult }
  | { kind: 'save'; source: string; save: SaveDocumentInput; notice: string | null };

export async function* ingestDocuments(
  input: IngestDocumentsInput,
  deps: IngestDocumentsDeps,
): IngestDocumentsOutput {
  const window = Math.max(1, deps.concurrency ?? 1);
  const batchSize = Math.max(1, deps.batchSize ?? 1);
  const inFlight: Promise<Prepared>[] = [];
  for await (const file of input.files) {
    inFlight.push(prepare(file, input, deps));
    // The oldest batch is written once the window behind it is full: writing blocks this thread, and
    // the workers must not run dry meanwhile (a pool's `capacity` is wide enough for that).
    if (inFlight.length >= window + batchSize - 1) yield* saveBatch(inFlight.splice(0, batchSize), deps);
  }
  while (inFlight.length > 0) yield* saveBatch(inFlight.splice(0, batchSize), deps);
}

async function prepare(file: IncomingFile, input: IngestDocumentsInput, deps: IngestDocumentsDeps): Promise<Prepared> {
  const source = file.source;
  try {
    const bytes = await readIncomingFile(file, deps.maxBytes);
    const { id } = hashDocument(bytes);
    if (await deps.store.hasDocument(id)) {
      return { kind: 'done', result: { source, status: 'unchanged', id, notice: ALREADY_STORED } };
    }
    const { metadata } = file;
    const request: ExtractDocumentInput = {
      source, bytes, lang: metadata?.lang ?? input.lang ?? null, ...(metadata ? { plainText: metadata.plainText } : {}),
      ...(file.declared ? { declared: file.declared } : {}),
    };
    const extract = deps.extract ?? ((i: ExtractDocumentInput) => extractDocument(i, deps));
    const { document, claims, figures, hints, framing, notice } = await extract(request);
    const ingestedAt = deps.now().toISOString();
    const audit = {
      at: ingestedAt, actor: input.actor, action: 'document.ingest' as const, target: document.id, before: null,
      after: { sha256: document.sha256, source, title: document.title, claims: claims.length },
    };
    return { kind: 'save', source, notice, save: { document: { ...document, ingestedAt }, original: bytes, claims, figures, hints, framing, audit } };
  } catch (error) {
    const failure = describeFailure(error);
    return { kind: 'done', result: { source, status: 'failed', error: { code: failure.code, message: failure.message, cause: failure.cause } } };
  }
}

/** Waits for a batch in order, saves its new documents in one transaction, and yields their results. */
async function* saveBatch(batch: readonly Promise<Prepared>[], deps: IngestDocumentsDeps): IngestDocumentsOutput {
  const prepared = await Promise.all(batch);
  const toSave = prepared.filter((p): p is Extract<Prepared, { kind: 'save' }> => p.kind === 'save');
  // Store errors (a full disk, a locked database) are not the file's fault: they end the run.
  const saved = toSave.length === 0 ? [] : await deps.store.saveDocuments(toSave.map((p) => p.save));
  let next = 0;
  for (const p of prepared) {
    if (p.kind === 'done') {
      yield p.result;
      continue;
    }
    const { document, claims } = p.save;
    if (saved[next++]?.inserted !== true) {
      // Another file of this run, or another process, stored the same bytes since we checked.
      yield { source: p.source, status: 'unchanged', id: document.id, notice: ALREADY_STORED };
      continue;
    }
    yield {
      source: p.source,
      status: 'ingested',
      id: document.id,
      lang: document.lang,
      claims: claims.length,
      ...(p.notice === null ? {} : { notice: p.notice }),
    };
  }
}
