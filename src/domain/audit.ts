/**
 * The audit log: one entry per write, appended in the same transaction as the write and never changed
 * afterwards (the database refuses UPDATE and DELETE on it). `before` and `after` hold what a reader needs
 * to know what changed — for a deleted document, its tombstone (id, SHA-256, title, source, claim count).
 */
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'document.ingest',
  'document.delete',
  'event.merge',
  'event.split',
  'user.add',
  'user.disable',
  'user.role',
  'user.secret',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** Who wrote: `user:<name>` for a signed-in user or a token, `cli:<os user>` for the command line. */
export const Actor = z.string().regex(/^(user|cli):\S+$/, 'must be user:<name> or cli:<os user>');
export type Actor = z.infer<typeof Actor>;

export const NewAuditEntry = z.object({
  at: z.string(),
  actor: Actor,
  action: AuditAction,
  /** What was written: a document id, an event id, `user:<name>`. */
  target: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type NewAuditEntry = z.infer<typeof NewAuditEntry>;

export const AuditEntry = NewAuditEntry.extend({ seq: z.number().int().positive() });
export type AuditEntry = z.infer<typeof AuditEntry>;
