/**
 * The accounts and audit tables as kysely types, and the only place their rows become domain values and
 * back. Kept apart from rows.ts: the stores reach these tables through `db.withTables<AccountSchema>()`.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { Session, StoredUser } from '../app/ports.js';
import { SecretHash, User } from '../domain/account.js';
import { AuditEntry, type NewAuditEntry } from '../domain/audit.js';

export type UsersTable = {
  id: string;
  name: string;
  role: string;
  secret_hash: string;
  secret_salt: string;
  secret_params: string;
  created_at: string;
  disabled_at: string | null;
};
export type SessionsTable = { id_hash: string; user_id: string; csrf_token: string; created_at: string; expires_at: string };
export type AuditLogTable = {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string;
  before_json: string | null;
  after_json: string | null;
};
export type AccountSchema = { users: UsersTable; sessions: SessionsTable; audit_log: AuditLogTable };

type UserRow = Selectable<UsersTable>;

export function userToRow(user: StoredUser): UserRow {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    created_at: user.createdAt,
    disabled_at: user.disabledAt,
    ...secretToColumns(user.secretHash),
  };
}

export function secretToColumns(secret: SecretHash): Pick<UserRow, 'secret_hash' | 'secret_salt' | 'secret_params'> {
  return { secret_hash: secret.hash, secret_salt: secret.salt, secret_params: `${secret.scheme}:N=${secret.N},r=${secret.r},p=${secret.p}` };
}

export function rowToUser(row: UserRow): User {
  return User.parse({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at, disabledAt: row.disabled_at });
}

export function rowToStoredUser(row: UserRow): StoredUser {
  const [, scheme, N, r, p] = /^(\w+):N=(\d+),r=(\d+),p=(\d+)$/.exec(row.secret_params) ?? [];
  const secretHash = SecretHash.parse({ scheme, N: Number(N), r: Number(r), p: Number(p), salt: row.secret_salt, hash: row.secret_hash });
  return { ...rowToUser(row), secretHash };
}

export function sessionToRow(session: Session): Selectable<SessionsTable> {
  return { id_hash: session.idHash, user_id: session.userId, csrf_token: session.csrfToken, created_at: session.createdAt, expires_at: session.expiresAt };
}

export function rowToSession(row: Selectable<SessionsTable>): Session {
  return { idHash: row.id_hash, userId: row.user_id, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at };
}

export function auditToRow(entry: NewAuditEntry): Insertable<AuditLogTable> {
  return {
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    before_json: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

export function rowToAudit(row: Selectable<AuditLogTable>): AuditEntry {
  return AuditEntry.parse({
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: row.target,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  });
}
