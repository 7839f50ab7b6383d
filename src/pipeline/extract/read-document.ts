// Turns the bytes of a received file into text, choosing the reader by extension and checking the bytes agree.
import type { ExtractedText, MediaType } from '../../domain/document.js';
import { DomainError } from '../../domain/errors.js';
import { decodeText } from './decode-text.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';

const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(MEDIA_TYPES);

/** The PDF header may follow a little junk; readers accept it within the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

/**
 * Reads one received file. Errors are `DomainError`s whose message completes a sentence that starts with
 * the file's name ("report.pdf " + "has no text layer (scanned?)…").
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  options: { maxBytes: number },
): Promise<ExtractedText> {
  const extension = extensionOf(fileName);
  const mediaType = MEDIA_TYPES[extension];
  if (mediaType === undefined) {
    const what = extension === '' ? 'has no file extension' : `has an unsupported type (${extension})`;
    throw new DomainError('document.unsupported_type', `${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  if (bytes.length === 0) throw new DomainError('document.empty', 'is empty');
  if (bytes.length > options.maxBytes) {
    let [size, limit] = [formatSize(bytes.length), formatSize(options.maxBytes)];
    if (size === limit) [size, limit] = [`${bytes.length} bytes`, `${options.maxBytes}-byte`];
    throw new DomainError('document.too_large', `is ${size}, over the ${limit} limit`);
  }

  if (mediaType === 'application/pdf') {
    assertPdfHeader(bytes);
    return readPdf(bytes);
  }
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

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function assertPdfHeader(bytes: Uint8Array): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW));
  if (head.includes('%PDF-')) return;
  const looksLikeHtml = /^\s*</.test(head) && /<(!doctype|html|head|body)/i.test(head);
  throw new DomainError(
    'document.not_pdf',
    looksLikeHtml
      ? 'is not a PDF: it is an HTML page (a download that returned a web page?)'
      : 'is not a PDF: it does not start with the %PDF- header',
  );
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
