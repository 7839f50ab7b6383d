// A tiny, dependency-free PDF 1.4 writer for test fixtures and the example corpus: real text layers, no images.
//
// What it produces: one Helvetica font (a standard-14 font, so no font file is embedded) with WinAnsiEncoding,
// which covers ASCII, Latin-1 (á é í ó ú ñ ü ¿ ¡ ç …) and the Windows-1252 extras typographic text uses
// (“ ” ‘ ’ – — … € •). Each page is a list of lines drawn top-down at a fixed leading; an empty string is a blank
// line, which PDF readers see as a vertical gap. Lines are drawn as given: no wrapping, no hyphenation (use
// `layoutPages` to wrap and paginate running text). The file body is pure ASCII (non-ASCII bytes in strings are
// written as octal escapes) apart from the customary binary-marker comment, and byte offsets in the xref table
// are exact, so strict readers accept it without repair.
//
//   makePdf([['Line one', 'Line two'], ['Page two']], { title: 'Informe' })  →  Uint8Array
//   makePdf(layoutPages(longText), { title })                                →  wrapped, paginated

export type PdfOptions = {
  /** Document Info `/Title` (any Unicode; written as UTF-16BE). */
  title?: string;
  /** Document Info `/Author`. */
  author?: string;
  /** Font size in points (default 11). */
  fontSize?: number;
  /** Distance between baselines in points (default 14). */
  leading?: number;
};

/** A4 portrait, in points, with one-inch margins. */
export const PAGE = { width: 595, height: 842, margin: 72 } as const;

const DEFAULT_FONT_SIZE = 11;
const DEFAULT_LEADING = 14;

/** Windows-1252 bytes 0x80–0x9F that PDF's WinAnsiEncoding also uses, keyed by the character they draw. */
const WIN_ANSI_EXTRAS: ReadonlyMap<string, number> = new Map([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87], ['ˆ', 0x88],
  ['‰', 0x89], ['Š', 0x8a], ['‹', 0x8b], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91], ['’', 0x92], ['“', 0x93],
  ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97], ['˜', 0x98], ['™', 0x99], ['š', 0x9a], ['›', 0x9b],
  ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);

/** How many lines fit on one page at a given leading. */
export function linesPerPage(options: PdfOptions = {}): number {
  const leading = options.leading ?? DEFAULT_LEADING;
  return Math.floor((PAGE.height - 2 * PAGE.margin) / leading) + 1;
}

/**
 * Wraps running text into lines of at most `width` characters (at spaces; a longer word stays whole),
 * keeps a blank line between paragraphs (paragraphs are separated by blank lines in `text`), and cuts the
 * lines into pages. At the default 11 pt Helvetica, 80 characters fit comfortably inside the margins.
 */
export function layoutPages(text: string, options: PdfOptions & { width?: number } = {}): string[][] {
  const width = options.width ?? 80;
  const lines: string[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/);
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) lines.push('');
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    if (line !== '') lines.push(line);
  });
  const perPage = linesPerPage(options);
  const pages: string[][] = [];
  for (let start = 0; start < lines.length; start += perPage) {
    const page = lines.slice(start, start + perPage);
    while (page[0] === '') page.shift(); // a page does not open on a blank line
    pages.push(page);
  }
  return pages.length > 0 ? pages : [[]];
}

/**
 * Builds a PDF 1.4 file. `pages[i]` is page i+1's lines, top to bottom. Throws on a character that
 * WinAnsiEncoding cannot draw (rather than silently writing a wrong glyph) and on a page with more lines
 * than fit (see `linesPerPage`). An empty page (`[]`) has no text layer, like a scanned page.
 */
export function makePdf(pages: string[][], options: PdfOptions = {}): Uint8Array {
  if (pages.length === 0) throw new Error('makePdf: a PDF needs at least one page');
  const fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  const leading = options.leading ?? DEFAULT_LEADING;
  const maxLines = linesPerPage(options);

  // Object numbers: 1 catalog, 2 page tree, 3 font, 4 info, then a (page, content) pair per page.
  const pageRef = (i: number): number => 5 + 2 * i;
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageRef(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    infoDictionary(options),
  ];
  pages.forEach((lines, i) => {
    if (lines.length > maxLines) {
      throw new Error(`makePdf: page ${i + 1} has ${lines.length} lines; at most ${maxLines} fit`);
    }
    const content = contentStream(lines, { fontSize, leading });
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
        `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageRef(i) + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  });

  // Every character below is < 0x100, so string length equals byte length and offsets are exact.
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;

  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
  return bytes;
}

function contentStream(lines: readonly string[], layout: { fontSize: number; leading: number }): string {
  if (lines.length === 0) return '';
  const top = PAGE.height - PAGE.margin;
  const ops = [`BT /F1 ${layout.fontSize} Tf ${layout.leading} TL ${PAGE.margin} ${top} Td`];
  lines.forEach((line, i) => {
    if (i > 0) ops.push('T*');
    if (line !== '') ops.push(`(${pdfLiteral(line)}) Tj`);
  });
  ops.push('ET');
  return ops.join('\n');
}

/** Escapes a line for a PDF literal string in WinAnsiEncoding; non-ASCII bytes become octal escapes. */
function pdfLiteral(line: string): string {
  let out = '';
  for (const char of line) {
    const byte = winAnsiByte(char);
    if (byte === undefined) {
      throw new Error(`makePdf: WinAnsiEncoding cannot draw ${JSON.stringify(char)} in ${JSON.stringify(line)}`);
    }
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (byte >= 0x20 && byte < 0x7f) out += char;
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return out;
}

function winAnsiByte(char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return code;
  if (code >= 0xa0 && code <= 0xff) return code; // Latin-1 and Windows-1252 agree here
  return WIN_ANSI_EXTRAS.get(char);
}

function infoDictionary(options: PdfOptions): string {
  const entries = ['/Producer (tally test/support/make-pdf)'];
  if (options.title !== undefined) entries.push(`/Title ${utf16Hex(options.title)}`);
  if (options.author !== undefined) entries.push(`/Author ${utf16Hex(options.author)}`);
  return `<< ${entries.join(' ')} >>`;
}

/** A PDF text string as UTF-16BE with a byte-order mark: the one encoding that carries any Unicode. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
