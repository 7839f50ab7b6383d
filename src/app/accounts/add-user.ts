/** `tally users add NAME --role editor|admin`: a new user and their one-time secret (also their API token). */
import { Role, UserName, type User } from '../../domain/account.js';
import type { Actor } from '../../domain/audit.js';
import { DomainError } from '../../domain/errors.js';
import type { AccountStore } from '../ports.js';
import { hashSecret, newSecret, newUserId } from './user-secrets.js';

export type AddUserInput = { name: string; role: Role; actor: Actor };
export type AddUserOutput = { user: User; secret: string };
export type AccountDeps = { store: AccountStore; now: () => Date };

export async function addUser(input: AddUserInput, deps: AccountDeps): Promise<AddUserOutput> {
  const name = parseUserName(input.name);
  const role = Role.parse(input.role);
  const id = newUserId();
  const secret = newSecret(id);
  const at = deps.now().toISOString();
  const user: User = { id, name, role, createdAt: at, disabledAt: null };
  await deps.store.addUser({ ...user, secretHash: await hashSecret(secret) }, {
    at, actor: input.actor, action: 'user.add', target: `user:${name}`, before: null, after: { id, name, role },
  });
  return { user, secret };
}

export function parseUserName(name: string): string {
  const parsed = UserName.safeParse(name);
  if (!parsed.success) throw new DomainError('user.invalid_name', `user name ${JSON.stringify(name)} ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  return parsed.data;
}
