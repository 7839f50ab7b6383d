/**
 * The body of one extraction worker thread: receives { id, input } messages and answers each with the
 * extracted document or the failure as a code and message (errors do not survive structured cloning
 * as DomainErrors, so the pool rebuilds them on the other side).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../domain/errors.js';
import { extractDocument, type ExtractDocumentInput } from './extract-document.js';

export type ExtractionRequest = { id: number; input: ExtractDocumentInput };
export type ExtractionReply =
  | { id: number; ok: true; output: Awaited<ReturnType<typeof extractDocument>> }
  | { id: number; ok: false; code: string | null; message: string; stack: string | undefined };

const { maxBytes } = workerData as { maxBytes: number };

// Loading the pipeline takes a moment; the pool extracts in its own thread until a worker says so.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (request: ExtractionRequest) => {
  extractDocument(request.input, { maxBytes }).then(
    (output) => parentPort?.postMessage({ id: request.id, ok: true, output } satisfies ExtractionReply),
    (error: unknown) => {
      const reply: ExtractionReply = {
        id: request.id,
        ok: false,
        code: error instanceof DomainError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      };
      parentPort?.postMessage(reply);
    },
  );
});
