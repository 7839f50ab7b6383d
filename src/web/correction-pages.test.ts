import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { documentPath } from '../http/api-responses.js';
import { addTestUser, openTestApp, signInThroughForm, type BrowserSession, type TestApp } from '../http/web-app.fixtures.js';
import { buildWebServer } from './build-web-server.js';

let t: TestApp;
let server: FastifyInstance;
let editor: BrowserSession;
let admin: BrowserSession;

before(async () => {
  t = await openTestApp();
  server = await buildWebServer(t.app, { rateLimits: { signInPerMinute: 100 } });
  editor = await signInThroughForm(server, await addTestUser(t.app, 'eddie', 'editor'));
  admin = await signInThroughForm(server, await addTestUser(t.app, 'adele', 'admin'));
});
after(async () => {
  await server.close();
  await t.close();
});

const get = (url: string, session?: BrowserSession) => server.inject({ method: 'GET', url, headers: session ? { cookie: session.cookie } : {} });
/** A form POST as a browser sends it; `csrf` overrides the session's token (null: none sent). */
const post = (url: string, fields: Array<[string, string]>, session?: BrowserSession, csrf?: string | null) => {
  const token = csrf === undefined ? session?.csrf : csrf;
  const body = new URLSearchParams([...fields, ...(token == null ? [] : [['_csrf', token] as [string, string]])]);
  return server.inject({
    method: 'POST', url, payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(session ? { cookie: session.cookie } : {}) },
  });
};
const events = async () => (await t.app.listEvents({})).events.map((e) => e.event).sort((a, b) => b.documents.length - a.documents.length);
const newestAudit = async () => (await t.app.listAudit({ order: 'newest', limit: 1 })).entries[0]!;
const forms = (body: string) => {
  const { document } = parseHTML(body);
  return [...document.querySelectorAll('form[method="post"]')].map((f) => String(f.getAttribute('action')));
};

describe('who sees the correction forms', () => {
  it('shows merge and split on the dossier to editors and admins only, delete on the document page to admins only', async () => {
    const [event] = await events();
    const documentUrl = documentPath(event!.documents[0]!);
    const eventUrl = `/events/${event!.id}`;
    const cases: Array<[string, BrowserSession | undefined, string[], string[]]> = [
      ['anonymous', undefined, [], []],
      ['editor', editor, [`${eventUrl}/merge`, `${eventUrl}/split`], []],
      ['admin', admin, [`${eventUrl}/merge`, `${eventUrl}/split`], [`${documentUrl}/delete`]],
    ];
    for (const [who, session, onEvent, onDocument] of cases) {
      const dossier = await get(eventUrl, session);
      assert.equal(dossier.statusCode, 200, who);
      assert.deepEqual(forms(dossier.body).filter((a) => a !== '/logout'), onEvent, who);
      assert.equal(dossier.body.includes('name="documents"'), onEvent.length > 0, `${who}: split checkboxes`);
      const page = await get(documentUrl, session);
      assert.deepEqual(forms(page.body).filter((a) => a !== '/logout'), onDocument, who);
    }
  });

  it('offers every other event to merge with, and never the event itself', async () => {
    const [event, ...others] = await events();
    const { document } = parseHTML((await get(`/events/${event!.id}`, editor)).body);
    const offered = [...document.querySelectorAll('#merge-with option')].map((o) => o.getAttribute('value')).filter(Boolean);
    assert.deepEqual(offered.sort(), others.map((e) => e.id).sort());
  });
});

describe('refusing writes from the wrong person', () => {
  it('answers 401 without a session, 403 without or with a wrong CSRF token, 403 for too low a role', async () => {
    const [a, b] = await events();
    const routes: Array<[string, Array<[string, string]>, 'editor' | 'admin']> = [
      [`/events/${a!.id}/merge`, [['with', b!.id]], 'editor'],
      [`/events/${a!.id}/split`, [['documents', a!.documents[0]!]], 'editor'],
      [`/documents/${a!.documents[0]}/delete`, [['confirm', 'yes']], 'admin'],
    ];
    const before = (await newestAudit()).seq;
    for (const [url, fields, needs] of routes) {
      const anonymous = await post(url, fields);
      assert.equal(anonymous.statusCode, 401, `${url} anonymous`);
      assert.match(anonymous.body, /auth\.required/);
      for (const [what, token] of [['no token', null], ['a wrong token', `${admin.csrf.slice(0, -2)}xx`], ["another session's token", needs === 'admin' ? editor.csrf : admin.csrf]] as const) {
        const refused = await post(url, fields, needs === 'admin' ? admin : editor, token);
        assert.equal(refused.statusCode, 403, `${url} with ${what}`);
        assert.match(refused.body, /auth\.csrf/, `${url} with ${what}`);
      }
      if (needs === 'admin') {
        const forbidden = await post(url, fields, editor);
        assert.equal(forbidden.statusCode, 403, `${url} as an editor`);
        assert.match(forbidden.body, /auth\.forbidden/);
      }
    }
    assert.equal((await newestAudit()).seq, before, 'a refused request wrote to the audit log');
    assert.equal((await get(`/documents/${a!.documents[0]}`)).statusCode, 200, 'a refused deletion deleted');
  });
});

describe('correcting events from the dossier', () => {
  it('shows a refused merge or split on the dossier with its 4xx status and changes nothing', async () => {
    const [a] = await events();
    const cases: Array<[string, string, Array<[string, string]>, number, RegExp]> = [
      ['itself', 'merge', [['with', a!.id]], 400, /cannot merge event .* with itself/],
      ['an unknown event', 'merge', [['with', 'ev-000000000000']], 404, /no event ev-000000000000/],
      ['no event chosen', 'merge', [['with', '']], 400, /must be an event id/],
      ['every document', 'split', a!.documents.map((d) => ['documents', d] as [string, string]), 400, /would leave it empty/],
      ['no document checked', 'split', [], 400, /check at least one document/],
      ['a document of another event', 'split', [['documents', 'f'.repeat(64)]], 400, /is not a document of/],
    ];
    const before = (await newestAudit()).seq;
    for (const [what, action, fields, status, message] of cases) {
      const refused = await post(`/events/${a!.id}/${action}`, fields, editor);
      assert.equal(refused.statusCode, status, what);
      assert.match(refused.body, message, what);
      assert.match(refused.body, /<form class="merge-form"/, `${what}: the dossier, with its forms, again`);
    }
    const unknown = await post('/events/ev-000000000000/split', [['documents', a!.documents[0]!]], editor);
    assert.equal(unknown.statusCode, 404);
    assert.equal((await newestAudit()).seq, before);
  });

  it('merges two events as the signed-in editor, redirects to the merged event with a confirmation, and audits it', async () => {
    const [a, b] = (await events()).slice(-2);
    const merged = await post(`/events/${a!.id}/merge`, [['with', b!.id]], editor);
    assert.equal(merged.statusCode, 303);
    const location = String(merged.headers.location);
    assert.match(location, /^\/events\/ev-[0-9a-f]{12}\?done=merged$/);
    const page = await get(location, editor);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /class="notice" role="status">Merged/);
    const event = (await events()).find((e) => location.startsWith(`/events/${e.id}?`))!;
    assert.deepEqual([...event.documents].sort(), [...a!.documents, ...b!.documents].sort());
    const entry = await newestAudit();
    assert.deepEqual([entry.action, entry.actor, entry.target], ['event.merge', 'user:eddie', `${a!.id} ${b!.id}`]);
  });

  it('splits the checked documents off as a new event, linked from the confirmation, and audits it', async () => {
    const [a] = await events();
    const leaving = a!.documents.slice(0, 1);
    const split = await post(`/events/${a!.id}/split`, leaving.map((d) => ['documents', d]), editor);
    assert.equal(split.statusCode, 303);
    const location = String(split.headers.location);
    const [, kept, other] = /^\/events\/(ev-[0-9a-f]{12})\?done=split&other=(ev-[0-9a-f]{12})$/.exec(location) ?? [];
    assert.ok(kept && other, location);
    const now = await events();
    assert.deepEqual(now.find((e) => e.id === other)!.documents, leaving);
    assert.deepEqual([...now.find((e) => e.id === kept)!.documents].sort(), a!.documents.slice(1).sort());
    const page = await get(location, editor);
    assert.match(page.body, new RegExp(`Split: the checked documents now form <a href="/events/${other}">`));
    const entry = await newestAudit();
    assert.deepEqual([entry.action, entry.actor, entry.target], ['event.split', 'user:eddie', a!.id]);
  });
});

describe('deleting a document from its page', () => {
  it('refuses without the confirmation box, then deletes as the admin and names the SHA-256 kept in the audit log', async () => {
    const [event] = await events();
    const id = event!.documents[0]!;
    const sha256 = id.slice('sha256:'.length);
    const unconfirmed = await post(`/documents/${id}/delete`, [], admin);
    assert.equal(unconfirmed.statusCode, 400);
    assert.match(unconfirmed.body, /Not deleted: check “I understand/);
    assert.equal((await get(`/documents/${id}`)).statusCode, 200);

    const deleted = await post(`/documents/${id}/delete`, [['confirm', 'yes']], admin);
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, `/documents?deleted=${sha256}`);
    const list = await get(String(deleted.headers.location), admin);
    assert.match(list.body, new RegExp(`Deleted the document with SHA-256 <code class="sha">${sha256}</code>.*audit log`));
    assert.equal((await get(`/documents/${id}`)).statusCode, 404);
    const entry = await newestAudit();
    assert.deepEqual([entry.action, entry.actor, entry.target, (entry.before as { sha256: string }).sha256], ['document.delete', 'user:adele', id, sha256]);

    const again = await post(`/documents/${id}/delete`, [['confirm', 'yes']], admin);
    assert.equal(again.statusCode, 404, 'a document already deleted');
  });

  it('keeps the correction forms out of print', async () => {
    const css = (await get('/assets/style.css')).body;
    const print = css.slice(css.indexOf('@media print {\n'));
    assert.match(print, /[ ,]form[ ,][^{]*\.correction[^{]*\{ display: none !important; \}/);
  });
});
