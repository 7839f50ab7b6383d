/**
 * Extraction on a pool of worker threads, so ingest uses every core and a hostile document cannot take
 * the process down with it. Each worker reads its documents one at a time under a memory limit (V8's
 * resourceLimits) and a per-document time limit; a document that exceeds either fails alone
 * (`document.too_complex`, `document.timeout`), its worker is replaced, and the queue goes on.
 *
 * Starting a worker costs seconds (it loads and compiles the pipeline), so a small run of text never
 * starts one: the first `warmUp` documents, and any document arriving while no worker is ready, are
 * extracted in this thread. A PDF never is: its parser is the part that a crafted file can send into a
 * loop or a decompression bomb, so it always waits for a worker and its limits.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DomainError, ERROR_CODES, type ErrorCode } from '../domain/errors.js';
import { detectMediaType } from '../pipeline/extract/detect-media-type.js';
import { extractDocument, type ExtractDocumentInput, type ExtractDocumentOutput } from './extract-document.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-worker.js';

export type ExtractionPool = {
  readonly size: number;
  /** Small documents the workers take at once: an ingest window this wide keeps every worker busy. */
  readonly capacity: number;
  /** Workers that have loaded the pipeline and take documents. */
  readyWorkers(): number;
  extract(input: ExtractDocumentInput): Promise<ExtractDocumentOutput>;
  close(): Promise<void>;
};

export type ExtractionPoolOptions = {
  maxBytes: number;
  /** Worker threads; the machine's available parallelism by default. */
  size?: number;
  /** Documents extracted in this thread before workers are started; default 32 (PDFs never are). */
  warmUp?: number;
  /** Longest a worker may spend on one document; default 60 s. */
  timeoutMs?: number;
  /** Heap limit of each worker (V8 old generation), in MB; default 1024. */
  maxMemoryMb?: number;
};

export const DEFAULT_DOCUMENT_TIMEOUT_MS = 60_000;
export const DEFAULT_WORKER_MEMORY_MB = 1024;

/**
 * The worker runs TypeScript like the rest of Tally: a small ES module registers tsx's loader (resolved
 * from this file, as bin/tally does) and then imports the worker body.
 */
const BOOTSTRAP = new URL(`data:text/javascript,${encodeURIComponent(
  `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\n` +
    `register();\n` +
    `await import(${JSON.stringify(new URL('./extraction-worker.ts', import.meta.url).href)});\n`,
)}`);

type Job = { input: ExtractDocumentInput; resolve: (o: ExtractDocumentOutput) => void; reject: (e: unknown) => void };
/**
 * Documents in flight per worker: the next ones already wait in the worker when one finishes, so it
 * never idles on the main thread — which, while ingest writes a batch (tens of milliseconds, one
 * synchronous SQLite transaction), hands out nothing. Four always (one at a time made the pool slower
 * than one thread); up to 32 while they add up to at most 4 MB, enough small documents to outlast a
 * write without copying many large ones into a worker's memory at once.
 */
const IN_FLIGHT = 4;
const MAX_IN_FLIGHT = 32;
const IN_FLIGHT_BYTES = 4 * 1024 * 1024;

/** `jobs` are in the order the worker reads them; the time limit runs for the first, the one it is on. */
type Slot = { worker: Worker; ready: boolean; jobs: Job[]; bytes: number; timer: NodeJS.Timeout | null };

export function createExtractionPool(options: ExtractionPoolOptions): ExtractionPool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const warmUp = options.warmUp ?? 32;
  const timeoutMs = options.timeoutMs ?? DEFAULT_DOCUMENT_TIMEOUT_MS;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  const queue: Job[] = [];
  let requests = 0;
  let closed = false;

  function start(index: number): Slot {
    const worker = new Worker(BOOTSTRAP, {
      workerData: { maxBytes: options.maxBytes },
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    });
    const slot: Slot = { worker, ready: false, jobs: [], bytes: 0, timer: null };
    worker.on('message', (reply: ExtractionReply | { ready: true }) => {
      if ('ready' in reply) slot.ready = true;
      else finish(slot, reply.ok ? { output: reply.output } : { error: rebuildError(reply) });
      dispatch();
    });
    // A worker over its heap limit is stopped by V8 and reports ERR_WORKER_OUT_OF_MEMORY here.
    worker.on('error', (error: NodeJS.ErrnoException) => {
      const failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new DomainError('document.too_complex', `needed more than the ${maxMemoryMb} MB of memory a document may use; it may be malformed or built to exhaust the reader`)
        : error;
      retire(index, slot, failure);
    });
    worker.on('exit', (code) => retire(index, slot, new Error(`extraction worker stopped (exit code ${code})`)));
    return slot;
  }

  /** Settles the document the worker was on; its next one starts now, under its own time limit. */
  function finish(slot: Slot, result: { output: ExtractDocumentOutput } | { error: unknown }): void {
    const job = slot.jobs.shift();
    slot.bytes -= job?.input.bytes.byteLength ?? 0;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.jobs.length > 0) startTimer(slot);
    if (job === undefined) return;
    if ('output' in result) job.resolve(result.output);
    else job.reject(result.error);
  }

  function startTimer(slot: Slot): void {
    slot.timer = setTimeout(() => {
      const index = slots.indexOf(slot);
      const seconds = Math.round(timeoutMs / 100) / 10;
      retire(index, slot, new DomainError('document.timeout', `took longer than the ${seconds} s a document may take to read; it may be malformed or built to exhaust the reader`));
    }, timeoutMs);
  }

  /** A worker that died or was stopped: its document fails with `error`, a new worker takes its place. */
  function retire(index: number, slot: Slot, error: unknown): void {
    if (slots[index] !== slot) return; // already retired (an error is followed by an exit)
    const wasReady = slot.ready;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    // Only the document being read fails; the ones waiting behind it go back to the queue's front.
    const [failed, ...waiting] = slot.jobs.splice(0);
    queue.unshift(...waiting);
    failed?.reject(error);
    slots[index] = null;
    void slot.worker.terminate();
    if (!wasReady && !closed) {
      // A worker that cannot even start would be restarted forever: fail what waits instead.
      for (const job of queue.splice(0)) job.reject(error);
      return;
    }
    dispatch();
  }

  function ensureWorkers(): void {
    if (closed) return;
    slots.forEach((s, i) => { if (s === null) slots[i] = start(i); });
  }

  /** Hands queued documents to ready workers, each to the one with the fewest waiting, under the time limit. */
  function dispatch(): void {
    for (let slot = takerOf(queue[0]); slot !== null; slot = takerOf(queue[0])) {
      const job = queue.shift()!;
      slot.jobs.push(job);
      slot.bytes += job.input.bytes.byteLength;
      if (slot.jobs.length === 1) startTimer(slot);
      slot.worker.postMessage({ input: job.input } satisfies ExtractionRequest);
    }
    if (queue.length > 0) ensureWorkers();
    updateRefs();
  }

  /** The ready worker with the fewest documents that may take `job` too; null when none may. */
  function takerOf(job: Job | undefined): Slot | null {
    if (job === undefined) return null;
    let best: Slot | null = null;
    for (const slot of slots) {
      if (slot === null || !slot.ready || (best !== null && slot.jobs.length >= best.jobs.length)) continue;
      const room = slot.jobs.length < IN_FLIGHT ||
        (slot.jobs.length < MAX_IN_FLIGHT && slot.bytes + job.input.bytes.byteLength <= IN_FLIGHT_BYTES);
      if (room) best = slot;
    }
    return best;
  }

  /** Idle workers do not keep the process alive, so `tally extract` need not close the pool. */
  function updateRefs(): void {
    for (const slot of slots) {
      if (slot === null) continue;
      if (slot.jobs.length > 0 || (!slot.ready && queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  function enqueue(input: ExtractDocumentInput): Promise<ExtractDocumentOutput> {
    return new Promise((resolve, reject) => {
      queue.push({ input, resolve, reject });
      dispatch();
    });
  }

  return {
    size,
    capacity: size * MAX_IN_FLIGHT,
    readyWorkers: () => slots.filter((s) => s?.ready === true).length,
    extract(input) {
      if (closed) return Promise.reject(new Error('the extraction pool is closed'));
      if (isPdf(input)) return enqueue(input);
      if (++requests <= warmUp) return extractDocument(input, { maxBytes: options.maxBytes });
      ensureWorkers();
      updateRefs();
      const anyReady = slots.some((s) => s?.ready === true);
      return anyReady ? enqueue(input) : extractDocument(input, { maxBytes: options.maxBytes });
    },
    async close() {
      closed = true;
      const running = slots.filter((s): s is Slot => s !== null);
      slots.fill(null);
      for (const job of queue.splice(0)) job.reject(new Error('the extraction pool is closed'));
      for (const slot of running) {
        if (slot.timer !== null) clearTimeout(slot.timer);
        for (const job of slot.jobs.splice(0)) job.reject(new Error('the extraction pool is closed'));
      }
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}

/** Whether the document will be read as a PDF (a document Tally would refuse anyway is not). */
function isPdf(input: ExtractDocumentInput): boolean {
  if (input.plainText) return false;
  try {
    return detectMediaType(input.bytes, input.source, input.declared ?? null) === 'application/pdf';
  } catch {
    return false;
  }
}

function rebuildError(reply: Extract<ExtractionReply, { ok: false }>): Error {
  if (reply.code !== null && reply.code in ERROR_CODES) return new DomainError(reply.code as ErrorCode, reply.message);
  const error = new Error(reply.message);
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
