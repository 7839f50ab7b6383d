/**
 * Who is asking: a browser by its session cookie, a program by its bearer token. Both are checked
 * against the store on every request, so a disabled user or a changed role takes effect at once.
 */
import type { User } from '../../domain/account.js';
import { DomainError } from '../../domain/errors.js';
import type { Session } from '../ports.js';
import type { AccountDeps } from './add-user.js';
import { hashSessionId, secretUserId, verifyDecoy, verifySecret } from './user-secrets.js';

/** The token's user, if the token is theirs and they are enabled; auth.invalid otherwise. */
export async function authenticateToken(input: { token: string }, deps: AccountDeps): Promise<User> {
  const id = secretUserId(input.token);
  const found = id === null ? null : await deps.store.getUser(id);
  const valid = found !== null && found.disabledAt === null
    ? await verifySecret(input.token, found.secretHash)
    : await verifyDecoy(input.token);
  if (!valid || found === null) throw new DomainError('auth.invalid', 'the bearer token is not valid (wrong, replaced, or its user is disabled)');
  const { secretHash: _hash, ...user } = found;
  return user;
}

/** The session's user and CSRF token, or null when the session is unknown, expired, or its user disabled. */
export async function resumeSession(input: { sessionId: string }, deps: AccountDeps): Promise<{ session: Session; user: User } | null> {
  if (input.sessionId === '') return null;
  return deps.store.getSession(hashSessionId(input.sessionId), deps.now().toISOString());
}
