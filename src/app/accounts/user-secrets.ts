/**
 * Secrets and session ids: made from 32 random bytes, stored only as hashes. A user's secret is also
 * their API token and names its user (`tly_<user id>_<secret>`), so a token is checked against one
 * hash, never by scanning every user. Secrets carry 256 random bits, so scrypt's cost here guards a
 * leaked table against brute force with a wide margin; session ids are hashed with SHA-256 (as random
 * as the secrets, and looked up on every request).
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { SecretHash, UserId } from '../../domain/account.js';

/** scrypt cost (N = 2^14, r = 8: 16 MiB and some tens of milliseconds per check). */
const COST = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const TOKEN = /^tly_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function newUserId(): UserId {
  return randomBytes(6).toString('hex');
}

/** A new secret for the user: shown once, then only its hash exists. */
export function newSecret(userId: UserId): string {
  return `tly_${userId}_${randomBytes(32).toString('base64url')}`;
}

/** The user a secret or token claims to belong to, or null when it is not one of ours at all. */
export function secretUserId(secret: string): UserId | null {
  return TOKEN.exec(secret.trim())?.[1] ?? null;
}

export async function hashSecret(secret: string): Promise<SecretHash> {
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, COST);
  return { scheme: 'scrypt', ...COST, salt: salt.toString('base64url'), hash: hash.toString('base64url') };
}

/** Compares in constant time, at the cost the hash was made with. */
export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64url');
  const actual = await derive(secret.trim(), Buffer.from(stored.salt, 'base64url'), stored, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoy: Promise<SecretHash> | null = null;
/** Spends the time a real check would when there is no user to check against, so timing tells no names. */
export async function verifyDecoy(secret: string): Promise<false> {
  decoy ??= hashSecret(randomBytes(32).toString('base64url'));
  await verifySecret(secret, await decoy);
  return false;
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('base64url');
}

function derive(secret: string, salt: Buffer, cost: { N: number; r: number; p: number }, length = KEY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: twice what the cost needs (128·N·r bytes), so a stored cost up to that is accepted.
    scrypt(secret, salt, length, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
