import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { App } from '../compose.js';
import { buildServer, CONTENT_SECURITY_POLICY } from './build-server.js';
import { addTestUser, bearer, FIXTURES, HOSTILE_MARKUP, MAX_BYTES, multipartBody, openTestApp, type TestApp, type TestUser } from './web-app.fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let t: TestApp;
let server: FastifyInstance;
const get = async (url: string) => {
  const response = await server.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as Json, headers: response.headers };
};
const villaRosales = async (): Promise<string> => {
  const { body } = await get('/api/events');
  return body.items.find((e: Json) => e.title.startsWith('Villa Rosales')).id;
};

before(async () => {
  t = await openTestApp();
  server = await buildServer(t.app);
});
after(async () => {
  await server.close();
  await t.close();
});

describe('GET /api/events', () => {
  it('lists events newest first with their figures and paginates', async () => {
    const all = await get('/api/events');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 3);
    const dates = all.body.items.map((e: Json) => e.dateStart);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const first = await get('/api/events?limit=1');
    assert.equal(first.body.items.length, 1);
    assert.equal(first.body.nextOffset, 1);
    const second = await get('/api/events?limit=1&offset=1');
    assert.equal(second.body.items[0].id, all.body.items[1].id);
    const last = await get('/api/events?limit=1&offset=2');
    assert.equal(last.body.nextOffset, null);
  });

  for (const [query, field] of [['rule=median', 'query.rule'], ['limit=0', 'query.limit'], ['limit=abc', 'query.limit'], ['offset=-1', 'query.offset']] as const) {
    it(`refuses ?${query} with request.invalid naming ${field}`, async () => {
      const { status, body } = await get(`/api/events?${query}`);
      assert.equal(status, 400);
      assert.equal(body.error.code, 'request.invalid');
      assert.match(body.error.message, new RegExp(field.replace('.', '\\.')));
    });
  }
});

describe('GET /api/events/:id', () => {
  // The worked example of docs/reconciliation.md: ministry 40, its unattributed repeat, ~55, 70–90.
  for (const [rule, low, best, high] of [['range', 40, 55, 90], ['conservative', 40, 40, 40], ['ucdp', 40, 40, 90], ['', 40, 40, 90]] as const) {
    it(`gives the killed estimate under ${rule || 'the default'} rule`, async () => {
      const id = await villaRosales();
      const { status, body } = await get(`/api/events/${id}${rule ? `?rule=${rule}` : ''}`);
      assert.equal(status, 200);
      const killed = body.figures.find((f: Json) => f.measure === 'killed' && f.subject === null);
      assert.deepEqual([killed.estimate.low, killed.estimate.best, killed.estimate.high], [low, best, high]);
      assert.equal(killed.estimate.rule, rule || 'ucdp');
    });
  }

  it('marks the unattributed repeat and lists documents with SHA-256 and framing', async () => {
    const { body } = await get(`/api/events/${await villaRosales()}`);
    const killed = body.claims.items.filter((c: Json) => c.measure === 'killed');
    assert.ok(killed.some((c: Json) => typeof c.repeats === 'string' && c.repeats.startsWith('sha256:')));
    assert.equal(body.documents.total, 3);
    assert.equal(body.documents.items.length, 3);
    for (const d of body.documents.items) assert.match(d.sha256, /^[0-9a-f]{64}$/);
  });

  it('pages the claims and documents and the pages add up to the whole event', async () => {
    const id = await villaRosales();
    const { body: whole } = await get(`/api/events/${id}?limit=500`);
    const total = whole.claims.total;
    assert.ok(total >= 3, 'the fixture event has several claims');
    const first = await get(`/api/events/${id}?limit=2`);
    assert.deepEqual([first.body.claims.items.length, first.body.claims.nextOffset], [2, 2]);
    const paged: Json[] = [];
    for (let offset = 0; offset < total; offset += 2) paged.push(...(await get(`/api/events/${id}/claims?limit=2&offset=${offset}`)).body.items);
    assert.deepEqual(paged.map((c) => c.number), whole.claims.items.map((c: Json) => c.number));
    assert.deepEqual(paged.map((c) => c.number), Array.from({ length: total }, (_, i) => i + 1));
    const killed = (await get(`/api/events/${id}/claims?measure=killed&limit=500`)).body;
    assert.deepEqual(killed.items.map((c: Json) => c.measure), Array(killed.total).fill('killed'));
    const source = killed.items[0].source;
    const bySource = (await get(`/api/events/${id}/claims?claimant=${encodeURIComponent(source)}&limit=500`)).body;
    assert.ok(bySource.total >= 1 && bySource.items.every((c: Json) => c.source === source));
    const documents = (await get(`/api/events/${id}/documents?limit=1&offset=2`)).body;
    assert.deepEqual([documents.total, documents.items.length, documents.nextOffset], [3, 1, null]);
    assert.equal((await get('/api/events/ev-000000000000/claims')).status, 404);
    assert.equal((await get(`/api/events/${id}/claims?limit=501`)).status, 400);
  });

  for (const [id, status, code] of [['ev-000000000000', 404, 'event.not_found'], ['not-an-id', 400, 'request.invalid']] as const) {
    it(`answers ${status} ${code} for ${id}`, async () => {
      const { status: got, body } = await get(`/api/events/${id}`);
      assert.equal(got, status);
      assert.equal(body.error.code, code);
    });
  }
});

describe('documents', () => {
  it('lists documents and serves one with its text and claims whose quotes are spans of the text', async () => {
    const list = await get('/api/documents');
    assert.equal(list.body.total, 5);
    for (const item of list.body.items) {
      const { status, body } = await get(item.links.self);
      assert.equal(status, 200);
      for (const claim of body.claims) assert.equal(body.text.slice(claim.start, claim.end), claim.quote);
    }
  });

  it('accepts the id with or without its sha256: prefix', async () => {
    const { body } = await get('/api/documents?limit=1');
    const hex = body.items[0].sha256;
    assert.equal((await get(`/api/documents/sha256:${hex}`)).status, 200);
    assert.equal((await get(`/api/documents/${hex}`)).status, 200);
  });

  it('serves the original bytes exactly as received, as a download', async () => {
    const { body } = await get('/api/documents');
    const doc = body.items.find((d: Json) => d.source.endsWith('northern-wire-villa-rosales.html'));
    const response = await server.inject(doc.links.original);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.rawPayload, readFileSync(join(FIXTURES, 'northern-wire-villa-rosales.html')));
    assert.equal(response.headers['content-type'], 'application/octet-stream');
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="northern-wire-villa-rosales\.html"/);
  });

  for (const [url, status, code] of [
    [`/api/documents/${'0'.repeat(64)}`, 404, 'document.not_found'],
    ['/api/documents/xyz', 400, 'request.invalid'],
    [`/api/documents/${'0'.repeat(64)}/original`, 404, 'document.not_found'],
  ] as const) {
    it(`answers ${status} ${code} for ${url.slice(0, 30)}…`, async () => {
      const { status: got, body } = await get(url);
      assert.equal(got, status);
      assert.equal(body.error.code, code);
    });
  }
});

describe('claims', () => {
  it('serves one claim with its document and event', async () => {
    const { body: claims } = await get('/api/claims?measure=injured');
    const { status, body } = await get(claims.items[0].links.self);
    assert.equal(status, 200);
    assert.equal(body.measure, 'injured');
    assert.match(body.event.title, /^Villa Rosales/);
    assert.equal(body.document.id, claims.items[0].documentId);
  });

  it('filters by measure and language and pages without gaps or repeats', async () => {
    const all = await get('/api/claims');
    const killed = await get('/api/claims?measure=killed');
    assert.ok(killed.body.total > 0 && killed.body.total < all.body.total);
    assert.ok(killed.body.items.every((c: Json) => c.measure === 'killed'));
    const es = await get('/api/claims?lang=es');
    assert.ok(es.body.total > 0 && es.body.total < all.body.total);
    const paged = [];
    for (let offset = 0; offset !== null; ) {
      const page: Json = (await get(`/api/claims?limit=2&offset=${offset}`)).body;
      paged.push(...page.items.map((c: Json) => c.links.self));
      offset = page.nextOffset;
    }
    assert.deepEqual(paged, all.body.items.map((c: Json) => c.links.self));
  });

  for (const [url, status, code] of [
    ['/api/claims?measure=happy', 400, 'request.invalid'],
    ['/api/claims?lang=english', 400, 'request.invalid'],
    ['/api/claims?limit=501', 400, 'request.invalid'],
  ] as const) {
    it(`answers ${status} for ${url}`, async () => {
      const { status: got, body } = await get(url);
      assert.equal(got, status);
      assert.equal(body.error.code, code);
    });
  }

  it('answers claim.not_found for an index the document does not have, and 400 for a negative one', async () => {
    const { body } = await get('/api/documents?limit=1');
    assert.equal((await get(`${body.items[0].links.self}/claims/999`)).body.error.code, 'claim.not_found');
    assert.equal((await get(`${body.items[0].links.self}/claims/-1`)).status, 400);
  });
});

describe('GET /api/search', () => {
  it('finds documents and claims regardless of case and accents, with the matching passage', async () => {
    const { status, body } = await get('/api/search?q=MUERTOS');
    assert.equal(status, 200);
    assert.ok(body.totalClaims >= 1);
    for (const hit of body.claims) assert.match(hit.passage.match, /^muertos$/i);
    const accents = await get('/api/search?q=segun%20ejercito'); // "según el Ejército"
    assert.equal(accents.body.totalDocuments, 1);
  });

  it('applies the measure, language, claimant and date filters', async () => {
    const injured = await get('/api/search?q=villa&measure=injured');
    assert.ok(injured.body.claims.every((h: Json) => h.claim.measure === 'injured'));
    const es = await get('/api/search?q=villa&lang=es');
    assert.ok(es.body.totalDocuments > 0);
    assert.ok(es.body.documents.every((h: Json) => h.document.lang === 'es'));
    const ministry = await get('/api/search?q=killed&claimant=health%20ministry');
    assert.ok(ministry.body.totalClaims > 0);
    assert.ok(ministry.body.claims.every((h: Json) => /health ministry/i.test(h.claim.claimant)));
    const later = await get('/api/search?q=villa&from=2025-03-05&to=2025-03-31');
    assert.ok(later.body.documents.every((h: Json) => h.document.publishedAt.slice(0, 10) >= '2025-03-05'));
    assert.ok(later.body.totalDocuments < (await get('/api/search?q=villa')).body.totalDocuments);
  });

  for (const query of ['', 'q=', 'q=villa&from=March', 'q=villa&measure=dead']) {
    it(`refuses ?${query} with request.invalid`, async () => {
      const { status, body } = await get(`/api/search?${query}`);
      assert.equal(status, 400);
      assert.equal(body.error.code, 'request.invalid');
    });
  }
});

describe('POST /api/upload', () => {
  // Uploading needs an editor's token (every write endpoint's refusals: authorize-request.test.ts).
  let editor: TestUser;
  before(async () => { editor = await addTestUser(t.app, 'uploader', 'editor'); });
  const upload = async (files: Array<{ name: string; content: Uint8Array | string }>) => {
    const { payload, headers } = multipartBody(files);
    const response = await server.inject({ method: 'POST', url: '/api/upload', payload, headers: { ...headers, ...bearer(editor) } });
    return { status: response.statusCode, body: response.json() as Json };
  };

  it('ingests each file and says per file what happened', async () => {
    const text = 'Monte Alto, May 1, 2025. At least 7 people were killed in Monte Alto, according to the Red Cross.';
    const { status, body } = await upload([
      { name: 'monte-alto.txt', content: text },
      { name: 'again.txt', content: text },
      { name: 'tool.exe', content: 'MZ' },
      { name: 'big.txt', content: 'a'.repeat(MAX_BYTES + 1) },
    ]);
    assert.equal(status, 200);
    const [fresh, repeat, exe, big] = body.files;
    assert.equal(fresh.status, 'ingested');
    assert.ok(fresh.claims >= 1);
    assert.equal(repeat.status, 'unchanged');
    assert.equal(repeat.id, fresh.id);
    assert.deepEqual([exe.status, exe.error.code], ['failed', 'document.unsupported_type']);
    assert.deepEqual([big.status, big.error.code], ['failed', 'document.too_large']);
    assert.equal((await get(`/api/documents/${fresh.id}`)).status, 200);
  });

  it('refuses a request that is not multipart', async () => {
    const response = await server.inject({ method: 'POST', url: '/api/upload', payload: { files: [] }, headers: bearer(editor) });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, 'request.invalid');
  });
});

describe('errors and contract', () => {
  it('answers an unknown API route with request.not_found as JSON', async () => {
    const { status, body } = await get('/api/nothing-here');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'request.not_found');
  });

  it('never shows the message of an unexpected error', async () => {
    const broken = { ...t.app, listEvents: async () => { throw new Error('SQLITE_CORRUPT at /secret/path.db'); } } as App;
    const brokenServer = await buildServer(broken);
    const response = await brokenServer.inject('/api/events');
    await brokenServer.close();
    assert.equal(response.statusCode, 500);
    assert.deepEqual(response.json(), { error: { code: 'internal', message: 'internal error' } });
  });

  it('sends a Content-Security-Policy that allows no inline script', async () => {
    const { headers } = await get('/api/events');
    assert.equal(headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    const scripts = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    assert.equal(scripts, "script-src 'self'");
  });

  it('describes every route in /api/openapi.json, and each described GET route exists', async () => {
    const { status, body } = await get('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    const paths = Object.keys(body.paths);
    for (const path of ['/api/events', '/api/events/{id}', '/api/documents', '/api/documents/{id}', '/api/documents/{id}/original', '/api/documents/{id}/claims/{index}', '/api/claims', '/api/search', '/api/upload']) {
      assert.ok(paths.includes(path), path);
    }
    for (const path of paths.filter((p) => body.paths[p].get)) {
      const url = path.replace('{id}', 'x').replace('{index}', '0');
      const { body: answer } = await get(url);
      assert.notEqual(answer.error?.code, 'request.not_found', `${path} is described but not routed`);
    }
  });

  it('returns hostile text as data, unchanged, in JSON', async () => {
    const { body } = await get('/api/search?q=regional');
    assert.ok(body.documents[0].passage.after.includes(HOSTILE_MARKUP) || body.documents[0].passage.before.includes(HOSTILE_MARKUP));
  });
});
