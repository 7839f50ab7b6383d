// Reads a PDF's text layer with unpdf (PDF.js) and rebuilds its paragraphs; any parser failure is `document.corrupt_pdf`.
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { ExtractedText } from '../../domain/document.js';
import { DomainError } from '../../domain/errors.js';
import { rejoinPdfLines, type PdfLine } from './rejoin-pdf-lines.js';

type TextItem = { str: string; x: number; y: number; width: number; fontSize: number; hasEOL: boolean };

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE = 0.5;
/** A horizontal gap wider than this share of the font size between two items is a space. */
const WORD_GAP = 0.2;

/** Text and title of a PDF. Rejects with `document.corrupt_pdf` or, without a text layer, `document.empty`. */
export async function readPdf(bytes: Uint8Array): Promise<ExtractedText> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  let pages: TextItem[][];
  let info: Record<string, unknown>;
  try {
    // PDF.js may take over (detach) the buffer it is given; the caller's bytes must stay intact.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = (await extractTextItems(document)).items;
    info = (await getMeta(document).catch(() => ({ info: {} }))).info;
  } catch (cause) {
    throw new DomainError('document.corrupt_pdf', `could not be read as a PDF: ${describe(cause)}`, { cause });
  } finally {
    await document?.destroy().catch(() => undefined);
  }

  const text = rejoinPdfLines(pages.flatMap((items, index) => linesOf(items, index + 1)));
  if (text.trim() === '') {
    throw new DomainError('document.empty', 'has no text layer (scanned?); run OCR on it first');
  }
  const title = typeof info['Title'] === 'string' && info['Title'].trim() !== '' ? info['Title'].trim() : null;
  return { text, mediaType: 'application/pdf', title, byline: null, siteName: null, publishedAt: null };
}

/** Groups a page's text items into visual lines, in the order PDF.js reports them. */
function linesOf(items: readonly TextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  let endOfLine = false;
  for (const item of items) {
    const sameLine = line !== null && !endOfLine && Math.abs(item.y - line.y) < SAME_LINE * Math.max(item.fontSize, line.fontSize, 1);
    if (item.str !== '') {
      if (line === null || !sameLine) {
        line = { page, text: item.str, x: item.x, y: item.y, right: item.x + item.width, fontSize: item.fontSize };
        lines.push(line);
      } else {
        const gap = item.x - line.right;
        const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
        line.text += !spaced && gap > WORD_GAP * item.fontSize ? ` ${item.str}` : item.str;
        line.x = Math.min(line.x, item.x);
        line.right = Math.max(line.right, item.x + item.width);
        line.fontSize = Math.max(line.fontSize, item.fontSize);
      }
      endOfLine = item.hasEOL;
    } else {
      endOfLine ||= item.hasEOL; // PDF.js marks some line ends with an empty item
    }
  }
  // PDF layout spacing is not content: runs of spaces inside a line are one space.
  return lines.map((l) => ({ ...l, text: l.text.replace(/[ \t]+/g, ' ').trim() }));
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    if (cause.name === 'PasswordException') return 'it is protected by a password';
    return cause.message || cause.name;
  }
  return String(cause);
}
