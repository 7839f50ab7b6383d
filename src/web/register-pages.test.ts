import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { CONTENT_SECURITY_POLICY } from '../http/build-server.js';
import { addTestUser, HOSTILE_MARKUP, multipartBody, openTestApp, signInThroughForm, type TestApp } from '../http/web-app.fixtures.js';
import { buildWebServer } from './build-web-server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let t: TestApp;
let server: FastifyInstance;
const page = async (url: string) => {
  const response = await server.inject({ method: 'GET', url });
  return { status: response.statusCode, html: response.body, headers: response.headers };
};
const api = async (url: string): Promise<Json> => (await server.inject(url)).json();

/** Every page of the fixture database: one of each kind, and the hostile document's own pages. */
async function allPages(): Promise<string[]> {
  const events: Json = await api('/api/events');
  const documents: Json = await api('/api/documents');
  const claims: Json = await api('/api/claims');
  return [
    '/', '/documents', '/search', '/search?q=villa', '/search?q=regional', '/search?q=killed&claimant=regional',
    ...events.items.flatMap((e: Json) => [`/events/${e.id}`, `/events/${e.id}?rule=range`]),
    ...documents.items.map((d: Json) => d.links.page),
    ...claims.items.map((c: Json) => c.links.page),
  ];
}

before(async () => {
  t = await openTestApp();
  server = await buildWebServer(t.app, { now: () => new Date('2025-07-01T00:00:00Z') });
});
after(async () => {
  await server.close();
  await t.close();
});

describe('pages', () => {
  it('serves every page as HTML with the security policy, a permalink and no hostile markup', async () => {
    for (const url of await allPages()) {
      const { status, html, headers } = await page(url);
      assert.equal(status, 200, url);
      assert.match(String(headers['content-type']), /^text\/html/, url);
      assert.equal(headers['content-security-policy'], CONTENT_SECURITY_POLICY, url);
      assert.match(html, /Permalink: <a href="/, url);
      assert.ok(!html.includes(HOSTILE_MARKUP), `${url} shows the document's <script> unescaped`);
      assert.ok(!html.includes('<img src=x'), `${url} shows the document's <img> unescaped`);
      assert.ok(!html.includes('<b>report</b>'), `${url} shows the file name's markup unescaped`);
      const { document } = parseHTML(html);
      for (const element of document.querySelectorAll('*')) {
        assert.ok(!element.getAttributeNames().some((name: string) => name.startsWith('on')), `${url}: an event handler attribute`);
        if (element.tagName === 'SCRIPT') assert.equal(element.getAttribute('src'), '/assets/enhance.js', `${url}: a script that is not our file`);
      }
    }
  });

  it("shows the hostile document's words as text", async () => {
    const documents: Json = await api('/api/documents');
    const hostile = documents.items.find((d: Json) => d.source.startsWith('hostile'));
    const { html } = await page(hostile.links.page);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('hostile-&lt;b&gt;report&lt;/b&gt;.txt'));
  });

  it('gives events, documents and claims a cite box naming the figure, its claimant and the document', async () => {
    const claims: Json = await api('/api/claims?measure=injured');
    const { html } = await page(claims.items[0].links.page);
    const cite = /<pre class="cite-text" data-copy>([^<]*)<\/pre>/.exec(html)?.[1] ?? '';
    assert.match(cite, /Health Ministry: injured, 85/);
    assert.match(cite, /Northern Wire, 2025-03-04/);
    assert.match(cite, /SHA-256 [0-9a-f]{64}/);
    assert.match(cite, /accessed 2025-07-01/);
  });
});

describe('event dossier', () => {
  const villaRosales = async () => ((await api('/api/events')).items as Json[]).find((e) => e.title.startsWith('Villa Rosales'))!.id as string;

  for (const [rule, words] of [['range', 'best 55, range 40–90'], ['conservative', 'best 40, range 40'], ['ucdp', 'best 40, range 40–90']] as const) {
    it(`shows the ${rule} estimate in words with the rule selected`, async () => {
      const { html } = await page(`/events/${await villaRosales()}?rule=${rule}`);
      assert.ok(html.includes(`<strong>Estimate (${rule} rule):</strong> ${words}.`), rule);
      assert.ok(html.includes(`<option value="${rule}" selected>`));
    });
  }

  it('draws a chart per measure with every claimant named in it and the repeat linked', async () => {
    const { html } = await page(`/events/${await villaRosales()}`);
    const chart = html.slice(html.indexOf('<figure class="chart">'), html.indexOf('</figure>'));
    assert.match(chart, /<svg/);
    for (const claimant of ['Health Ministry', 'hospital officials', 'Rights Monitor']) assert.ok(chart.includes(claimant), claimant);
    assert.match(chart, /repeats #\d/);
    assert.match(chart, /aria-label="link"/);
    assert.match(html, /repeats <a href="\/documents\/[0-9a-f]{64}\/claims\/\d+">#\d+<\/a> without attribution/);
  });

  it('lists the sources with their SHA-256 and framing words as quotes', async () => {
    const { html } = await page(`/events/${await villaRosales()}`);
    const sources = html.slice(html.indexOf('<section class="sources">'));
    assert.equal(sources.match(/SHA-256 <code>[0-9a-f]{64}<\/code>/g)?.length, 3);
    assert.match(sources, /calls it <q>/);
  });

  it('answers an unknown rule or event with an HTML error page and the API code', async () => {
    const bad = await page(`/events/${await villaRosales()}?rule=median`);
    assert.equal(bad.status, 400);
    assert.match(bad.html, /request\.invalid/);
    const missing = await page('/events/ev-000000000000');
    assert.equal(missing.status, 404);
    assert.match(missing.html, /event\.not_found/);
    assert.equal((await page('/no/such/page')).status, 404);
  });
});

describe('document page', () => {
  it('highlights every claim, labelled with its measure, each linking to its claim', async () => {
    const documents: Json = await api('/api/documents');
    const doc = documents.items.find((d: Json) => d.source.endsWith('northern-wire-villa-rosales.html'));
    const { html } = await page(doc.links.page);
    const marks = [...html.matchAll(/<a class="hl m-(\w+)" id="claim-(\d+)" href="([^"]+)"[^>]*>[^<]*<sup class="tag">(\w+)<\/sup><\/a>/g)];
    assert.equal(marks.length, doc.claims);
    for (const [, measure, index, href, label] of marks) {
      assert.equal(label, measure);
      assert.equal(href, `${doc.links.page}/claims/${index}`);
      assert.equal((await page(href!)).status, 200);
    }
    assert.match(html, new RegExp(`<code class="sha">${doc.sha256}</code>`));
    assert.match(html, new RegExp(`href="${doc.links.original}" download`));
  });
});

describe('search and upload pages', () => {
  it('shows the matching passage with the match marked, and filters', async () => {
    const { html } = await page('/search?q=muertos&lang=es');
    assert.match(html, /<mark>muertos<\/mark>/);
    assert.match(html, /<option value="es" selected>/);
    const bad = await page('/search?q=villa&from=yesterday');
    assert.equal(bad.status, 400);
    assert.match(bad.html, /role="alert"/);
  });

  it('uploads files from the form and reports each', async () => {
    // Uploading needs a signed-in editor and the form's CSRF token (refusals: web-session.test.ts).
    const session = await signInThroughForm(server, await addTestUser(t.app, 'uploader', 'editor'));
    const page = await server.inject({ method: 'GET', url: '/upload', headers: { cookie: session.cookie } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`<form class="upload" method="post" action="/upload\\?_csrf=${session.csrf}"`));
    const form = multipartBody([
      { name: 'valle.txt', content: 'Valle Hondo, April 9, 2025. Nine people were killed in Valle Hondo, according to firefighters.' },
      { name: 'notes.docx', content: 'PK' },
    ]);
    const response = await server.inject({
      method: 'POST', url: `/upload?_csrf=${session.csrf}`, payload: form.payload, headers: { ...form.headers, cookie: session.cookie },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<strong>valle\.txt<\/strong>: ingested, \d+ claims?/);
    assert.match(response.body, /<strong>notes\.docx<\/strong>: not ingested — .*<code>document\.unsupported_type<\/code>/);
  });
});

describe('assets', () => {
  it('serves the stylesheet with a colour per measure and print rules, and the script as a file', async () => {
    const css = await page('/assets/style.css');
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.match(css.html, /\.m-killed\{--measure:#/);
    assert.match(css.html, /@media print/);
    const js = await page('/assets/enhance.js');
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
  });
});
