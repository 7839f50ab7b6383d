/**
 * The body of one extraction worker thread: the pool sends it documents and it answers each, in order,
 * with the extracted document or the failure as a code and message (errors do not survive structured
 * cloning as DomainErrors, so the pool rebuilds them on the other side). Limits are the pool's to keep.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../domain/errors.js';
import { extractDocument, type ExtractDocumentInput } from './extract-document.js';

export type ExtractionRequest = { input: ExtractDocumentInput };
export type ExtractionReply =
  | { ok: true; output: Awaited<ReturnType<typeof extractDocument>> }
  | { ok: false; code: string | null; message: string; stack: string | undefined };

const { maxBytes } = workerData as { maxBytes: number };

// Loading the pipeline takes a moment; the pool extracts text in its own thread until a worker says so.
parentPort?.postMessage({ ready: true });

// Documents are read one after another, in the order sent: the pool keeps a few in flight per worker
// (so the worker never waits on the main thread between two) and matches replies to them by order.
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: ExtractionRequest) => {
  previous = previous.then(() => extract(request));
});

function extract(request: ExtractionRequest): Promise<void> {
  return extractDocument(request.input, { maxBytes }).then(
    (output) => parentPort?.postMessage({ ok: true, output } satisfies ExtractionReply),
    (error: unknown) => {
      const reply: ExtractionReply = {
        ok: false,
        code: error instanceof DomainError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      };
      parentPort?.postMessage(reply);
    },
  );
}
