/**
 * Extraction on a pool of worker threads, so ingest uses every core: the pipeline is CPU-bound and
 * pure, and each worker holds its own compiled packs. Starting a worker costs seconds (it loads and
 * compiles the pipeline), so a small run never starts one: the first `warmUp` documents, and any
 * document arriving while no worker is ready yet, are extracted in this thread. A worker that dies
 * fails its requests (as extraction failures of those files) and is replaced.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DomainError, ERROR_CODES, type ErrorCode } from '../domain/errors.js';
import { extractDocument, type ExtractDocumentInput, type ExtractDocumentOutput } from './extract-document.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-worker.js';

export type ExtractionPool = {
  readonly size: number;
  /** Workers that have loaded the pipeline and take documents. */
  readyWorkers(): number;
  extract(input: ExtractDocumentInput): Promise<ExtractDocumentOutput>;
  close(): Promise<void>;
};

export type ExtractionPoolOptions = {
  maxBytes: number;
  /** Worker threads; the machine's available parallelism by default. */
  size?: number;
  /** Documents extracted in this thread before workers are started; default 32. */
  warmUp?: number;
};

/**
 * The worker runs TypeScript like the rest of Tally: a small ES module registers tsx's loader (resolved
 * from this file, as bin/tally does) and then imports the worker body.
 */
const BOOTSTRAP = new URL(`data:text/javascript,${encodeURIComponent(
  `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\n` +
    `register();\n` +
    `await import(${JSON.stringify(new URL('./extraction-worker.ts', import.meta.url).href)});\n`,
)}`);

type Pending = { resolve: (o: ExtractDocumentOutput) => void; reject: (e: unknown) => void };
type Slot = { worker: Worker; pending: Map<number, Pending>; ready: boolean };

export function createExtractionPool(options: ExtractionPoolOptions): ExtractionPool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  const warmUp = options.warmUp ?? 32;
  let nextId = 0;
  let requests = 0;

  function start(index: number): Slot {
    const worker = new Worker(BOOTSTRAP, { workerData: { maxBytes: options.maxBytes } });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    worker.on('message', (reply: ExtractionReply | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const waiting = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.output);
      else waiting?.reject(rebuildError(reply));
    });
    const fail = (error: unknown): void => {
      for (const waiting of slot.pending.values()) waiting.reject(error);
      slot.pending.clear();
      if (slots[index] === slot) slots[index] = null; // the next request starts a new worker
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`extraction worker stopped (exit code ${code})`)));
    return slot;
  }

  /** The least busy ready worker, or null (extract here) while none is ready. */
  function pick(): Slot | null {
    slots.forEach((s, i) => { if (s === null) slots[i] = start(i); });
    let best: Slot | null = null;
    for (const s of slots) if (s?.ready && (best === null || s.pending.size < best.pending.size)) best = s;
    return best;
  }

  return {
    size,
    readyWorkers: () => slots.filter((s) => s?.ready === true).length,
    extract(input) {
      const slot = ++requests > warmUp ? pick() : null;
      if (slot === null) return extractDocument(input, { maxBytes: options.maxBytes });
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, input } satisfies ExtractionRequest);
      });
    },
    async close() {
      const running = slots.filter((s): s is Slot => s !== null);
      slots.fill(null);
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}

function rebuildError(reply: Extract<ExtractionReply, { ok: false }>): Error {
  if (reply.code !== null && reply.code in ERROR_CODES) return new DomainError(reply.code as ErrorCode, reply.message);
  const error = new Error(reply.message);
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
