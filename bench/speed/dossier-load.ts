/**
 * Section 4 of the speed benchmark: one event holding `claims` claims, its dossier requested by 50
 * concurrent keep-alive connections on loopback for a fixed time; latency percentiles. Skipped, saying
 * so, when this checkout has no HTTP API (src/http/build-server.ts).
 */
import { existsSync } from 'node:fs';
import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createExtractionPool } from '../../src/app/extraction-pool.js';
import type { ClaimEvent, SaveDocumentInput } from '../../src/app/ports.js';
import { saveGrouping } from '../../src/app/save-grouping.js';
import { openApp, type App } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { generateNews } from './generate-news.js';
import { fixed, percentile } from './measure.js';

const CONNECTIONS = 50;
const SECONDS = 10;
const EVENT_ID = 'ev-00000000be7c';

type Listening = { listen(o: { host: string; port: number }): Promise<string>; close(): Promise<void>; server: { address(): AddressInfo | string | null } };

export async function runDossierLoad(options: { work: string; maxBytes: number; claims: number }): Promise<string[]> {
  const serverModule = new URL('../../src/http/build-server.ts', import.meta.url);
  if (!existsSync(serverModule)) return ['skipped: this checkout has no HTTP API (src/http/build-server.ts)'];
  const db = join(options.work, 'dossier.db');
  const documents = await storeOneEvent(db, options);
  const { buildServer } = (await import(serverModule.href)) as { buildServer: (app: App) => Promise<Listening> };
  const app = await openApp(loadConfig({}, { db }));
  const server = await buildServer(app);
  try {
    await server.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.server.address() as AddressInfo;
    const path = `/api/events/${EVENT_ID}`;
    const first = await request(new Agent({ keepAlive: true }), port, path);
    if (first.status !== 200) return [`skipped: GET ${path} answered ${first.status}`];
    const latencies = await load(port, path);
    latencies.sort((a, b) => a - b);
    const p95 = percentile(latencies, 95);
    return [
      `event with ${options.claims} claims from ${documents} documents; GET ${path} (${fixed(first.bytes / 1024, 0)} KB)`,
      `${latencies.length} requests in ${SECONDS} s = ${fixed(latencies.length / SECONDS, 0)} req/s; ` +
        `p50 ${fixed(percentile(latencies, 50))} ms, p95 ${fixed(p95)} ms, p99 ${fixed(percentile(latencies, 99))} ms ` +
        `(target p95 < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'})`,
    ];
  } finally {
    await server.close();
    await app.close();
  }
}

/** Extracts generated news until the claims are there, stores it, and makes it all one event. */
async function storeOneEvent(db: string, options: { maxBytes: number; claims: number }): Promise<number> {
  const store = await SqliteStore.open(db);
  const pool = createExtractionPool({ maxBytes: options.maxBytes, warmUp: 0 });
  const inputs: SaveDocumentInput[] = [];
  let claims = 0;
  for (const d of generateNews(1_000_000, 3)) {
    if (claims >= options.claims) break;
    const bytes = new TextEncoder().encode(d.text);
    const out = await pool.extract({ source: `news-${inputs.length}.txt`, bytes });
    const kept = out.claims.slice(0, options.claims - claims);
    claims += kept.length;
    inputs.push({ document: { ...out.document, ingestedAt: new Date().toISOString() }, original: bytes, claims: kept, figures: out.figures });
  }
  await pool.close();
  await store.saveDocuments(inputs);
  const claimEvents: ClaimEvent[] = inputs.flatMap((i) => i.claims.map((_, claimIndex) => ({ documentId: i.document.id, claimIndex, eventId: EVENT_ID })));
  const event = { id: EVENT_ID, title: 'Benchmark event', dateStart: null, dateEnd: null, datePrec: null, place: null, documents: inputs.map((i) => i.document.id).sort() };
  // As a regroup saves it: with the event's summary and each claim's verdict.
  await saveGrouping({ events: [event], claimEvents }, { store });
  await store.close();
  return inputs.length;
}

/**
 * The client: 50 keep-alive connections, each sending its next request when the last is answered, for
 * SECONDS; milliseconds per request. It runs in a worker thread of its own, as a load generator runs
 * apart from the server it measures: in the server's thread, reading 50 streams of responses took
 * the server's own time and counted in its latency.
 */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, get } = require('node:http');
const { port, path, connections, seconds } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const request = () => new Promise((resolve, reject) => {
  get({ host: '127.0.0.1', port, path, agent }, (response) => {
    response.on('data', () => {});
    response.on('end', resolve);
  }).on('error', reject);
});
const latencies = [];
const until = performance.now() + seconds * 1000;
Promise.all(Array.from({ length: connections }, async () => {
  while (performance.now() < until) {
    const started = performance.now();
    await request();
    latencies.push(performance.now() - started);
  }
})).then(() => { agent.destroy(); parentPort.postMessage(latencies); });
`;

function load(port: number, path: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const client = new Worker(CLIENT, { eval: true, workerData: { port, path, connections: CONNECTIONS, seconds: SECONDS } });
    client.once('message', (latencies: number[]) => resolve(latencies));
    client.once('error', reject);
  });
}

function request(agent: Agent, port: number, path: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
    }).on('error', reject);
  });
}
