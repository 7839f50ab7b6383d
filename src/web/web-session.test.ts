import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { App } from '../compose.js';
import {
  addTestUser, cookieValue, multipartBody, openTestApp, signInThroughForm, type BrowserSession, type TestApp, type TestUser,
} from '../http/web-app.fixtures.js';
import { buildWebServer } from './build-web-server.js';
import { safeNext } from './web-session.js';

let t: TestApp;
let server: FastifyInstance;
let editor: TestUser;

before(async () => {
  t = await openTestApp();
  // Many sign-ins from one address here; the limit itself is tested on a server of its own below.
  server = await buildWebServer(t.app, { rateLimits: { signInPerMinute: 1000 } });
  editor = await addTestUser(t.app, 'eddie', 'editor');
});
after(async () => {
  await server.close();
  await t.close();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const upload = (session: Partial<BrowserSession>, query = '', extra: Record<string, string> = {}) => {
  const { payload, headers } = multipartBody([{ name: 'pozo.txt', content: 'Pozo Hondo, May 3, 2025. Six people were killed in Pozo Hondo, according to the Red Cross.' }]);
  return server.inject({ method: 'POST', url: `/upload${query}`, payload, headers: { ...headers, ...(session.cookie ? { cookie: session.cookie } : {}), ...extra } });
};

describe('signing in', () => {
  it('sends anonymous visitors of the upload page to sign in, and back after', async () => {
    const page = await server.inject('/upload');
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/login?next=/upload');
    const form = await server.inject('/login?next=/upload');
    assert.match(form.body, /<input type="hidden" name="next" value="\/upload">/);
    assert.match(form.body, /<a href="\/login\?next=%2Flogin|<p class="account"><a href="\/login">Sign in<\/a>/);
  });

  it('sets an httpOnly, SameSite=Strict session cookie on Path=/, Secure only over https or when configured', async () => {
    const cookieOf = async (target: FastifyInstance, headers: Record<string, string> = {}) => {
      const form = await target.inject({ url: '/login', headers });
      const login = cookieValue(form.headers['set-cookie'], 'tally_login');
      const posted = await target.inject({
        method: 'POST', url: '/login', headers: { ...FORM, ...headers, cookie: `tally_login=${login}` },
        payload: new URLSearchParams({ name: 'eddie', secret: editor.secret, _login: login, next: '/documents' }).toString(),
      });
      assert.equal(posted.statusCode, 303);
      assert.equal(posted.headers.location, '/documents');
      return ([posted.headers['set-cookie']].flat() as string[]).find((c) => c.startsWith('tally_session='))!;
    };
    const plain = await cookieOf(server);
    for (const attribute of [/; HttpOnly/i, /; SameSite=Strict/i, /; Path=\//, /; Max-Age=\d+/]) assert.match(plain, attribute);
    assert.doesNotMatch(plain, /; Secure/i);
    const secureApp = { ...t.app, config: { ...t.app.config, secureCookies: true } } as App;
    const secure = await buildWebServer(secureApp);
    try {
      assert.match(await cookieOf(secure), /; Secure/i);
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong secret, an unknown name and a disabled user alike, without a cookie', async () => {
    const dora = await addTestUser(t.app, 'dora', 'editor');
    await t.app.changeUser({ name: 'dora', change: { kind: 'disable' }, actor: 'cli:test' });
    for (const [name, secret] of [['eddie', `${editor.secret.slice(0, -2)}xx`], ['nobody', editor.secret], ['dora', dora.secret]] as const) {
      const form = await server.inject('/login');
      const login = cookieValue(form.headers['set-cookie'], 'tally_login');
      const posted = await server.inject({
        method: 'POST', url: '/login', headers: { ...FORM, cookie: `tally_login=${login}` },
        payload: new URLSearchParams({ name, secret, _login: login }).toString(),
      });
      assert.equal(posted.statusCode, 401, name);
      assert.match(posted.body, /the name or the secret is wrong, or the account is disabled/);
      assert.ok(!String(posted.headers['set-cookie']).includes('tally_session='), name);
    }
  });

  it('refuses a sign-in form not sent from its own page (login CSRF)', async () => {
    const posted = await server.inject({ method: 'POST', url: '/login', headers: FORM, payload: new URLSearchParams({ name: 'eddie', secret: editor.secret }).toString() });
    assert.equal(posted.statusCode, 403);
    assert.match(posted.body, /auth\.csrf/);
  });

  it('keeps only hashes: neither the secret nor the session id is in the database', async () => {
    const session = await signInThroughForm(server, editor);
    const db = new BetterSqlite3(t.app.config.db, { readonly: true });
    try {
      const rows = JSON.stringify([db.prepare('select * from users').all(), db.prepare('select * from sessions').all()]);
      // The random part follows `tly_<user id>_`; it is base64url, so it may itself contain '_'.
      const random = editor.secret.replace(/^tly_[0-9a-f]+_/, '');
      assert.ok(random.length >= 40, 'the secret has its random part');
      assert.ok(!rows.includes(random), 'a secret is stored in clear');
      assert.ok(!rows.includes(session.cookie.split('=')[1]!), 'a session id is stored in clear');
      assert.match(rows, /scrypt:N=\d+,r=\d+,p=\d+/);
    } finally {
      db.close();
    }
  });

  for (const [next, expected] of [['/upload', '/upload'], ['/events/ev-1?rule=range', '/events/ev-1?rule=range'], ['//evil.example', '/'], ['https://evil.example', '/'], ['/\\evil.example', '/'], [undefined, '/']] as const) {
    it(`sends the user on to ${expected} when asked for ${next}`, () => assert.equal(safeNext(next), expected));
  }
});

describe('a signed-in browser', () => {
  it('shows the user and a sign-out button in the header; anonymous visitors a sign-in link', async () => {
    const session = await signInThroughForm(server, editor);
    const mine = await server.inject({ url: '/documents', headers: { cookie: session.cookie } });
    assert.match(mine.body, /<span class="who">eddie <small>\(editor\)<\/small><\/span> <button type="submit">Sign out<\/button>/);
    assert.match(mine.body, new RegExp(`<form class="account" method="post" action="/logout"><input type="hidden" name="_csrf" value="${session.csrf}">`));
    assert.equal(mine.headers['cache-control'], 'private, no-store');
    const anonymous = await server.inject('/documents');
    assert.match(anonymous.body, /<a href="\/login\?next=%2Fdocuments">Sign in<\/a>/);
    assert.ok(!anonymous.body.includes('_csrf'));
  });

  it('uploads with the form token, and the audit log names the user', async () => {
    const session = await signInThroughForm(server, editor);
    const response = await upload(session, `?_csrf=${session.csrf}`);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<strong>pozo\.txt<\/strong>: (ingested|already stored)/);
    const [entry] = (await t.app.listAudit({ order: 'newest', limit: 1 })).entries;
    assert.equal(entry?.actor, 'user:eddie');
  });

  for (const [behaviour, query, extra, status, code] of [
    ['without the CSRF token', '', {}, 403, 'auth.csrf'],
    ['with a wrong CSRF token', `?_csrf=${'x'.repeat(43)}`, {}, 403, 'auth.csrf'],
    ['from another site, even with the token', 'TOKEN', { origin: 'https://evil.example' }, 403, 'auth.csrf'],
  ] as const) {
    it(`refuses an upload ${behaviour} (${status})`, async () => {
      const session = await signInThroughForm(server, editor);
      const before = (await t.app.listAudit({ order: 'newest', limit: 1 })).entries[0]?.seq;
      const response = await upload(session, query === 'TOKEN' ? `?_csrf=${session.csrf}` : query, extra);
      assert.equal(response.statusCode, status);
      assert.match(response.body, new RegExp(code.replace('.', '\\.')));
      assert.equal((await t.app.listAudit({ order: 'newest', limit: 1 })).entries[0]?.seq, before);
    });
  }

  it('refuses an upload without a session (401), and API writes never accept the cookie', async () => {
    assert.equal((await upload({})).statusCode, 401);
    const session = await signInThroughForm(server, editor);
    const { payload, headers } = multipartBody([{ name: 'a.txt', content: 'x' }]);
    const api = await server.inject({ method: 'POST', url: '/api/upload', payload, headers: { ...headers, cookie: session.cookie } });
    assert.deepEqual([api.statusCode, api.json().error.code], [401, 'auth.required']);
  });

  it('signs out only with the form token, and the old cookie then signs in no one', async () => {
    const session = await signInThroughForm(server, editor);
    const refused = await server.inject({ method: 'POST', url: '/logout', headers: { ...FORM, cookie: session.cookie }, payload: '' });
    assert.equal(refused.statusCode, 403);
    const out = await server.inject({ method: 'POST', url: '/logout', headers: { ...FORM, cookie: session.cookie }, payload: `_csrf=${session.csrf}` });
    assert.equal(out.statusCode, 303);
    assert.match(String(out.headers['set-cookie']), /tally_session=;/);
    const after = await server.inject({ url: '/upload', headers: { cookie: session.cookie } });
    assert.equal(after.statusCode, 303);
  });

  it('loses its session when the user is disabled', async () => {
    const vic = await addTestUser(t.app, 'vic', 'editor');
    const session = await signInThroughForm(server, vic);
    await t.app.changeUser({ name: 'vic', change: { kind: 'disable' }, actor: 'cli:test' });
    assert.equal((await upload(session, `?_csrf=${session.csrf}`)).statusCode, 401);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 with Retry-After past the attempts allowed per minute', async () => {
    const limited = await buildWebServer(t.app, { rateLimits: { signInPerMinute: 3 } });
    try {
      const statuses = [];
      let last;
      for (let i = 0; i < 4; i++) {
        const form = await limited.inject('/login');
        const login = cookieValue(form.headers['set-cookie'], 'tally_login');
        last = await limited.inject({
          method: 'POST', url: '/login', headers: { ...FORM, cookie: `tally_login=${login}` },
          payload: new URLSearchParams({ name: 'eddie', secret: 'wrong', _login: login }).toString(),
        });
        statuses.push(last.statusCode);
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      assert.match(String(last!.headers['retry-after']), /^\d+$/);
      assert.match(last!.body, /too many sign-in attempts/);
    } finally {
      await limited.close();
    }
  });
});
