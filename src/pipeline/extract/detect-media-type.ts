/**
 * Which reader a received file gets, decided by its content first: a file's name is only a claim (an
 * executable renamed report.pdf, a PDF saved as notes.txt, a web page saved as .pdf). Magic bytes pick
 * PDF or refuse a known binary format; HTML is recognised by its opening tags; only plain text is left
 * to the declared type (a Content-Type) or the name, to tell plain text from Markdown.
 */
import type { MediaType } from '../../domain/document.js';
import { DomainError } from '../../domain/errors.js';
import { BINARY_SIGNATURES } from './decode-text.js';

const BY_EXTENSION: Readonly<Record<string, MediaType>> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** PDF readers accept the header after a little junk; only a file named .pdf gets that leniency. */
const PDF_HEADER_WINDOW = 1024;
/** How far into the file the opening tags of an HTML page are looked for. */
const HTML_SNIFF_BYTES = 1024;

const PDF_MAGIC = '%PDF-';
/** Every Windows executable starts with "MZ" and has NUL bytes in its DOS header; text does not. */
const EXECUTABLE = { name: 'a Windows executable', test: (head: string) => head.startsWith('MZ') && head.slice(0, 64).includes('\0') };

/**
 * The media type of `bytes`. `declared` is what the sender said (an HTTP Content-Type); it only
 * chooses between the text types. Throws `document.binary` for a recognised non-document format,
 * `document.not_pdf` for a .pdf name on text content, `document.unsupported_type` for text under a
 * name Tally does not read.
 */
export function detectMediaType(bytes: Uint8Array, fileName: string, declared: MediaType | null = null): MediaType {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.max(PDF_HEADER_WINDOW, HTML_SNIFF_BYTES)));
  const extension = extensionOf(fileName);
  const named = BY_EXTENSION[extension];
  if (head.startsWith(PDF_MAGIC) || (named === 'application/pdf' && head.includes(PDF_MAGIC))) return 'application/pdf';
  const signature = BINARY_SIGNATURES.find(({ magic }) => magic.every((b, i) => bytes[i] === b));
  const binary = signature?.name ?? (EXECUTABLE.test(head) ? EXECUTABLE.name : null);
  if (binary !== null) {
    throw new DomainError('document.binary', `is ${binary} (by its content), not a document Tally reads: PDF, HTML, Markdown or plain text`);
  }
  if (looksLikeHtml(head)) return 'text/html';
  if (declared !== null && declared !== 'application/pdf') return declared;
  if (named === 'application/pdf') {
    throw new DomainError('document.not_pdf', 'is not a PDF: it does not start with the %PDF- header');
  }
  if (named !== undefined) return named;
  const what = extension === '' ? 'has no file extension' : `has an unsupported type (${extension})`;
  throw new DomainError('document.unsupported_type', `${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
}

/** Starts (after a BOM, blanks and comments) with a doctype or an html, head or body tag. */
function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^(\xef\xbb\xbf)?(\s|<!--[\s\S]*?-->)*/, '').toLowerCase();
  return /^<(!doctype\s+html|html|head|body)[\s>/]/.test(start);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}
