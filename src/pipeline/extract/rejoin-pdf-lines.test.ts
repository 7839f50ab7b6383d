import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rejoinPdfLines, type PdfLine } from './rejoin-pdf-lines.js';

/** Lays lines out like a typeset page: 14 pt leading, "" is a blank line, widths from an average glyph. */
function page(lines: readonly string[], options: { page?: number; fontSize?: number } = {}): PdfLine[] {
  const fontSize = options.fontSize ?? 11;
  return lines.flatMap((text, i) =>
    text === '' ? [] : [{ page: options.page ?? 1, text, x: 72, y: 770 - 14 * i, right: 72 + text.length * 5.5, fontSize }],
  );
}

const FULL = 'This line is as long as a full line of body text usually is on';

describe('rejoinPdfLines', () => {
  const cases: [string, PdfLine[], string][] = [
    ['joins hard-wrapped lines with a space', page([FULL, 'the page.']), `${FULL} the page.`],
    ['mends a word broken by a hyphen before a lowercase letter', page(['Se contaron doce asesina-', 'tos en total.']), 'Se contaron doce asesinatos en total.'],
    ['keeps the hyphen when the next line starts uppercase', page([`${FULL} the Anti-`, 'Government front.']), `${FULL} the Anti-Government front.`],
    ['keeps the hyphen of a known compound', page([`${FULL} a well-`, 'known witness.']), `${FULL} a well-known witness.`],
    ['never ends a paragraph on a hyphen, even on a short line', page(['by the Anti-', 'Corruption Office.']), 'by the Anti-Corruption Office.'],
    ['keeps the hyphen after a number', page([`${FULL} a 12-`, 'year-old boy.']), `${FULL} a 12-year-old boy.`],
    ['always removes a soft hyphen at a line end', page([`${FULL} the Anti\u00ad`, 'Government front.']), `${FULL} the AntiGovernment front.`],
    ['breaks paragraphs at a blank line', page([FULL, '', 'Second paragraph.']), `${FULL}\n\nSecond paragraph.`],
    ['breaks after a short line that ends a sentence', page([FULL, 'ended here.', FULL]), `${FULL} ended here.\n\n${FULL}`],
    ['breaks after a short heading followed by a capital', page(['Background', FULL]), `Background\n\n${FULL}`],
    ['breaks when the font size changes', [...page(['Big title'], { fontSize: 18 }), ...page(['', 'body text follows.'])], 'Big title\n\nbody text follows.'],
    ['starts a paragraph at a bullet', page([FULL, '• first item']), `${FULL}\n\n• first item`],
    ['runs a paragraph on across a page break', [...page([FULL]), ...page(['continued here.'], { page: 2 })], `${FULL} continued here.`],
    ['breaks across pages after a finished sentence', [...page([FULL, 'it ended.']), ...page(['New one.'], { page: 2 })], `${FULL} it ended.\n\nNew one.`],
    ['returns nothing for no lines', [], ''],
  ];
  for (const [behaviour, lines, expected] of cases) {
    it(behaviour, () => assert.equal(rejoinPdfLines(lines), expected));
  }
});
