/**
 * The bounded load test: `tally serve --demo` in a child process on 127.0.0.1 (an ephemeral port, a
 * temporary database), driven by autocannon with N concurrent connections for S seconds over a mix of
 * pages and API routes, while the server's resident memory is sampled every second. It stops by
 * itself and reports throughput, latency percentiles, errors and memory; any error or non-2xx answer
 * fails it (exit code 1).
 *
 *   npm run bench:load                       # 100 connections, 60 s
 *   npm run bench:load -- --seconds 10 --connections 20
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export type LoadOptions = { seconds: number; connections: number };

export type LoadReport = LoadOptions & {
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds. */
  latency: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Non-2xx answers and timeouts by path, to say which route failed. */
  failedPaths: Record<string, number>;
  timedOutPaths: Record<string, number>;
  /** Resident set size of the server process in MB, sampled once a second. */
  rss: {
    start: number; end: number; peak: number;
    /** Least-squares slope over the whole run, and over its second half (after the heap has grown to its working size). */
    slopePerMinute: number; lateSlopePerMinute: number;
    samples: number[];
  };
  /** The machine's one-minute load average, sampled with the RSS: a busy machine explains slow answers, never errors. */
  loadAverage: { min: number; max: number };
};

const BIN = fileURLToPath(new URL('../../bin/tally', import.meta.url));

/** Starts the demo server, finds what to ask for, loads it, and stops it. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-load-'));
  const server = await startDemoServer(join(dir, 'demo.db'));
  try {
    const paths = await routeMix(server.url);
    const rssSamples: number[] = [];
    const loads: number[] = [];
    const sample = () => {
      const mb = residentMegabytes(server.child.pid!);
      if (mb !== null) rssSamples.push(mb);
      loads.push(loadavg()[0]!);
    };
    const sampler = setInterval(sample, 1000);
    sample();
    try {
      const report = await drive(server.url, paths, options, rssSamples);
      return { ...report, loadAverage: { min: round(Math.min(...loads)), max: round(Math.max(...loads)) } };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

async function drive(url: string, paths: readonly string[], options: LoadOptions, rssSamples: number[]): Promise<Omit<LoadReport, 'loadAverage'>> {
  const latencies: number[] = [];
  const failedPaths: Record<string, number> = {};
  const timedOutPaths: Record<string, number> = {};
  // Every connection walks the whole mix in turn, so each route is under load throughout.
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: paths.map((path) => ({
      method: 'GET',
      path,
      onResponse: (status: number) => {
        if (status < 200 || status >= 300) failedPaths[path] = (failedPaths[path] ?? 0) + 1;
      },
    })),
    // autocannon reconnects a timed-out client and sends its next request before it says 'timeout', so
    // the request in flight then is the one after the slow one: the slow route is the one before it.
    setupClient: (client) => client.on('timeout', () => {
      const sent = paths.indexOf(client.requestIterator?.currentRequest?.path ?? '');
      const path = sent === -1 ? '?' : paths[(sent - 1 + paths.length) % paths.length]!;
      timedOutPaths[path] = (timedOutPaths[path] ?? 0) + 1;
    }),
  });
  instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    ...options,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / options.seconds),
    latency: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(latencies.at(-1) ?? 0) },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    failedPaths,
    timedOutPaths,
    rss: summariseRss(rssSamples),
  };
}

/** Home, events, a dossier, a document, a claim and search, as pages and through the API. */
async function routeMix(url: string): Promise<string[]> {
  const get = async (path: string): Promise<{ items: Record<string, unknown>[] }> => {
    const response = await fetch(`${url}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as { items: Record<string, unknown>[] };
  };
  const event = (await get('/api/events?limit=1')).items[0];
  const claim = (await get('/api/claims?limit=1')).items[0];
  if (!event || !claim) throw new Error('the demo database has no event or no claim');
  const eventId = String(event['id']);
  const documentId = String(claim['documentId']).replace(/^sha256:/, '');
  const claimIndex = Number(claim['claimIndex'] ?? 0);
  return [
    '/', '/documents', `/events/${eventId}`, `/documents/${documentId}`, `/documents/${documentId}/claims/${claimIndex}`,
    '/search?q=killed',
    '/api/events', `/api/events/${eventId}`, '/api/claims?limit=50', '/api/search?q=killed', `/api/documents/${documentId}`,
  ];
}

type DemoServer = { child: ChildProcess; url: string; exited: Promise<void> };

function startDemoServer(db: string): Promise<DemoServer> {
  const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--demo-db', db, '--port', '0', '--host', '127.0.0.1'], {
    env: { PATH: process.env['PATH'] ?? '', TALLY_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (url) resolve({ child, url, exited });
    });
    child.on('close', (code) => reject(new Error(`tally serve --demo exited (${code}) before listening: ${err}`)));
  });
}

/** Linux: VmRSS from /proc; elsewhere `ps`. Null if the process is gone. */
function residentMegabytes(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : round(Number(kb) / 1024);
  } catch {
    return null;
  }
}

/** Start, end, peak, and the slopes in MB per minute: a leak shows as a climb that does not level off. */
function summariseRss(samples: number[]): LoadReport['rss'] {
  const n = samples.length;
  if (n === 0) return { start: 0, end: 0, peak: 0, slopePerMinute: 0, lateSlopePerMinute: 0, samples };
  return {
    start: samples[0]!, end: samples[n - 1]!, peak: Math.max(...samples),
    slopePerMinute: slopePerMinute(samples), lateSlopePerMinute: slopePerMinute(samples.slice(Math.floor(n / 2))),
    samples,
  };
}

/** Least-squares slope of one-second samples, per minute. */
function slopePerMinute(samples: readonly number[]): number {
  const n = samples.length;
  const meanX = (n - 1) / 2;
  const meanY = samples.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  samples.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return round((den === 0 ? 0 : num / den) * 60);
}

export function formatLoadReport(r: LoadReport): string {
  const byPath = (counts: Record<string, number>): string => Object.entries(counts).map(([p, n]) => `${p} ×${n}`).join(', ');
  const failed = byPath({ ...r.failedPaths, ...Object.fromEntries(Object.entries(r.timedOutPaths).map(([p, n]) => [`${p} (timed out)`, n])) });
  return [
    `${r.connections} connections for ${r.seconds} s: ${r.requests} requests, ${r.requestsPerSecond} requests/s`,
    `latency p50 ${r.latency.p50} ms, p95 ${r.latency.p95} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
    `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}${failed ? ` (${failed})` : ''}`,
    `load average (1 min) ${r.loadAverage.min}–${r.loadAverage.max} during the run`,
    `server RSS start ${r.rss.start} MB, end ${r.rss.end} MB, peak ${r.rss.peak} MB, slope ${r.rss.slopePerMinute} MB/min (second half ${r.rss.lateSlopePerMinute} MB/min) over ${r.rss.samples.length} samples`,
  ].join('\n');
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function parseArgs(argv: readonly string[]): LoadOptions {
  const options: LoadOptions = { seconds: 60, connections: 100 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], Number(argv[i + 1])];
    if (!Number.isInteger(value) || value <= 0 || (flag !== '--seconds' && flag !== '--connections')) {
      throw new Error(`usage: run-load.ts [--seconds N] [--connections N] (got ${argv.slice(i, i + 2).join(' ')})`);
    }
    options[flag === '--seconds' ? 'seconds' : 'connections'] = value;
  }
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await runLoad(parseArgs(process.argv.slice(2)));
  console.log(formatLoadReport(report));
  process.exitCode = report.errors + report.timeouts + report.non2xx === 0 ? 0 : 1;
}
