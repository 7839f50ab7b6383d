/**
 * Hostile documents in headless Chromium: documents whose text, title, byline, URL metadata, file name
 * and claimant carry script tags, event-handler attributes, javascript: links, SVG payloads and
 * attribute-breaking quotes are ingested, and every page that shows them is opened: nothing may run
 * (no dialog, no payload side effect), no payload element or attribute may reach the DOM, the payload
 * must read as text, and the security policy must forbid inline script. Skipped, with a message, where
 * /usr/bin/chromium is not installed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, skipWithoutChromium } from './chromium.fixtures.js';
import type { IncomingFile } from '../app/incoming-file.js';
import { openApp, type App } from '../compose.js';
import { loadConfig } from '../config.js';
import { buildWebServer } from './build-web-server.js';

const skip = skipWithoutChromium;

/** Each payload, if it ever ran, would open a dialog or set window.__xss. */
const SCRIPT = '<script>window.__xss="script";alert("script")</script>';
const IMG = '<img src=x onerror="window.__xss=\'img\';alert(\'img\')">';
const SVG = '<svg onload="window.__xss=\'svg\';alert(\'svg\')"></svg>';
const JS_LINK = 'javascript:window.__xss=\'link\';alert(\'link\')';
const BREAKOUT = '"\'></textarea></title><script>alert("breakout")</script><b onmouseover="alert(1)">';

const file = (source: string, text: string, metadata?: IncomingFile['metadata']): IncomingFile => {
  const bytes = new TextEncoder().encode(text);
  return { source, size: bytes.byteLength, read: async () => bytes, ...(metadata ? { metadata } : {}) };
};

// Fictional places and organisations throughout.
const DOCUMENTS: IncomingFile[] = [
  file(`valle-<img src=x onerror=alert('name')>.txt`,
    `Valle Hondo, June 2, 2025. At least 12 people were killed in Valle Hondo, according to the ${IMG} Regional Office. ` +
      `Witnesses said ${SCRIPT} was painted on a wall and ${SVG} on another. About 40 people were injured, said Dr. ${BREAKOUT} Ruiz.\n`),
  file('valle-report.html', `<!doctype html><html><head>
<title>Valle Hondo ${BREAKOUT.replace(/</g, '&lt;')} toll</title>
<meta name="author" content="${BREAKOUT.replace(/"/g, '&quot;').replace(/</g, '&lt;')} Staff">
<meta property="og:url" content="${JS_LINK}">
<meta property="og:site_name" content="&lt;svg onload=alert('site')&gt; Wire">
<script>window.__xss='page-script';alert('page-script')</script>
</head><body><article>
<h1>Valle Hondo: toll rises</h1>
<p>Valle Hondo, June 3, 2025. At least 15 people were killed in Valle Hondo, the &lt;script&gt;alert('quoted')&lt;/script&gt; Health Ministry said.</p>
<p><a href="${JS_LINK}">Read the statement</a> <img src=x onerror="alert('inline-img')"> <svg onload="alert('inline-svg')"></svg></p>
<p>Some 30 people were injured in Valle Hondo, according to the Red Cross.</p>
</article></body></html>`),
  file('valle-notes.md',
    `# Valle Hondo ${SCRIPT} update\n\nValle Hondo, June 4, 2025. [statement](${JS_LINK}) ${IMG}\n\n` +
      `At least 14 people were killed in Valle Hondo, according to the "><svg onload=alert('claimant')> Civil Defence.\n`),
  // Claimant names keep only words, but quotes that break attributes and handler-like words get through.
  file('valle-claimants.txt',
    `Valle Hondo, June 6, 2025. At least 11 people were killed in Valle Hondo, according to Mayor Ana O'Neil"><svg onload=alert('mayor')>.\n` +
      'At least 16 people were killed in Valle Hondo, according to the Onerror=Alert(1) Group.\n'),
  file(`feed.jsonl:1 ${JS_LINK}`,
    'Valle Hondo, June 5, 2025. At least 13 people were killed in Valle Hondo, according to the mayor.',
    { plainText: { title: `Valle Hondo ${BREAKOUT} ${SVG}`, publishedAt: '2025-06-05' }, lang: 'en' }),
];

describe('hostile documents in a browser', { skip }, () => {
  let dir: string;
  let app: App;
  let server: FastifyInstance;
  let browser: BrowserContext;
  let base: string;
  const dialogs: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tally-hostile-'));
    app = await openApp(loadConfig({}, { db: join(dir, 'tally.db'), maxBytes: 200_000 }));
    for await (const result of app.ingestDocuments({ files: DOCUMENTS, actor: 'cli:test' })) {
      assert.equal(result.status, 'ingested', `${result.source}: ${result.error?.message ?? ''}`);
    }
    server = await buildWebServer(app);
    base = (await server.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    browser = await launchChromium(join(dir, 'profile'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page, checks its security policy and that no payload made it into the DOM; returns its text. */
  async function visit(path: string): Promise<{ page: Page; text: string }> {
    const page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${path}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const response = await page.goto(`${base}${path}`);
    assert.equal(response?.status(), 200, path);
    const policy = response?.headers()['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? /default-src ([^;]*)/.exec(policy)?.[1] ?? '';
    assert.ok(scriptSrc !== '', `${path}: no script-src in the policy: ${policy}`);
    assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval|\*/, `${path}: ${policy}`);
    // Hover and focus everything a payload could hang a handler on.
    await page.mouse.move(10, 10);
    await page.mouse.move(400, 400);
    // A string, as tsconfig has no DOM types: it runs in the page.
    const found = await page.evaluate(`({
      xss: window.__xss ?? null,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      foreignScripts: [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')).filter((s) => !s.startsWith('/assets/')),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => '<' + e.tagName.toLowerCase() + ' ' + a.name + '>')),
      jsUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((e) =>
        ['href', 'src', 'action', 'formaction'].map((n) => e.getAttribute(n) ?? '').filter((v) => /^\\s*javascript:/i.test(v))),
      payloadImages: document.querySelectorAll('img[src="x"]').length,
      embeds: document.querySelectorAll('iframe, object, embed, frame').length,
      text: document.body.innerText,
    })`) as { xss: string | null; inlineScripts: number; foreignScripts: string[]; handlers: string[]; jsUrls: string[]; payloadImages: number; embeds: number; text: string };
    assert.deepEqual(
      { xss: found.xss, inlineScripts: found.inlineScripts, foreignScripts: found.foreignScripts, handlers: found.handlers, jsUrls: found.jsUrls, payloadImages: found.payloadImages, embeds: found.embeds },
      { xss: null, inlineScripts: 0, foreignScripts: [], handlers: [], jsUrls: [], payloadImages: 0, embeds: 0 },
      path,
    );
    return { page, text: found.text };
  }

  const api = async (path: string) => (await fetch(`${base}${path}`)).json() as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('runs nothing on any page that shows the documents, and shows the payloads as text', async () => {
    const documents = (await api('/api/documents')).items as { id: string; source: string; links: { page: string } }[];
    assert.equal(documents.length, DOCUMENTS.length);
    const events = (await api('/api/events')).items as { id: string }[];
    assert.ok(events.length > 0, 'the documents were grouped into an event');

    const paths = ['/', '/documents', '/upload', '/search?q=script', '/search?q=onerror', '/search?q=valle', '/search?q=%3Cscript%3E'];
    for (const d of documents) paths.push(d.links.page, `${d.links.page}/claims/0`);
    for (const e of events) paths.push(`/events/${e.id}`, `/events/${e.id}?rule=range`);
    const texts = new Map<string, string>();
    for (const path of paths) {
      const { page, text } = await visit(path);
      texts.set(path, text);
      await page.close();
    }
    assert.deepEqual(dialogs, []);

    // The payloads are there, as text a reader can see.
    const textDocument = documents.find((d) => d.source.startsWith('valle-<img'))!;
    const shown = texts.get(textDocument.links.page)!;
    for (const payload of [SCRIPT, IMG, SVG]) assert.ok(shown.includes(payload), `document page shows ${payload} as text`);
    assert.ok(texts.get('/documents')!.includes('<script>'), 'a title with a script tag is listed as text');
    assert.ok([...texts.entries()].some(([path, text]) => path.startsWith('/search?q=script') && text.includes('<script>')), 'search snippets show the tag as text');
    const claimants = (await app.listClaims({})).claims.map((c) => c.claim.claimant);
    assert.ok(claimants.includes("Mayor Ana O'Neil"), `a claimant with a quote was extracted: ${claimants.join(', ')}`);
    assert.ok([...texts.entries()].some(([path, text]) => path.startsWith('/events/') && text.includes("Mayor Ana O'Neil")), 'the dossier names the claimant');
  });
});
