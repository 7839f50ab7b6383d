import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { AuditAction } from '../domain/audit.js';
import { buildServer } from './build-server.js';
import { addTestUser, bearer, multipartBody, openTestApp, type TestApp, type TestUser } from './web-app.fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let t: TestApp;
let server: FastifyInstance;
let editor: TestUser;
let admin: TestUser;
const targets: Record<string, TestUser> = {};

before(async () => {
  t = await openTestApp();
  server = await buildServer(t.app);
  editor = await addTestUser(t.app, 'eddie', 'editor');
  admin = await addTestUser(t.app, 'ada', 'admin');
  for (const name of ['rolf', 'sepp', 'dana']) targets[name] = await addTestUser(t.app, name, 'editor');
});
after(async () => {
  await server.close();
  await t.close();
});

const json = async (url: string, headers: Record<string, string> = {}): Promise<Json> => (await server.inject({ method: 'GET', url, headers })).json();
const events = async (): Promise<Json[]> => (await json('/api/events')).items;
const newestAudit = async () => (await t.app.listAudit({ order: 'newest', limit: 1 })).entries[0];

type Endpoint = {
  name: string;
  access: 'editor' | 'admin';
  /** Built when sent: ids change as the collection does. */
  request: () => Promise<InjectOptions>;
  status: number;
  action: AuditAction | null;
};

const WRITES: Endpoint[] = [
  {
    name: 'POST /api/upload', access: 'editor', status: 200, action: 'document.ingest',
    request: async () => ({ method: 'POST', url: '/api/upload', ...multipartBody([{ name: 'pozo.txt', content: 'Pozo Verde, May 3, 2025. At least 4 people were killed in Pozo Verde, according to the Red Cross.' }]) }),
  },
  {
    name: 'POST /api/events/merge', access: 'editor', status: 200, action: 'event.merge',
    request: async () => {
      const [a, b] = await events();
      return { method: 'POST', url: '/api/events/merge', payload: { a: a!.id, b: b!.id } };
    },
  },
  {
    name: 'POST /api/events/:id/split', access: 'editor', status: 200, action: 'event.split',
    request: async () => {
      const event = (await events()).find((e) => e.documents.length > 1)!;
      return { method: 'POST', url: `/api/events/${event.id}/split`, payload: { documents: [event.documents[0]] } };
    },
  },
  {
    name: 'DELETE /api/documents/:id', access: 'admin', status: 200, action: 'document.delete',
    request: async () => {
      const hostile = (await json('/api/documents')).items.find((d: Json) => d.source.startsWith('hostile'));
      return { method: 'DELETE', url: `/api/documents/${hostile.sha256}` };
    },
  },
  { name: 'POST /api/users', access: 'admin', status: 201, action: 'user.add', request: async () => ({ method: 'POST', url: '/api/users', payload: { name: 'newbie', role: 'editor' } }) },
  { name: 'PUT /api/users/:name/role', access: 'admin', status: 200, action: 'user.role', request: async () => ({ method: 'PUT', url: '/api/users/rolf/role', payload: { role: 'admin' } }) },
  { name: 'POST /api/users/:name/secret', access: 'admin', status: 200, action: 'user.secret', request: async () => ({ method: 'POST', url: '/api/users/sepp/secret' }) },
  { name: 'POST /api/users/:name/disable', access: 'admin', status: 200, action: 'user.disable', request: async () => ({ method: 'POST', url: '/api/users/dana/disable' }) },
  { name: 'GET /api/users', access: 'admin', status: 200, action: null, request: async () => ({ method: 'GET', url: '/api/users' }) },
  { name: 'GET /api/audit', access: 'admin', status: 200, action: null, request: async () => ({ method: 'GET', url: '/api/audit' }) },
];

describe('every write endpoint (and the admin reads)', () => {
  for (const endpoint of WRITES) {
    it(`${endpoint.name}: 401 without a token, 401 with a wrong one, ${endpoint.access === 'admin' ? '403 for an editor, ' : ''}${endpoint.status} for ${endpoint.access === 'admin' ? 'an admin' : 'an editor'}${endpoint.action ? ' with an audit entry' : ''}`, async () => {
      const send = async (headers: Record<string, string>) => {
        const options = await endpoint.request();
        const response = await server.inject({ ...options, headers: { ...(options.headers as Record<string, string>), ...headers } });
        return { status: response.statusCode, body: response.json() as Json, headers: response.headers };
      };
      const before = (await newestAudit())?.seq;
      const anonymous = await send({});
      assert.deepEqual([anonymous.status, anonymous.body.error.code], [401, 'auth.required']);
      assert.match(String(anonymous.headers['www-authenticate']), /^Bearer/);
      const forged = await send({ authorization: `Bearer tly_000000000000_${'A'.repeat(43)}` });
      assert.deepEqual([forged.status, forged.body.error.code], [401, 'auth.invalid']);
      if (endpoint.access === 'admin') {
        const lower = await send(bearer(editor));
        assert.deepEqual([lower.status, lower.body.error.code], [403, 'auth.forbidden']);
      }
      assert.equal((await newestAudit())?.seq, before, 'a refused request wrote to the audit log');
      const allowed = await send(bearer(endpoint.access === 'admin' ? admin : editor));
      assert.equal(allowed.status, endpoint.status, JSON.stringify(allowed.body));
      const entry = await newestAudit();
      if (endpoint.action === null) return assert.equal(entry?.seq, before);
      assert.equal(entry?.action, endpoint.action);
      assert.equal(entry?.actor, `user:${endpoint.access === 'admin' ? admin.name : editor.name}`);
    });
  }
});

describe('tokens', () => {
  it('stops working when their user is disabled or given a new secret', async () => {
    const zoe = await addTestUser(t.app, 'zoe', 'editor');
    const merge = (user: TestUser) => server.inject({ method: 'POST', url: '/api/events/merge', headers: bearer(user), payload: { a: 'ev-000000000000', b: 'ev-111111111111' } });
    assert.equal((await merge(zoe)).statusCode, 404); // authorised: the events just do not exist
    const renewed = (await server.inject({ method: 'POST', url: '/api/users/zoe/secret', headers: bearer(admin) })).json() as Json;
    assert.equal((await merge(zoe)).json().error.code, 'auth.invalid');
    const zoeNow = { name: 'zoe', secret: renewed.secret as string };
    assert.equal((await merge(zoeNow)).statusCode, 404);
    await server.inject({ method: 'POST', url: '/api/users/zoe/disable', headers: bearer(admin) });
    assert.equal((await merge(zoeNow)).statusCode, 401);
  });

  it('answers a role change at once, without a new token', async () => {
    const kim = await addTestUser(t.app, 'kim', 'editor');
    const users = () => server.inject({ method: 'GET', url: '/api/users', headers: bearer(kim) });
    assert.equal((await users()).statusCode, 403);
    await server.inject({ method: 'PUT', url: '/api/users/kim/role', headers: bearer(admin), payload: { role: 'admin' } });
    const listed = await users();
    assert.equal(listed.statusCode, 200);
    assert.ok(JSON.stringify(listed.json()).includes('"kim"'));
    assert.ok(!/secret|hash|salt/i.test(listed.body), 'the user list shows secrets or hashes');
  });

  it('gives a new user their secret once, in the answer, and a working token', async () => {
    const created = await server.inject({ method: 'POST', url: '/api/users', headers: bearer(admin), payload: { name: 'lea', role: 'editor' } });
    const { secret, user } = created.json() as Json;
    assert.match(secret, /^tly_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    assert.equal(user.name, 'lea');
    const again = await server.inject({ method: 'POST', url: '/api/users', headers: bearer(admin), payload: { name: 'LEA', role: 'admin' } });
    assert.deepEqual([again.statusCode, again.json().error.code], [409, 'user.name_taken']);
    const audit = (await server.inject({ method: 'GET', url: '/api/audit?action=user.add&limit=5', headers: bearer(admin) })).body;
    assert.ok(!audit.includes(secret.slice(18)), 'the audit log holds a secret');
  });
});

describe('upload rate limit', () => {
  it('answers 429 with Retry-After past the uploads allowed per minute for one user', async () => {
    const limited = await buildServer(t.app, { rateLimits: { uploadsPerMinute: 2 } });
    try {
      const form = multipartBody([{ name: 'x.txt', content: 'Nothing here.' }]);
      const upload = () => limited.inject({ method: 'POST', url: '/api/upload', payload: form.payload, headers: { ...form.headers, ...bearer(editor) } });
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await upload();
        statuses.push(response.statusCode);
        if (response.statusCode === 429) {
          assert.equal(response.json().error.code, 'auth.rate_limited');
          assert.match(String(response.headers['retry-after']), /^\d+$/);
        }
      }
      assert.deepEqual(statuses, [200, 200, 429]);
      const other = await limited.inject({ method: 'POST', url: '/api/upload', payload: form.payload, headers: { ...form.headers, ...bearer(admin) } });
      assert.equal(other.statusCode, 200, 'another user has a limit of their own');
    } finally {
      await limited.close();
    }
  });
});
