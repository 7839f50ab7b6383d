/**
 * Whole-path regression for events: the fictional corpus in test/fixtures/events/ is ingested, grouped
 * and reconciled under every rule, and compared with the reviewed golden dossiers beside this file
 * (`<rule>.jsonl`, one event per line, as `tally events --json --rule <rule>` prints them).
 * Set TALLY_GOLDEN_WRITE=1 to rewrite them, then review the diff like code.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { groupEvents } from '../../../src/app/group-events.js';
import { ingestDocuments } from '../../../src/app/ingest-documents.js';
import { listEvents } from '../../../src/app/list-events.js';
import { mergeEvents } from '../../../src/app/merge-events.js';
import { splitEvent } from '../../../src/app/split-event.js';
import { toEventOutput } from '../../../src/app/to-event-output.js';
import { ESTIMATE_RULES } from '../../../src/pipeline/reconcile/reconcile-types.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '../../fixtures/events');
const files = readdirSync(corpus).filter((f) => f.endsWith('.html')).sort();

async function ingestCorpus(store: SqliteStore, names = files): Promise<void> {
  const incoming = names.map((name) => ({
    source: `fixtures/events/${name}`,
    size: null,
    read: async () => new Uint8Array(readFileSync(join(corpus, name))),
  }));
  const deps = { store, maxBytes: 1_000_000, now: () => new Date('2025-03-10T00:00:00Z') };
  for await (const result of ingestDocuments({ files: incoming, actor: 'cli:test' }, deps)) assert.equal(result.status, 'ingested', result.source);
}

describe('events golden', () => {
  let store: SqliteStore;
  before(async () => {
    store = await SqliteStore.open(':memory:');
    await ingestCorpus(store);
    await groupEvents({}, { store });
  });
  after(() => store.close());

  for (const rule of ESTIMATE_RULES) {
    it(`matches the reviewed dossiers under the ${rule} rule`, async () => {
      const { events } = await listEvents({ rule }, { store });
      const actual = events.map((e) => JSON.stringify(toEventOutput(e))).join('\n') + '\n';
      const path = join(here, `${rule}.jsonl`);
      if (process.env['TALLY_GOLDEN_WRITE'] === '1') writeFileSync(path, actual);
      assert.deepEqual(actual.trim().split('\n').map((l) => JSON.parse(l)), readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    });
  }

  it('gives the same event ids when the corpus is ingested in another order', async () => {
    const other = await SqliteStore.open(':memory:');
    try {
      await ingestCorpus(other, [...files].reverse());
      await groupEvents({}, { store: other });
      assert.deepEqual((await other.listEvents()).map((e) => e.id).sort(), (await store.listEvents()).map((e) => e.id).sort());
    } finally {
      await other.close();
    }
  });

  it('keeps a merge and a split after the documents are ingested again into a new grouping', async () => {
    const own = await SqliteStore.open(':memory:');
    try {
      await ingestCorpus(own);
      const [rosales, lirio] = (await groupEvents({}, { store: own })).events;
      const merged = await mergeEvents({ a: rosales!.id, b: lirio!.id, actor: 'cli:test' }, { store: own });
      assert.equal(merged.event.documents.length, 4);
      const monitor = (await own.listDocuments()).find((d) => d.source.includes('rights-monitor'))!;
      const { split } = await splitEvent({ id: merged.event.id, documents: [monitor.id.slice(7, 19)], actor: 'cli:test' }, { store: own });
      assert.deepEqual(split.documents, [monitor.id]);
      const regrouped = await groupEvents({}, { store: own });
      assert.deepEqual(regrouped.events.map((e) => e.documents.length).sort(), [1, 3]);
    } finally {
      await own.close();
    }
  });
});
