/**
 * Who may do what. Reading is public; editors upload and correct; admins also delete documents and
 * manage users. A user's secret is never part of these types: only its hash is stored (store/).
 */
import { z } from 'zod';

export const ROLES = ['editor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Lower-case so "Ana" and "ana" cannot be two accounts; no spaces, so it reads well in the audit log. */
export const UserName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'must be 2–32 letters, digits, dots, dashes or underscores, starting with a letter or digit');
export type UserName = z.infer<typeof UserName>;

/** 12 hex digits, random: it is part of every token, so a token names its user without revealing its name. */
export const UserId = z.string().regex(/^[0-9a-f]{12}$/);
export type UserId = z.infer<typeof UserId>;

export const User = z.object({
  id: UserId,
  name: UserName,
  role: Role,
  createdAt: z.string(),
  /** Set once; a disabled user can neither sign in nor use a token, and keeps their audit history. */
  disabledAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

/** Whether a user with `role` may do what needs `needed`: admin includes everything an editor may do. */
export function roleAllows(role: Role, needed: Role): boolean {
  return role === 'admin' || needed === 'editor';
}

/** The name written in the audit log for a signed-in user's writes. */
export function userActor(user: Pick<User, 'name'>): string {
  return `user:${user.name}`;
}

/**
 * How a secret is stored: scrypt (RFC 7914) with its own random salt and the cost it was hashed at, so
 * the cost can be raised later without making stored hashes unreadable.
 */
export const SecretHash = z.object({
  scheme: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  /** base64url */
  salt: z.string().min(16),
  /** base64url */
  hash: z.string().min(16),
});
export type SecretHash = z.infer<typeof SecretHash>;
