import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError, type ErrorCode } from '../../domain/errors.js';
import { layoutPages, makePdf } from '../../../test/support/make-pdf.js';
import { readDocument } from './read-document.js';

const LIMIT = { maxBytes: 5_000_000 };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const read = (data: Uint8Array | string, fileName: string, options = LIMIT) =>
  readDocument(typeof data === 'string' ? utf8(data) : data, fileName, options);

const isDomainError = (code: ErrorCode, message?: RegExp) => (error: unknown) => {
  assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
  assert.equal(error.code, code);
  if (message) assert.match(error.message, message);
  return true;
};

// Fictional events throughout.
const EN_REPORT = 'At least 14 people were killed in Puerto Lindo on Monday, the regional ombudsman said.\n\nThe army put the toll at “nine”.';
const ES_REPORT = 'Al menos 14 personas murieron en Puerto Lindo el lunes, según la Defensoría regional.\n\nEl ejército habló de «nueve» víctimas; ¿quién tiene razón?';

describe('readDocument: plain text and Markdown', () => {
  const cases: { behaviour: string; file: string; input: Uint8Array | string; text: string; title?: string | null; mediaType: string }[] = [
    { behaviour: 'reads English text unchanged', file: 'report.txt', input: EN_REPORT, text: EN_REPORT, mediaType: 'text/plain' },
    { behaviour: 'reads Spanish text unchanged', file: 'informe.TXT', input: ES_REPORT, text: ES_REPORT, mediaType: 'text/plain' },
    { behaviour: 'normalises CRLF and CR line endings to LF', file: 'a.txt', input: 'Line one\r\nLine two\rLine three', text: 'Line one\nLine two\nLine three', mediaType: 'text/plain' },
    { behaviour: 'drops a UTF-8 byte-order mark', file: 'a.txt', input: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Doce muertos')]), text: 'Doce muertos', mediaType: 'text/plain' },
    { behaviour: 'keeps Markdown as written and takes the first # heading as title', file: 'note.md', input: '# Toll in Puerto Lindo\n\nAt least **14** killed.\n\n# Second heading', text: '# Toll in Puerto Lindo\n\nAt least **14** killed.\n\n# Second heading', title: 'Toll in Puerto Lindo', mediaType: 'text/markdown' },
    { behaviour: 'takes a title underlined with === in Markdown', file: 'nota.markdown', input: 'Balance de víctimas\n===\n\nTexto.', text: 'Balance de víctimas\n===\n\nTexto.', title: 'Balance de víctimas', mediaType: 'text/markdown' },
    { behaviour: 'ignores headings inside fenced code and ## headings', file: 'n.md', input: '```\n# not a title\n```\n## Sub\n\nText', text: '```\n# not a title\n```\n## Sub\n\nText', title: null, mediaType: 'text/markdown' },
    { behaviour: 'gives plain text no title even if it starts with #', file: 'a.txt', input: '# not markdown here', text: '# not markdown here', title: null, mediaType: 'text/plain' },
  ];
  for (const c of cases) {
    it(c.behaviour, async () => {
      const result = await read(c.input, c.file);
      assert.equal(result.text, c.text);
      assert.equal(result.mediaType, c.mediaType);
      if (c.title !== undefined) assert.equal(result.title, c.title);
      assert.deepEqual([result.byline, result.siteName, result.publishedAt], [null, null, null]);
    });
  }

  // Its speed is measured by the speed benchmark (bench/speed), not here: a timed assertion fails on a busy machine.
  it('reads a 1 MB text file whole, with its line endings made plain', async () => {
    const line = 'Al menos 14 personas murieron en Puerto Lindo, según la Defensoría.';
    const big = utf8(`${line}\r\n`.repeat(15_000));
    assert.ok(big.length > 1_000_000);
    const result = await read(big, 'big.txt');
    assert.equal(result.text, `${line}\n`.repeat(15_000));
  });
});

const ARTICLE_BODY = `
  <p>At least 14 people were killed and 23 injured when gunmen attacked a market in Puerto Lindo on Monday,
     the regional ombudsman said in a statement. Witnesses described hours of shooting in the town centre.</p>
  <p>The army put the toll at nine and said an operation was under way. Local groups said several residents
     were still missing and that families had fled to the neighbouring district of Alto Verde.</p>`;

const page = (head: string, body = `<article><h1>Fourteen killed in Puerto Lindo</h1>${ARTICLE_BODY}</article>`) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('readDocument: HTML metadata', () => {
  const cases: { behaviour: string; head: string; body?: string; expected: Record<string, string | null> }[] = [
    {
      behaviour: 'reads title, byline, site name and an article:published_time with its offset',
      head: `<title>Fourteen killed in Puerto Lindo | The Lindo Herald</title>
        <meta property="og:site_name" content="The Lindo Herald"><meta name="author" content="Marta Quiroga">
        <meta property="article:published_time" content="2024-03-11T18:40:00-05:00">`,
      expected: { title: 'Fourteen killed in Puerto Lindo', byline: 'Marta Quiroga', siteName: 'The Lindo Herald', publishedAt: '2024-03-11T18:40:00-05:00' },
    },
    {
      behaviour: 'reads the date, author and publisher from JSON-LD',
      head: `<title>Fourteen killed</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"NewsArticle","headline":"Fourteen killed","datePublished":"2024-03-12","author":[{"@type":"Person","name":"Luis Peña"}],
         "publisher":{"@type":"Organization","name":"Diario del Sur"}}]}</script>`,
      expected: { byline: 'Luis Peña', siteName: 'Diario del Sur', publishedAt: '2024-03-12' },
    },
    {
      behaviour: 'reads <meta name="date"> and skips broken JSON-LD',
      head: '<title>T</title><script type="application/ld+json">{ not json</script><meta name="date" content="2024-03-13">',
      expected: { publishedAt: '2024-03-13' },
    },
    {
      behaviour: 'reads a <time datetime> when the head has no date',
      head: '<title>T</title>',
      body: `<article><p class="meta"><time datetime="2024-03-14T07:00:00Z">14 March</time></p>${ARTICLE_BODY}</article>`,
      expected: { publishedAt: '2024-03-14T07:00:00Z' },
    },
    {
      behaviour: 'leaves what the page does not say as null',
      head: '<title>Undated</title>',
      expected: { byline: null, siteName: null, publishedAt: null },
    },
  ];
  for (const c of cases) {
    it(c.behaviour, async () => {
      const result = await read(page(c.head, c.body), 'page.html');
      assert.equal(result.mediaType, 'text/html');
      for (const [key, value] of Object.entries(c.expected)) assert.equal(result[key as keyof typeof result], value, key);
      assert.match(result.text, /At least 14 people were killed/);
    });
  }
});

describe('readDocument: HTML text', () => {
  it('never keeps script, style, event-handler or javascript: URL content', async () => {
    const html = page(
      '<title>T</title><script>var secret = "SCRIPT-PAYLOAD";</script><style>p { content: "STYLE-PAYLOAD" }</style>',
      `<article>${ARTICLE_BODY}
        <img src="x.png" onerror="alert('ONERROR-PAYLOAD')">
        <p>Read the <a href="javascript:alert('HREF-PAYLOAD')" onclick="steal('CLICK-PAYLOAD')">full statement</a>.</p>
        <script>document.write('INLINE-PAYLOAD')</script><noscript>NOSCRIPT-PAYLOAD</noscript></article>`,
    );
    const { text } = await read(html, 'page.html');
    assert.doesNotMatch(text, /PAYLOAD|alert|javascript|secret/);
    assert.match(text, /Read the full statement\./);
  });

  it('puts headings and list items in paragraphs of their own and tables as " | " rows', async () => {
    const html = page('<title>T</title>', `<article>${ARTICLE_BODY}
      <h2>Victims by town</h2>
      <ul><li>Puerto Lindo:   14 killed</li><li>Alto Verde: 3
        missing</li></ul>
      <table><thead><tr><th>Town</th><th>Killed</th><th>Injured</th></tr></thead>
        <tbody><tr><td>Puerto Lindo</td><td>14</td><td>23</td></tr><tr><td><p>Alto</p><p>Verde</p></td><td>0</td><td>2</td></tr></tbody></table>
      <p>Figures by Smith &amp; Jones&nbsp;Ltd &mdash; &ldquo;provisional&rdquo;.</p></article>`);
    const paragraphs = (await read(html, 'page.htm')).text.split('\n\n');
    assert.deepEqual(paragraphs.slice(-5), [
      'Victims by town',
      'Puerto Lindo: 14 killed',
      'Alto Verde: 3 missing',
      'Town | Killed | Injured\nPuerto Lindo | 14 | 23\nAlto Verde | 0 | 2',
      'Figures by Smith & Jones\u00a0Ltd — “provisional”.',
    ]);
  });

  it('falls back to the page text when there is no article, leaving out navigation', async () => {
    const html = '<html><head><title>Aviso</title></head><body><nav><a href="/">Inicio</a></nav>' +
      '<div>Cinco muertos en Alto Verde.</div><div>La policía busca a <b>dos</b> desaparecidos.<br>Fin.</div></body></html>';
    const result = await read(html, 'aviso.html');
    assert.equal(result.text, 'Cinco muertos en Alto Verde.\n\nLa policía busca a dos desaparecidos.\n\nFin.');
    assert.equal(result.title, 'Aviso');
  });

  it('reads an HTML fragment without <html> or <body>', async () => {
    const result = await read('<p>Three people were injured in Alto Verde.</p>', 'fragment.html');
    assert.equal(result.text, 'Three people were injured in Alto Verde.');
  });
});

const WRAPPED_PAGE = [
  'Informe de la Defensoría',
  '',
  'Según la Defensoría del Pueblo, al menos catorce campesinos fueron asesina-',
  'dos el lunes en la vereda El Pingüino, en las afueras de Puerto Lindo, y otros',
  'veintitrés resultaron heridos.',
  '',
  'Un testigo “bien informado” dijo que el grupo armado llegó de madrugada; ¡nadie',
  'los esperaba! ¿Cuántos más hay?',
  'The so-called self-',
  'defence militia was blamed by the Anti-',
  'Corruption Office.',
];

describe('readDocument: PDF', () => {
  it('reads Spanish accents and rebuilds paragraphs from hard-wrapped lines', async () => {
    const result = await read(makePdf([WRAPPED_PAGE], { title: 'Informe: año 2024' }), 'informe.pdf');
    assert.equal(result.mediaType, 'application/pdf');
    assert.equal(result.title, 'Informe: año 2024');
    assert.deepEqual(result.text.split('\n\n'), [
      'Informe de la Defensoría',
      'Según la Defensoría del Pueblo, al menos catorce campesinos fueron asesinados el lunes en la vereda El Pingüino, en las afueras de Puerto Lindo, y otros veintitrés resultaron heridos.',
      'Un testigo “bien informado” dijo que el grupo armado llegó de madrugada; ¡nadie los esperaba! ¿Cuántos más hay?',
      'The so-called self-defence militia was blamed by the Anti-Corruption Office.',
    ]);
  });

  it('continues a paragraph across a page break and has no title without metadata', async () => {
    const first = ['The ombudsman counted fourteen dead in Puerto Lindo and said the toll could rise', 'as teams reached'];
    const result = await read(makePdf([first, ['the outlying villages.']]), 'report.pdf');
    assert.equal(result.text, 'The ombudsman counted fourteen dead in Puerto Lindo and said the toll could rise as teams reached the outlying villages.');
    assert.equal(result.title, null);
  });

  it('gets back exactly the paragraphs of a wrapped, multi-page report', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) =>
      `${i + 1}. Según la Defensoría, al menos ${i + 3} personas murieron en la vereda número ${i + 1} de Puerto Lindo. ` +
      'Las autoridades locales confirmaron que otras familias huyeron hacia la cabecera municipal. '.repeat(i % 4) +
      '¿Habrá más víctimas?');
    const pdf = makePdf(layoutPages(paragraphs.join('\n\n')));
    const result = await read(pdf, 'informe-largo.pdf');
    assert.deepEqual(result.text.split('\n\n'), paragraphs);
  });

  it('leaves the caller\'s bytes untouched', async () => {
    const pdf = makePdf([['Fourteen killed.']]);
    const copy = pdf.slice();
    await read(pdf, 'a.pdf');
    assert.deepEqual(pdf, copy);
  });
});

describe('readDocument: errors', () => {
  const truncatedPdf = makePdf([['Fourteen killed.']]).slice(0, 40);
  const cases: [string, Uint8Array | string, string, ErrorCode, RegExp, { maxBytes: number }?][] = [
    ['an empty file', new Uint8Array(), 'a.txt', 'document.empty', /empty/],
    ['a whitespace-only text', ' \n\t\r\n ', 'a.md', 'document.empty', /whitespace/],
    ['an HTML page with no text', '<html><head><script>x()</script></head><body> </body></html>', 'a.html', 'document.empty', /no readable text/],
    ['a file over the size limit, naming the limit', 'x'.repeat(3000), 'a.txt', 'document.too_large', /2 KB limit/, { maxBytes: 2048 }],
    ['NUL bytes in a text file', bytes(0x41, 0x42, 0x00, 0x43), 'a.txt', 'document.binary', /NUL/],
    ['a PDF saved as .txt (read as the PDF it is)', utf8('%PDF-1.4\n...'), 'a.txt', 'document.corrupt_pdf', /could not be read as a PDF/],
    ['a PNG saved as .html', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'a.html', 'document.binary', /PNG/],
    ['a .docx saved as .md', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'a.md', 'document.binary', /ZIP/],
    ['Latin-1 text', bytes(0x53, 0x65, 0x67, 0xfa, 0x6e), 'a.txt', 'document.invalid_utf8', /offset 3/],
    ['UTF-16 text', bytes(0xff, 0xfe, 0x41, 0x00), 'a.txt', 'document.invalid_utf8', /UTF-16/],
    ['a .pdf that is a web page (read as the HTML it is)', '<!DOCTYPE html><html><body> </body></html>', 'a.pdf', 'document.empty', /HTML page/],
    ['a .pdf without the PDF header', 'Fourteen killed.', 'a.pdf', 'document.not_pdf', /%PDF-/],
    ['a truncated PDF', truncatedPdf, 'a.pdf', 'document.corrupt_pdf', /could not be read/],
    ['a PDF with garbage after the header', '%PDF-1.7\n\u0001garbage that is no PDF at all', 'a.pdf', 'document.corrupt_pdf', /could not be read/],
    ['a PDF without a text layer', makePdf([[], []]), 'scan.pdf', 'document.empty', /no text layer \(scanned\?\)/],
    ['an unsupported extension, listing the supported ones', 'text', 'a.docx', 'document.unsupported_type', /\.docx.*\.txt, \.md, \.markdown, \.html, \.htm, \.pdf/],
    ['a file without extension', 'text', 'README', 'document.unsupported_type', /no file extension/],
  ];
  for (const [what, input, file, code, message, options] of cases) {
    it(`rejects ${what} with ${code}`, async () => {
      await assert.rejects(read(input, file, options ?? LIMIT), isDomainError(code, message));
    });
  }
});
