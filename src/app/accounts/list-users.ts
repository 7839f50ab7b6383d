/** `tally users list` and `GET /api/users`: every user, by name; secrets are never part of the answer. */
import type { User } from '../../domain/account.js';
import type { AccountStore } from '../ports.js';

export async function listUsers(_input: Record<string, never>, deps: { store: AccountStore }): Promise<{ users: User[] }> {
  return { users: await deps.store.listUsers() };
}
