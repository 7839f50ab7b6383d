/**
 * The inputs of the JSON API as zod schemas: the route contracts. Handlers parse with `parseInput`, and
 * the OpenAPI document is generated from the same schemas, so a shape is written once.
 */
import { z } from 'zod';
import { Role } from '../domain/account.js';
import { AuditAction } from '../domain/audit.js';
import { Measure } from '../domain/measure.js';
import { DomainError } from '../domain/errors.js';
import { ESTIMATE_RULES } from '../pipeline/reconcile/reconcile-types.js';

const Limit = z.coerce.number().int().min(1).max(500).default(50).describe('items per page (1–500)');
const Offset = z.coerce.number().int().min(0).default(0).describe('items to skip');
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** An empty form field ("?measure=") means "no filter", as a plain HTML form sends it. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const Rule = z.enum(ESTIMATE_RULES).describe('estimate rule: range, conservative or ucdp (default)');
export const Page = z.object({ limit: Limit, offset: Offset });

export const EventsQuery = z.object({ rule: optional(Rule), limit: Limit, offset: Offset });
/** The dossier: `limit` and `offset` page its claims and its documents alike. */
export const EventQuery = z.object({ rule: optional(Rule), limit: Limit, offset: Offset });
export const EventClaimsQuery = z.object({
  measure: optional(Measure),
  claimant: optional(z.string().trim().max(200).describe("the claimant as the dossier names it (a claimant's words, or '<publisher> (own voice)')")),
  limit: Limit,
  offset: Offset,
});
export const EventParams = z.object({ id: z.string().regex(/^ev-[0-9a-f]{12}$/, 'must be an event id ev-<12 hex>') });
export const DocumentParams = z.object({
  id: z.string().regex(/^(sha256:)?[0-9a-f]{64}$/i, 'must be a document id: sha256:<64 hex> or the 64 hex digits'),
});
export const ClaimParams = DocumentParams.extend({ index: z.coerce.number().int().min(0).describe('claim index in its document') });
export const ClaimsQuery = z.object({
  measure: optional(Measure),
  lang: optional(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en or es')),
  document: optional(DocumentParams.shape.id),
  limit: Limit,
  offset: Offset,
});
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(500),
  measure: optional(Measure),
  lang: optional(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en or es')),
  claimant: optional(z.string().trim().max(200)),
  from: optional(IsoDay),
  to: optional(IsoDay),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: Offset,
});

/** Parses a request part; a mismatch is the client's error and names the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${[where, ...i.path].join('.')}: ${i.message}`).join('; ');
  throw new DomainError('request.invalid', issues);
}

/** One page of a list, with what a client needs to ask for the next. */
export function paginate<T>(items: readonly T[], page: { limit: number; offset: number }) {
  const slice = items.slice(page.offset, page.offset + page.limit);
  const next = page.offset + page.limit < items.length ? page.offset + page.limit : null;
  return { items: slice, total: items.length, limit: page.limit, offset: page.offset, nextOffset: next };
}

/** Corrections, deletion, users and the audit log: the writes, each needing a role (docs/security.md). */
export const MergeBody = z.object({ a: EventParams.shape.id, b: EventParams.shape.id });
export const SplitBody = z.object({
  documents: z.array(z.string().regex(/^(sha256:)?[0-9a-f]{4,64}$/i, 'must be a document id or a unique prefix of one')).min(1),
});
export const UserParams = z.object({ name: z.string().min(1).max(64) });
export const NewUserBody = z.object({ name: z.string().min(1).max(64), role: Role });
export const RoleBody = z.object({ role: Role });
export const AuditQuery = z.object({
  order: z.enum(['oldest', 'newest']).default('newest').describe('newest (default) or oldest first'),
  action: optional(AuditAction),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
