// Builds the example corpus PDFs from their hard-wrapped text sources:
// examples/corpus-src/<name>.pdf.txt → examples/corpus/<name>.pdf.
//
// A source is laid out as it should appear on the page (lines already wrapped at about 80 columns, as
// a real report's text layer reads back); a line holding only a form feed ("\f") starts a new page.
// The PDFs are committed, so `npm start` needs no build step; rerun this after editing a source:
//   node --import tsx scripts/build-example-pdfs.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, type PdfOptions } from '../test/support/make-pdf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = join(root, 'examples', 'corpus-src');
const outputDir = join(root, 'examples', 'corpus');
const SOURCE_SUFFIX = '.pdf.txt';

/** Document Info for each PDF, as the publisher would have set it; a source not listed gets its first line. */
const INFO: Readonly<Record<string, Pick<PdfOptions, 'title' | 'author'>>> = {
  'san-telmo-ocdh-informe-preliminar': {
    title: 'Informe preliminar n.º 7/2024: La masacre de San Telmo de Arriba',
    author: 'Observatorio Caldereño de Derechos Humanos',
  },
  'san-telmo-amnesty-public-statement': {
    title: 'Caldera: Authorities must ensure an independent investigation into the San Telmo de Arriba killings',
    author: 'Amnesty International',
  },
  'puerto-almendro-proteccion-civil-boletin': {
    title: 'Boletín informativo n.º 3: Deslizamiento de tierra en Puerto Almendro',
    author: 'Dirección Nacional de Protección Civil',
  },
};

/** Splits a source into pages (at form-feed lines) and lines, dropping the file's trailing newline. */
function toPages(source: string): string[][] {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const pages: string[][] = [[]];
  for (const line of lines) {
    if (line === '\f') pages.push([]);
    else pages[pages.length - 1]!.push(line.trimEnd());
  }
  return pages;
}

function main(): void {
  const sources = readdirSync(sourceDir).filter((name) => name.endsWith(SOURCE_SUFFIX)).sort();
  if (sources.length === 0) throw new Error(`no *${SOURCE_SUFFIX} files in ${sourceDir}`);
  for (const file of sources) {
    const name = file.slice(0, -SOURCE_SUFFIX.length);
    const pages = toPages(readFileSync(join(sourceDir, file), 'utf8'));
    const info = INFO[name] ?? { title: pages[0]?.find((line) => line.trim() !== '')?.trim() };
    const bytes = makePdf(pages, info);
    writeFileSync(join(outputDir, `${name}.pdf`), bytes);
    console.log(`examples/corpus/${name}.pdf  ${pages.length} page(s), ${bytes.length} bytes`);
  }
}

main();
