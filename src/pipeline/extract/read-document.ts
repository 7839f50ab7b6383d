// Turns the bytes of a received file into text, choosing the reader by what the bytes are (detect-media-type.ts).
import type { ExtractedText, MediaType } from '../../domain/document.js';
import { DomainError } from '../../domain/errors.js';
import { decodeText } from './decode-text.js';
import { detectMediaType } from './detect-media-type.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';

export { SUPPORTED_EXTENSIONS } from './detect-media-type.js';

export type ReadDocumentOptions = {
  maxBytes: number;
  /** What the sender said the type is (an HTTP Content-Type); the content still decides PDF and HTML. */
  declared?: MediaType | null;
  /** The type, known for certain (text that arrived as text, e.g. a line of --jsonl): nothing is sniffed. */
  mediaType?: MediaType;
};

/**
 * Reads one received file. Errors are `DomainError`s whose message completes a sentence that starts with
 * the file's name ("report.pdf " + "has no text layer (scanned?)…").
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadDocumentOptions,
): Promise<ExtractedText> {
  if (bytes.length === 0) throw new DomainError('document.empty', 'is empty');
  const mediaType = options.mediaType ?? detectMediaType(bytes, fileName, options.declared ?? null);
  if (bytes.length > options.maxBytes) {
    let [size, limit] = [formatSize(bytes.length), formatSize(options.maxBytes)];
    if (size === limit) [size, limit] = [`${bytes.length} bytes`, `${options.maxBytes}-byte`];
    throw new DomainError('document.too_large', `is ${size}, over the ${limit} limit`);
  }

  if (mediaType === 'application/pdf') return readPdf(bytes);
  const text = normalizeLineEndings(decodeText(bytes));
  if (text.trim() === '') throw new DomainError('document.empty', 'contains only whitespace');
  if (mediaType === 'text/html') {
    const page = readHtml(text);
    if (page.text.trim() === '') throw new DomainError('document.empty', 'is an HTML page with no readable text');
    return page;
  }
  const title = mediaType === 'text/markdown' ? markdownTitle(text) : null;
  return { text, mediaType, title, byline: null, siteName: null, publishedAt: null };
}

function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The first level-1 heading (`# Title` or `Title` underlined with `===`), outside fenced code. */
function markdownTitle(text: string): string | null {
  const lines = text.split('\n', 2000); // a title is near the top; do not split a whole large file
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const atx = /^\s{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) return atx[1]!.trim();
    const next = lines[i + 1];
    if (next !== undefined && /^\s{0,3}=+\s*$/.test(next) && line.trim() !== '') return line.trim();
  }
  return null;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
