import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { layoutPages, linesPerPage, makePdf } from './make-pdf.js';

async function readBack(pdf: Uint8Array): Promise<{ pages: string[]; title: unknown }> {
  const document = await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 });
  const { text } = await extractText(document, { mergePages: false });
  const { info } = await getMeta(document);
  await document.destroy();
  return { pages: text, title: info['Title'] };
}

describe('makePdf', () => {
  const lines: [string, string][] = [
    ['Spanish letters and punctuation', '¿Cuántos? ¡Atención! Según Núñez, el pingüino comió ñame en Bogotá: ÁÉÍÓÚ Ü Ñ'],
    ['Latin-1 extras', 'Ça va, «très» bien — 3° 1ª 2º à è ì ò ù ç'],
    ['Windows-1252 typography', '“Quoted” ‘single’ – en dash — em dash … ellipsis • bullet € euro'],
    ['PDF string delimiters', 'Parentheses (like these) and a back\\slash survive'],
  ];
  for (const [name, line] of lines) {
    it(`writes text a PDF reader gets back exactly: ${name}`, async () => {
      const { pages } = await readBack(makePdf([[line]]));
      assert.equal(pages[0], line);
    });
  }

  it('keeps pages and line order, and stores a Unicode title', async () => {
    const pdf = makePdf([['Página uno', 'segunda línea'], ['Page two']], { title: 'Informe anual: Año de ñandúes' });
    const { pages, title } = await readBack(pdf);
    assert.deepEqual(pages, ['Página uno\nsegunda línea', 'Page two']);
    assert.equal(title, 'Informe anual: Año de ñandúes');
  });

  it('starts with the PDF header and ends with the EOF marker', () => {
    const text = new TextDecoder('latin1').decode(makePdf([['x']]));
    assert.ok(text.startsWith('%PDF-1.4\n'));
    assert.ok(text.endsWith('%%EOF\n'));
  });

  it('writes an empty page as a page without a text layer', async () => {
    const { pages } = await readBack(makePdf([[]]));
    assert.deepEqual(pages, ['']);
  });

  it('refuses characters WinAnsiEncoding cannot draw rather than writing wrong glyphs', () => {
    assert.throws(() => makePdf([['Ελληνικά']]), /cannot draw/);
  });

  it('refuses a page with more lines than fit', () => {
    const tooMany = Array.from({ length: linesPerPage() + 1 }, (_, i) => `line ${i}`);
    assert.throws(() => makePdf([tooMany]), /at most \d+ fit/);
  });
});

describe('layoutPages', () => {
  it('wraps at spaces, keeps a blank line between paragraphs and fills pages in order', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const pages = layoutPages(`${words}\n\nSecond paragraph.`, { width: 30 });
    const all = pages.flat();
    assert.ok(pages.length > 1);
    assert.ok(pages.every((page) => page.length <= linesPerPage()));
    assert.ok(all.every((line) => line.length <= 30));
    assert.equal(all.filter((l) => l !== '').join(' '), `${words} Second paragraph.`);
    assert.equal(all.at(-2), '');
  });
});
