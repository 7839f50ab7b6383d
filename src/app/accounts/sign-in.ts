/**
 * Signing in on the web: name and secret in, a session out. The session id goes to the browser (a cookie)
 * and is stored only as a hash; the session's CSRF token goes into every form. Every failure says the
 * same thing, after the same work, so a visitor cannot tell which names exist.
 */
import type { User } from '../../domain/account.js';
import { DomainError } from '../../domain/errors.js';
import type { AccountStore, Session } from '../ports.js';
import type { AccountDeps } from './add-user.js';
import { hashSessionId, newCsrfToken, newSessionId, secretUserId, verifyDecoy, verifySecret } from './user-secrets.js';

/** A session lasts this long from sign-in, however active: a forgotten browser does not stay signed in. */
export const SESSION_HOURS = 12;

export type SignInInput = { name: string; secret: string };
export type SignInOutput = { sessionId: string; session: Session; user: User };

export async function signIn(input: SignInInput, deps: AccountDeps): Promise<SignInOutput> {
  const found = await deps.store.getUserByName(input.name.trim().toLowerCase());
  const claimed = secretUserId(input.secret);
  const valid = found !== null && found.disabledAt === null && claimed === found.id
    ? await verifySecret(input.secret, found.secretHash)
    : await verifyDecoy(input.secret);
  if (!valid || found === null) throw new DomainError('auth.invalid', 'the name or the secret is wrong, or the account is disabled');
  const { secretHash: _hash, ...user } = found;
  const now = deps.now();
  const sessionId = newSessionId();
  const session: Session = {
    idHash: hashSessionId(sessionId),
    userId: user.id,
    csrfToken: newCsrfToken(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
  };
  await deps.store.createSession(session);
  return { sessionId, session, user };
}

export async function signOut(input: { sessionId: string }, deps: { store: AccountStore }): Promise<void> {
  await deps.store.deleteSession(hashSessionId(input.sessionId));
}
