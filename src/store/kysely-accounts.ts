/**
 * Users, sessions, the audit log and document deletion, written once for both adapters. Every write that
 * the audit log records is one transaction with its audit entry (a write never commits without it);
 * each adapter supplies `transact`, as transactions are where the dialects differ.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type {
  AccountStore, AuditLog, AuditQuery, DocumentRemoval, Session, StoredUser, UserChange,
} from '../app/ports.js';
import type { User, UserId } from '../domain/account.js';
import type { AuditEntry, NewAuditEntry } from '../domain/audit.js';
import type { DocumentId } from '../domain/document.js';
import type { EventCorrection } from '../domain/event.js';
import { DomainError } from '../domain/errors.js';
import {
  auditToRow, rowToAudit, rowToSession, rowToStoredUser, rowToUser, secretToColumns, sessionToRow, userToRow,
  type AccountSchema,
} from './account-rows.js';
import { KyselyStoreReads } from './kysely-store-reads.js';
import type { StoreSchema } from './rows.js';

/** One statement of a transaction; when `mustChange` and it changes no row, the whole transaction is undone. */
export type TransactionStep = { query: CompiledQuery; mustChange?: boolean };

export abstract class KyselyAccounts extends KyselyStoreReads implements AccountStore, AuditLog, DocumentRemoval {
  protected readonly tables: Kysely<StoreSchema & AccountSchema>;

  protected constructor(db: Kysely<StoreSchema>) {
    super(db);
    this.tables = db.withTables<AccountSchema>();
  }

  /** Runs the steps in order in one transaction; false (all undone) when a `mustChange` step changed nothing. */
  protected abstract transact(steps: readonly TransactionStep[]): Promise<boolean>;

  /** The audit entry as an INSERT, for adapters adding it to their own write transactions. */
  protected auditInsert(entry: NewAuditEntry): CompiledQuery {
    return this.tables.insertInto('audit_log').values(auditToRow(entry)).compile();
  }

  /** Several audit entries as one INSERT, their sequence numbers in the order given. */
  protected auditInserts(entries: readonly NewAuditEntry[]): CompiledQuery {
    return this.tables.insertInto('audit_log').values(entries.map(auditToRow)).compile();
  }

  async addUser(user: StoredUser, audit: NewAuditEntry): Promise<void> {
    try {
      await this.transact([{ query: this.tables.insertInto('users').values(userToRow(user)).compile() }, { query: this.auditInsert(audit) }]);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('user.name_taken', `there is already a user named ${user.name}`, { cause: error });
      throw error;
    }
  }

  async getUser(id: UserId): Promise<StoredUser | null> {
    const row = await this.tables.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : rowToStoredUser(row);
  }

  async getUserByName(name: string): Promise<StoredUser | null> {
    const row = await this.tables.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return row === undefined ? null : rowToStoredUser(row);
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.tables.selectFrom('users').selectAll().orderBy('name').execute();
    return rows.map(rowToUser);
  }

  async updateUser(id: UserId, change: UserChange, audit: NewAuditEntry): Promise<boolean> {
    const update = this.tables.updateTable('users')
      .set({
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.disabledAt === undefined ? {} : { disabled_at: change.disabledAt }),
        ...(change.secretHash === undefined ? {} : secretToColumns(change.secretHash)),
      })
      .where('id', '=', id).where('disabled_at', 'is', null).compile();
    const steps: TransactionStep[] = [{ query: update, mustChange: true }, { query: this.auditInsert(audit) }];
    // A disabled user, or one whose secret may have leaked, is signed out everywhere at once.
    if (change.disabledAt !== undefined || change.secretHash !== undefined) {
      steps.push({ query: this.tables.deleteFrom('sessions').where('user_id', '=', id).compile() });
    }
    return this.transact(steps);
  }

  async createSession(session: Session): Promise<void> {
    // Expired sessions are swept as new ones are made, so the table holds only live ones (and a few more).
    await this.transact([
      { query: this.tables.deleteFrom('sessions').where('expires_at', '<=', session.createdAt).compile() },
      { query: this.tables.insertInto('sessions').values(sessionToRow(session)).compile() },
    ]);
  }

  async getSession(idHash: string, now: string): Promise<{ session: Session; user: User } | null> {
    const row = await this.tables.selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('sessions')
      .select(['users.id as uid', 'users.name', 'users.role', 'users.created_at as user_created_at', 'users.disabled_at'])
      .where('sessions.id_hash', '=', idHash)
      .where('sessions.expires_at', '>', now)
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    if (row === undefined) return null;
    const user = rowToUser({
      id: row.uid, name: row.name, role: row.role, created_at: row.user_created_at, disabled_at: row.disabled_at,
      secret_hash: '', secret_salt: '', secret_params: '',
    });
    return { session: rowToSession(row), user };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.tables.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async listAudit(query: AuditQuery): Promise<AuditEntry[]> {
    let select = this.tables.selectFrom('audit_log').selectAll().orderBy('seq', query.order === 'newest' ? 'desc' : 'asc');
    if (query.action !== undefined) select = select.where('action', '=', query.action);
    if (query.limit !== undefined) select = select.limit(query.limit);
    return (await select.execute()).map(rowToAudit);
  }

  override async addEventCorrection(correction: EventCorrection, audit?: NewAuditEntry): Promise<void> {
    const insert = this.tables.insertInto('event_corrections').values({
      kind: correction.kind,
      document_ids_json: JSON.stringify(correction.documents),
      created_at: audit?.at ?? new Date().toISOString(),
    }).compile();
    await this.transact([{ query: insert }, ...(audit === undefined ? [] : [{ query: this.auditInsert(audit) }])]);
  }

  async deleteDocument(id: DocumentId, audit: NewAuditEntry): Promise<boolean> {
    // Originals, claims, framing, event links (and SQLite's search rows, by trigger) go by ON DELETE CASCADE.
    return this.transact([
      { query: this.tables.deleteFrom('documents').where('id', '=', id).compile(), mustChange: true },
      { query: this.auditInsert(audit) },
    ]);
  }
}

/** SQLite and PostgreSQL report a UNIQUE (or primary key) violation each in their own way. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
