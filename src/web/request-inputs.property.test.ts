/**
 * Fuzzing the web app's inputs, for a fixed budget: every GET route of the API and the pages, with
 * arbitrary path parameters (near-miss ids, percent-encoded garbage, invalid UTF-8), query strings
 * (unknown, repeated and malformed parameters) and headers (cookies, accept, forwarding), and upload
 * bodies that are not valid multipart. Whatever arrives, the answer is never a 5xx; an API error is the
 * JSON `{error: {code, message}}` with a catalogued code; a page answers HTML.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { ERROR_CODES } from '../domain/errors.js';
import { openTestApp, type TestApp } from '../http/web-app.fixtures.js';
import { buildWebServer } from './build-web-server.js';

/** Each property stops drawing requests after this long (and passes if none failed). */
const BUDGET_MS = 10_000;
const RUNS = { numRuns: 400, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false } as const;

const ROUTES = [
  '/api/events', '/api/events/:event', '/api/events/:event/claims', '/api/events/:event/documents',
  '/api/documents', '/api/documents/:document', '/api/documents/:document/original', '/api/documents/:document/claims/:index',
  '/api/claims', '/api/search', '/api/openapi.json', '/api/no-such-route',
  '/', '/documents', '/events/:event', '/documents/:document', '/documents/:document/claims/:index', '/search', '/upload', '/no-such-page',
] as const;
const QUERY_KEYS = ['limit', 'offset', 'rule', 'measure', 'lang', 'document', 'q', 'claimant', 'from', 'to', 'source', 'next', 'page'] as const;

let t: TestApp;
let server: FastifyInstance;
let ids: { event: string; document: string };

before(async () => {
  t = await openTestApp();
  server = await buildWebServer(t.app);
  const events = await server.inject({ method: 'GET', url: '/api/events' });
  const claims = await server.inject({ method: 'GET', url: '/api/claims?limit=1' });
  ids = {
    event: String((events.json() as { items: { id: string }[] }).items[0]!.id),
    document: String((claims.json() as { items: { documentId: string }[] }).items[0]!.documentId),
  };
});
after(async () => {
  await server.close();
  await t.close();
});

/** Bytes as %XX escapes: any byte sequence, including invalid UTF-8, reaches the router this way. */
const percentEncoded = fc.uint8Array({ maxLength: 24 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
const garbage = fc.oneof(
  percentEncoded,
  fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent),
  fc.constantFrom('', '-1', '0', '1.5', '1e309', '0x10', ' 5 ', 'NaN', 'Infinity', '99999999999999999999', '%', '%zz', '..', '%2e%2e%2f',
    'null', 'undefined', '[]', '{}', '2025-02-30', '2025-13-01', 'killed', 'KILLED', 'ucdp', 'en', 'sha256:', '%00', '%C0%AF', '%ED%A0%80'),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'a'.repeat(n)),
);

function paramValue(kind: 'event' | 'document' | 'index'): fc.Arbitrary<string> {
  if (kind === 'index') return fc.oneof(fc.constantFrom('0', '1', '999999', '-1', '1.5', '00', '1e3'), garbage);
  const real = (): string => (kind === 'event' ? ids.event : ids.document);
  return fc.oneof(
    fc.constant(null).map(real),
    fc.constant(null).map(() => real().replace(/^sha256:/, '')),
    fc.constant(null).map(() => real().toUpperCase()),
    fc.nat({ max: 70 }).map((n) => real().slice(0, n)),
    fc.constant(null).map(() => `${real()}0`),
    fc.constant(null).map(() => encodeURIComponent(real())),
    garbage,
  );
}

const queryString = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), percentEncoded, fc.constantFrom('__proto__', 'constructor', 'a[b]', 'limit[]')), garbage), { maxLength: 6 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

const headerValue = fc.string({ unit: 'binary-ascii', maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
const headers = fc.record({
  accept: fc.oneof(headerValue, fc.constantFrom('application/json', 'text/html', '*/*', 'image/*;q=0')),
  'accept-language': headerValue,
  cookie: fc.oneof(headerValue, headerValue.map((v) => `tally_session=${v}`), fc.constantFrom('tally_session=', 'a=b; tally_session=x; tally_session=y')),
  authorization: fc.oneof(headerValue, headerValue.map((v) => `Bearer ${v}`), fc.constant('Bearer ')),
  'if-none-match': headerValue,
  'x-forwarded-host': headerValue,
  'x-forwarded-proto': headerValue,
  range: headerValue,
}, { requiredKeys: [] });

const getRequest = fc.tuple(fc.constantFrom(...ROUTES), fc.constant(null)).chain(([route]) => {
  const names = [...route.matchAll(/:(\w+)/g)].map((m) => m[1] as 'event' | 'document' | 'index');
  return fc.tuple(fc.tuple(...names.map(paramValue)), queryString, headers).map(([values, query, head]) => {
    let i = 0;
    const path = route.replace(/:(\w+)/g, () => values[i++]!);
    return { route, url: `${path}${query}`, headers: head as Record<string, string> };
  });
});

type Answer = { statusCode: number; headers: Record<string, unknown>; body: string };

/** What every answer must be, whatever was asked. */
function checkAnswer(route: string, response: Answer, what: string): void {
  assert.ok(response.statusCode < 500, `${what} → ${response.statusCode} ${response.body.slice(0, 300)}`);
  const type = String(response.headers['content-type'] ?? '');
  if (route.startsWith('/api/')) {
    if (response.statusCode < 400) return;
    assert.match(type, /^application\/json/, `${what} → ${response.statusCode} as ${type}`);
    const body = JSON.parse(response.body) as { error?: { code?: unknown; message?: unknown } };
    assert.equal(typeof body.error?.message, 'string', `${what}: ${response.body}`);
    assert.ok(typeof body.error?.code === 'string' && body.error.code in ERROR_CODES, `${what}: uncatalogued code in ${response.body}`);
  } else if (response.statusCode < 300 || response.statusCode >= 400) {
    assert.match(type, /^text\/html/, `${what} → ${response.statusCode} as ${type}`);
  }
}

describe('the web app answers any request without a server error', () => {
  it('GET routes of the API and the pages with fuzzed parameters, queries and headers', { timeout: 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(getRequest, async ({ route, url, headers: head }) => {
      const response = await server.inject({ method: 'GET', url, headers: head });
      checkAnswer(route, response, `GET ${url.slice(0, 200)} ${JSON.stringify(head).slice(0, 300)}`);
    }), { ...RUNS, seed: 11 });
  });

  const boundary = fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,70}$/);
  /** Bodies that are not a complete multipart upload of a file: cut short, wrong boundary, no file part. */
  const badMultipart = fc.tuple(boundary, fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('cut', 'wrong-boundary', 'no-file', 'garbage', 'empty'))
    .map(([b, bytes, shape]) => {
      const head = (name: string) => `--${b}\r\nContent-Disposition: form-data; name="${name}"; filename="x.txt"\r\nContent-Type: text/plain\r\n\r\n`;
      const body = {
        cut: Buffer.concat([Buffer.from(head('files')), Buffer.from(bytes)]),
        'wrong-boundary': Buffer.concat([Buffer.from(head('files').replace(`--${b}`, `--${b}x`)), Buffer.from(bytes), Buffer.from(`\r\n--${b}x--\r\n`)]),
        'no-file': Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${b}--\r\n`),
        garbage: Buffer.from(bytes),
        empty: Buffer.alloc(0),
      }[shape];
      return { payload: body, contentType: `multipart/form-data; boundary=${b}` };
    });
  const contentType = fc.oneof(
    fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=', 'application/json', 'text/plain', 'application/x-www-form-urlencoded'),
    headerValue,
  );
  const garbageUpload = fc.oneof(badMultipart, fc.tuple(fc.uint8Array({ maxLength: 2000 }), contentType).map(([bytes, type]) => ({ payload: Buffer.from(bytes), contentType: type })));

  for (const url of ['/api/upload', '/upload']) {
    it(`POST ${url} with bodies that are not a valid upload is refused with a 4xx`, { timeout: 60_000 }, async () => {
      await fc.assert(fc.asyncProperty(garbageUpload, fc.option(headerValue.map((v) => `Bearer ${v}`)), async ({ payload, contentType: type }, authorization) => {
        const response = await server.inject({
          method: 'POST', url, payload,
          headers: { 'content-type': type, ...(authorization === null ? {} : { authorization }) },
        });
        const what = `POST ${url} as ${JSON.stringify(type)} (${payload.length} bytes)`;
        checkAnswer(url, response, what);
        // A page form post may be sent to sign in first (303); the API never redirects.
        assert.ok(response.statusCode >= 400 || (url === '/upload' && response.statusCode === 303), `${what} → ${response.statusCode} ${response.body.slice(0, 200)}`);
      }), { ...RUNS, numRuns: 200, seed: 12 });
    });
  }
});
