/**
 * One received file → a document with its claims: the step `tally extract` and `tally ingest` share.
 * Reading and hashing are separate from extraction so ingest can skip a document it already stores
 * before spending time on it.
 */
import { createHash } from 'node:crypto';
import type { Claim, Figures } from '../domain/claim.js';
import type { Document, DocumentId, MediaType } from '../domain/document.js';
import { DomainError } from '../domain/errors.js';
import { getPack } from '../language-packs/index.js';
import { detectLanguage } from '../pipeline/extract/detect-language.js';
import { readDocument } from '../pipeline/extract/read-document.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { FramingMention } from '../domain/event.js';
import type { IncomingFile } from './incoming-file.js';
import type { DocumentHints } from './ports.js';

export type ExtractDocumentInput = {
  source: string;
  /** The bytes exactly as received: their SHA-256 is the document's identity. */
  bytes: Uint8Array;
  /** Read the document as this language instead of detecting it. */
  lang?: string | null;
  /** A document that arrived as text with metadata (a line of `ingest --jsonl`): read as plain text,
   *  whatever its source is called, and the given title and publication date win over none. */
  plainText?: { title: string | null; publishedAt: string | null };
  /** What the sender said the type is (a fetched URL's Content-Type); the content still decides. */
  declared?: MediaType | null;
};

export type ExtractDocumentDeps = { maxBytes: number };

export type ExtractDocumentOutput = {
  document: Omit<Document, 'ingestedAt'>;
  claims: Claim[];
  figures: Figures;
  /** The date and place the document is about, and its framing words: stored so regrouping reads them. */
  hints: DocumentHints;
  framing: FramingMention[];
  /** Why there are no claims when the language had no pack (or could not be told); else null. */
  notice: string | null;
};

export async function extractDocument(
  input: ExtractDocumentInput,
  deps: ExtractDocumentDeps,
): Promise<ExtractDocumentOutput> {
  const { id, sha256 } = hashDocument(input.bytes);
  const read = await readDocument(input.bytes, input.source, {
    maxBytes: deps.maxBytes,
    ...(input.plainText ? { mediaType: 'text/plain' as const } : { declared: input.declared ?? null }),
  });
  const extracted = input.plainText ? { ...read, ...input.plainText } : read;
  const langDetected = input.lang ?? detectLanguage(extracted.text).lang;
  const pack = langDetected === null ? null : getPack(langDetected);
  const document = { ...extracted, id, sha256, source: input.source, byteLength: input.bytes.byteLength };
  if (pack === null) {
    // A document in a language we have no pack for is kept, but never read with another language's rules.
    const notice =
      langDetected === null
        ? 'could not tell the language (too little text?); no claims extracted — give --lang to choose one'
        : `no language pack for '${langDetected}'; no claims extracted`;
    return { document: { ...document, lang: null, langDetected }, claims: [], figures: {}, hints: { date: null, place: null }, framing: [], notice };
  }
  const result = runPipeline(extracted.text, pack, { title: extracted.title, publishedAt: extracted.publishedAt });
  return {
    document: { ...document, lang: pack.lang, langDetected },
    claims: result.claims,
    figures: result.figures,
    hints: result.hints,
    framing: result.framing,
    notice: null,
  };
}

export function hashDocument(bytes: Uint8Array): { id: DocumentId; sha256: string } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { id: `sha256:${sha256}`, sha256 };
}

/**
 * Reads a file's bytes, refusing an oversized one before loading it: a multi-gigabyte file must not be
 * read into memory only to be rejected. (readDocument checks the size again for callers without a size.)
 */
export async function readIncomingFile(file: IncomingFile, maxBytes: number): Promise<Uint8Array> {
  if (file.size !== null && file.size > maxBytes) {
    let [size, limit] = [formatSize(file.size), formatSize(maxBytes)];
    if (size === limit) [size, limit] = [`${file.size} bytes`, `${maxBytes}-byte`];
    throw new DomainError('document.too_large', `is ${size}, over the ${limit} limit`);
  }
  return file.read();
}

/** A failure of one file as a stable code and a message, whatever was thrown. */
export function describeFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  // A bug in a stage must not stop the other files of a run; the cause keeps the stack for TALLY_DEBUG.
  const message = error instanceof Error ? error.message : String(error);
  return new DomainError('document.extraction_failed', `could not be processed: ${message}`, { cause: error });
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : [bytes / 1024 ** 2, 'MB'];
  const shown = value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${unit}`;
}
