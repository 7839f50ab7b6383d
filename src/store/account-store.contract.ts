/**
 * The behaviour every store must share for accounts, sessions, the audit log and deletion, as node:test
 * cases. Each write and its audit entry are one transaction: both are there, or neither.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountStore, AuditLog, DocumentRemoval, EventStore, Session, Store, StoredUser } from '../app/ports.js';
import type { NewAuditEntry } from '../domain/audit.js';
import { enFlood, esQuake } from './store.fixtures.js';

type All = Store & EventStore & AccountStore & AuditLog & DocumentRemoval;

const AT = '2025-05-01T10:00:00.000Z';
const hash = { scheme: 'scrypt' as const, N: 16384, r: 8, p: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA', hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g' };
const ana: StoredUser = { id: '0123456789ab', name: 'ana', role: 'editor', createdAt: AT, disabledAt: null, secretHash: hash };
const entry = (action: NewAuditEntry['action'], target: string): NewAuditEntry =>
  ({ at: AT, actor: 'cli:test', action, target, before: null, after: { n: 1 } });
const session = (idHash: string, expiresAt: string): Session =>
  ({ idHash, userId: ana.id, csrfToken: 'csrf-token', createdAt: AT, expiresAt });

export function runAccountStoreContract(name: string, openStore: () => Promise<All>): void {
  async function withStore(use: (store: All) => Promise<void>): Promise<void> {
    const store = await openStore();
    try {
      await use(store);
    } finally {
      await store.close();
    }
  }
  const actions = async (store: All) => (await store.listAudit({ order: 'oldest' })).map((e) => `${e.action} ${e.target}`);

  describe(`${name} account store contract`, () => {
    it('stores a user with its hash and records the addition', () => withStore(async (store) => {
      await store.addUser(ana, entry('user.add', 'user:ana'));
      assert.deepEqual(await store.getUser(ana.id), ana);
      assert.deepEqual(await store.getUserByName('ana'), ana);
      const { secretHash: _h, ...listed } = ana;
      assert.deepEqual(await store.listUsers(), [listed]);
      assert.deepEqual(await actions(store), ['user.add user:ana']);
    }));

    it('refuses a second user of the same name, and records nothing for it', () => withStore(async (store) => {
      await store.addUser(ana, entry('user.add', 'user:ana'));
      await assert.rejects(store.addUser({ ...ana, id: 'ba9876543210' }, entry('user.add', 'user:ana')), { code: 'user.name_taken' });
      assert.equal((await store.listAudit({ order: 'oldest' })).length, 1);
    }));

    it('changes a user with its audit entry, and changes nothing for a disabled user', () => withStore(async (store) => {
      await store.addUser(ana, entry('user.add', 'user:ana'));
      assert.equal(await store.updateUser(ana.id, { role: 'admin' }, entry('user.role', 'user:ana')), true);
      assert.equal((await store.getUser(ana.id))?.role, 'admin');
      assert.equal(await store.updateUser(ana.id, { disabledAt: AT }, entry('user.disable', 'user:ana')), true);
      assert.equal(await store.updateUser(ana.id, { role: 'editor' }, entry('user.role', 'user:ana')), false);
      assert.equal((await store.getUser(ana.id))?.role, 'admin');
      assert.deepEqual(await actions(store), ['user.add user:ana', 'user.role user:ana', 'user.disable user:ana']);
    }));

    it('finds a live session with its user, not an expired one, and none once the user is disabled', () => withStore(async (store) => {
      await store.addUser(ana, entry('user.add', 'user:ana'));
      await store.createSession(session('live', '2025-05-01T22:00:00.000Z'));
      await store.createSession(session('old', '2025-05-01T09:00:00.000Z'));
      const found = await store.getSession('live', AT);
      assert.equal(found?.user.name, 'ana');
      assert.equal(found?.session.csrfToken, 'csrf-token');
      assert.equal(await store.getSession('old', AT), null);
      await store.deleteSession('live');
      assert.equal(await store.getSession('live', AT), null);
      await store.createSession(session('again', '2025-05-01T22:00:00.000Z'));
      await store.updateUser(ana.id, { disabledAt: AT }, entry('user.disable', 'user:ana'));
      assert.equal(await store.getSession('again', AT), null);
    }));

    it('records an ingest only when the document is new', () => withStore(async (store) => {
      const audited = { ...enFlood, audit: entry('document.ingest', enFlood.document.id) };
      assert.deepEqual(await store.saveDocuments([audited, { ...esQuake, audit: entry('document.ingest', esQuake.document.id) }]), [{ inserted: true }, { inserted: true }]);
      assert.deepEqual(await store.saveDocuments([audited]), [{ inserted: false }]);
      assert.deepEqual(await actions(store), [`document.ingest ${enFlood.document.id}`, `document.ingest ${esQuake.document.id}`]);
    }));

    it('deletes a document with everything read from it and keeps its tombstone', () => withStore(async (store) => {
      await store.saveDocuments([enFlood, esQuake]);
      const tombstone = { ...entry('document.delete', enFlood.document.id), before: { sha256: enFlood.document.sha256 }, after: null };
      assert.equal(await store.deleteDocument(enFlood.document.id, tombstone), true);
      assert.equal(await store.getDocument(enFlood.document.id), null);
      assert.equal(await store.getOriginal(enFlood.document.id), null);
      assert.deepEqual(await store.listClaims({ documentId: enFlood.document.id }), []);
      assert.deepEqual((await store.listDocuments()).map((d) => d.id), [esQuake.document.id]);
      const [kept] = await store.listAudit({ order: 'newest', action: 'document.delete' });
      assert.deepEqual(kept?.before, { sha256: enFlood.document.sha256 });
      assert.equal(await store.deleteDocument(enFlood.document.id, tombstone), false);
      assert.equal((await store.listAudit({ order: 'oldest', action: 'document.delete' })).length, 1);
    }));

    it('records a correction with it', () => withStore(async (store) => {
      await store.saveDocuments([enFlood, esQuake]);
      const correction = { kind: 'merge' as const, documents: [enFlood.document.id, esQuake.document.id] };
      await store.addEventCorrection(correction, entry('event.merge', 'ev-a ev-b'));
      assert.deepEqual(await store.listEventCorrections(), [correction]);
      assert.deepEqual(await actions(store), ['event.merge ev-a ev-b']);
    }));

    it('lists the log newest or oldest first, by action, up to a limit', () => withStore(async (store) => {
      for (const target of ['a', 'b', 'c']) await store.addUser({ ...ana, id: `${target.repeat(12)}`, name: target + target }, entry('user.add', target));
      await store.updateUser('aaaaaaaaaaaa', { role: 'admin' }, entry('user.role', 'a'));
      const newest = await store.listAudit({ order: 'newest' });
      assert.deepEqual(newest.map((e) => e.target), ['a', 'c', 'b', 'a']);
      assert.deepEqual(newest.map((e) => e.seq), [...newest.map((e) => e.seq)].sort((x, y) => y - x));
      assert.deepEqual((await store.listAudit({ order: 'oldest', limit: 2 })).map((e) => e.target), ['a', 'b']);
      assert.deepEqual((await store.listAudit({ order: 'oldest', action: 'user.role' })).map((e) => e.target), ['a']);
    }));
  });
}
