import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportClaims } from './export-claims.js';
import { exportEvents } from './export-events.js';
import { groupEvents } from './group-events.js';
import { ingestDocuments } from './ingest-documents.js';
import { reconcileEvent } from './reconcile-event.js';
// The use cases run against the real adapter, in memory, wired here as compose.ts wires it.
// eslint-disable-next-line import-x/no-restricted-paths
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

/** Two reports of one flood: people and families counted side by side, by two sources. */
const TEXTS: Record<string, string> = {
  'defensoria.txt': 'Inundación en Valle Seco\n\nUnas 2.310 familias y 8.400 personas fueron desplazadas por la inundación en Valle Seco, según la Defensoría.',
  'red-cross.txt': 'Flood in Valle Seco\n\nAbout 2,000 families were displaced by the flood in Valle Seco, the Red Cross said.',
};

let store: SqliteStore;

before(async () => {
  store = await SqliteStore.open(':memory:');
  const files = Object.entries(TEXTS).map(([source, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { source, size: bytes.byteLength, read: async () => bytes };
  });
  for await (const result of ingestDocuments({ files, actor: 'cli:test' }, { store, maxBytes: 100_000, now: () => new Date(0) })) {
    assert.equal(result.status, 'ingested', result.source);
  }
  await groupEvents({}, { store });
});
after(() => store.close());

/** RFC 4180 records as objects keyed by the header (quoted cells may hold commas, quotes, line breaks). */
function csvRows(content: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  for (let i = 0, quoted = false; i < content.length; i++) {
    const ch = content[i]!;
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') cell += content[i++];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\n') {
      record.push(cell.replace(/\r$/, ''));
      records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  const [header, ...rows] = records;
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

describe('exports say what a figure counts', () => {
  it('gives every exported claim its unit, households apart from people (CSV and JSON)', async () => {
    const csv = csvRows((await exportClaims({ format: 'csv' }, { store })).content);
    const json = JSON.parse((await exportClaims({ format: 'json' }, { store })).content) as Array<Record<string, unknown>>;
    const expected = [['2310', 'households'], ['8400', 'people'], ['2000', 'households']];
    assert.deepEqual(csv.map((r) => [r['low'], r['unit']]), expected);
    assert.deepEqual(json.map((r) => [String(r['low']), r['unit']]), expected);
  });

  it('exports one event row per unit, each with its own estimate and sources', async () => {
    const rows = csvRows((await exportEvents({ format: 'csv', rule: 'range' }, { store })).content)
      .filter((r) => r['measure'] === 'displaced');
    assert.deepEqual(rows.map((r) => [r['unit'], r['low'], r['best'], r['high'], r['number_of_sources']]), [
      ['people', '8400', '8400', '8400', '1'],
      ['households', '2000', '2000', '2310', '2'],
    ]);
    assert.ok(rows.every((r) => r['version'] === 'tally-events-2'));
  });

  it('keeps the split in the summary stored at regroup time', async () => {
    const [event] = await store.listEvents();
    const stored = await store.getEventSummary(event!.id);
    const displaced = stored!.summary!.figures.filter((f) => f.measure === 'displaced');
    assert.deepEqual(displaced.map((f) => [f.unit, f.claims, f.estimates.ucdp.best]), [['people', 1, 8400], ['households', 2, 2000]]);
    // The summary agrees with reconciling the event afresh.
    const { figures } = await reconcileEvent({ id: event!.id }, { store });
    assert.deepEqual(figures.filter((f) => f.measure === 'displaced').map((f) => [f.unit, f.estimate.best]), [['people', 8400], ['households', 2000]]);
  });
});
