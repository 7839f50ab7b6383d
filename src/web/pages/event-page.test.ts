import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { openApp, type App } from '../../compose.js';
import { loadConfig } from '../../config.js';
import { incomingFile } from '../../http/web-app.fixtures.js';
import { buildWebServer } from '../build-web-server.js';

/** Two reports of one flood: people and families counted side by side, by two sources. */
const TEXTS: Record<string, string> = {
  'defensoria.txt': 'Inundación en Valle Seco\n\nUnas 2.310 familias y 8.400 personas fueron desplazadas por la inundación en Valle Seco, según la Defensoría.',
  'red-cross.txt': 'Flood in Valle Seco\n\nAbout 2,000 families were displaced by the flood in Valle Seco, the Red Cross said.',
};

const dir = mkdtempSync(join(tmpdir(), 'tally-households-'));
let app: App;
let server: FastifyInstance;
const dom = async (url: string) => {
  const response = await server.inject({ method: 'GET', url });
  assert.equal(response.statusCode, 200, url);
  return parseHTML(response.body).document;
};
const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

before(async () => {
  app = await openApp(loadConfig({}, { db: join(dir, 'tally.db'), maxBytes: 100_000 }));
  const files = Object.entries(TEXTS).map(([source, body]) => incomingFile(source, body));
  for await (const result of app.ingestDocuments({ files, actor: 'cli:test' })) assert.equal(result.status, 'ingested', result.source);
  server = await buildWebServer(app, { now: () => new Date('2025-07-01T00:00:00Z') });
});
after(async () => {
  await server.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function dossierOf(): Promise<ReturnType<typeof parseHTML>['document']> {
  const { events } = await app.listEvents();
  assert.equal(events.length, 1, 'premise: both reports are one event');
  return dom(`/events/${events[0]!.event.id}`);
}

describe('households on the pages', () => {
  it('gives the dossier a households row of its own, labelled as households, apart from the people', async () => {
    const page = await dossierOf();
    const sections = [...page.querySelectorAll('section.figure.m-displaced')];
    assert.deepEqual(sections.map((s) => text(s.querySelector('h2'))), ['displaced — all (no subject given)', 'displaced — households (families)']);
    const [people, households] = sections;
    assert.match(text(households!.querySelector('.estimate p')), /best 2,000 households, range 2,000–2,310 households/);
    assert.match(text(people!.querySelector('.estimate p')), /best 8,400, range 8,400\.$/);
    // (The people's chart axis may well tick at 2,000; no number of families is shown there.)
    assert.doesNotMatch(text(people), /households|2,310/);
    // The chart of households is its own, and says what it counts.
    assert.match(households!.querySelector('figure.chart svg')?.getAttribute('aria-label') ?? '', /^displaced, households \(families\)/);
    const chart = text(households!.querySelector('figure.chart svg'));
    assert.match(chart, /displaced households →/);
    assert.match(chart, /#1 · about 2,310 households · Defensoría/);
  });

  it('writes a claim of families as households in the claims table', async () => {
    const rows = [...(await dossierOf()).querySelectorAll('table.claims tbody tr')].map((r) => text(r.querySelector('td[data-label="Figure"]')));
    assert.deepEqual(rows.map((r) => r.replace(/(households|\d)(no subject)/, '$1 · $2')), [
      'displaced: about 2,310 households · no subject, asserted',
      'displaced: 8,400 · no subject, asserted',
      'displaced: about 2,000 households · no subject, asserted',
    ]);
  });

  it('writes families as households on the document page, and people as people', async () => {
    const { documents } = await app.listDocuments();
    const defensoria = documents.find((d) => d.source === 'defensoria.txt')!;
    const page = await dom(`/documents/${defensoria.id.slice(7)}`);
    const claims = [...page.querySelectorAll('.claim-list li a')].map(text);
    assert.deepEqual(claims, ['displaced: about 2,310 households', 'displaced: 8,400']);
  });

  it('shows only people on the home page card', async () => {
    const card = text((await dom('/')).querySelector('.event-card .headlines'));
    assert.match(card, /displaced 8,400/);
    assert.doesNotMatch(card, /2,310|2,000|households/);
  });
});
