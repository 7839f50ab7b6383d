/**
 * `tally ingest`: store documents with their claims, once each. A document is keyed by the SHA-256 of
 * its bytes, so a file already stored is skipped before it is parsed ("unchanged"). Files are read one
 * at a time and each result is yielded as soon as it is known; one bad file never stops the others.
 */
import type { ErrorCode } from '../domain/errors.js';
import type { DocumentId } from '../domain/document.js';
import { describeFailure, extractDocument, hashDocument, readIncomingFile } from './extract-document.js';
import type { IncomingFile } from './incoming-file.js';
import type { Store } from './ports.js';

export type IngestDocumentsInput = {
  files: AsyncIterable<IncomingFile> | Iterable<IncomingFile>;
  /** Read every document as this language instead of detecting it. */
  lang?: string | null;
};

export type IngestDocumentsDeps = {
  store: Store;
  maxBytes: number;
  /** The clock, injected so tests can fix `ingestedAt`. */
  now: () => Date;
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

export async function* ingestDocuments(
  input: IngestDocumentsInput,
  deps: IngestDocumentsDeps,
): IngestDocumentsOutput {
  for await (const file of input.files) {
    const source = file.source;
    let extracted;
    try {
      const bytes = await readIncomingFile(file, deps.maxBytes);
      const { id } = hashDocument(bytes);
      if (await deps.store.hasDocument(id)) {
        yield { source, status: 'unchanged', id, notice: ALREADY_STORED };
        continue;
      }
      extracted = { bytes, ...(await extractDocument({ source, bytes, lang: input.lang ?? null }, deps)) };
    } catch (error) {
      const failure = describeFailure(error);
      yield { source, status: 'failed', error: { code: failure.code, message: failure.message, cause: failure.cause } };
      continue;
    }
    // Store errors (a full disk, a locked database) are not the file's fault: they end the run.
    const { document, claims, figures, notice, bytes } = extracted;
    const { inserted } = await deps.store.saveDocument({
      document: { ...document, ingestedAt: deps.now().toISOString() },
      original: bytes,
      claims,
      figures,
    });
    if (!inserted) {
      // Another file of this run, or another process, stored the same bytes since we checked.
      yield { source, status: 'unchanged', id: document.id, notice: ALREADY_STORED };
      continue;
    }
    yield {
      source,
      status: 'ingested',
      id: document.id,
      lang: document.lang,
      claims: claims.length,
      ...(notice === null ? {} : { notice }),
    };
  }
}
