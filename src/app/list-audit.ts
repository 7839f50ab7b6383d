/** `tally audit` and `GET /api/audit`: the audit log, oldest or newest first, optionally one action. */
import type { AuditAction, AuditEntry } from '../domain/audit.js';
import type { AuditLog } from './ports.js';

export type ListAuditInput = { order?: 'oldest' | 'newest'; limit?: number; action?: AuditAction };

export async function listAudit(input: ListAuditInput, deps: { store: AuditLog }): Promise<{ entries: AuditEntry[] }> {
  const entries = await deps.store.listAudit({
    order: input.order ?? 'oldest',
    ...(input.limit === undefined ? {} : { limit: input.limit }),
    ...(input.action === undefined ? {} : { action: input.action }),
  });
  return { entries };
}
