/**
 * `tally users disable|role|secret NAME`: an admin changes a user. Each change is written with its audit
 * entry in one transaction; disabling and a new secret also end the user's sessions. A disabled user
 * stays disabled (their name and audit history remain); add a new user instead.
 */
import type { Role, User } from '../../domain/account.js';
import type { Actor } from '../../domain/audit.js';
import { DomainError } from '../../domain/errors.js';
import type { UserChange } from '../ports.js';
import { parseUserName, type AccountDeps } from './add-user.js';
import { hashSecret, newSecret } from './user-secrets.js';

export type UserChangeRequest = { kind: 'disable' } | { kind: 'role'; role: Role } | { kind: 'secret' };
export type ChangeUserInput = { name: string; change: UserChangeRequest; actor: Actor };
/** `secret` only for kind 'secret': shown once. */
export type ChangeUserOutput = { user: User; secret?: string };

export async function changeUser(input: ChangeUserInput, deps: AccountDeps): Promise<ChangeUserOutput> {
  const name = parseUserName(input.name);
  const found = await deps.store.getUserByName(name);
  if (found === null || found.disabledAt !== null) {
    throw new DomainError('user.not_found', `no enabled user named ${name}; \`tally users list\` shows them`);
  }
  const { secretHash: _hash, ...before } = found;
  const at = deps.now().toISOString();
  const { change } = input;
  let update: UserChange;
  let secret: string | undefined;
  if (change.kind === 'disable') update = { disabledAt: at };
  else if (change.kind === 'role') update = { role: change.role };
  else {
    secret = newSecret(found.id);
    update = { secretHash: await hashSecret(secret) };
  }
  const user: User = { ...before, ...(update.role ? { role: update.role } : {}), ...(update.disabledAt ? { disabledAt: update.disabledAt } : {}) };
  const action = change.kind === 'disable' ? 'user.disable' : change.kind === 'role' ? 'user.role' : 'user.secret';
  // The audit entry never holds a secret or its hash: a new secret is recorded as having been issued.
  const changed = await deps.store.updateUser(found.id, update, {
    at, actor: input.actor, action, target: `user:${name}`,
    before: { role: before.role, disabledAt: before.disabledAt },
    after: { role: user.role, disabledAt: user.disabledAt, ...(secret ? { secret: 'new secret issued' } : {}) },
  });
  if (!changed) throw new DomainError('user.not_found', `no enabled user named ${name}`);
  return secret === undefined ? { user } : { user, secret };
}
