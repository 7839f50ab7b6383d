/**
 * One event's dossier as the web page and the API show it: the event, its summary (per measure ×
 * subject the estimate under the chosen rule with the rule's words, the claimants' figures, their
 * comparisons and the chart rows; bounded whatever the event's size) and the first pages of its claims
 * and documents. Read from what regrouping saved, never by reconciling the whole event per request;
 * answers are kept in memory per store generation, so a write anywhere (another process included)
 * makes the next request read again.
 */
import type { EstimateRule } from '../pipeline/reconcile/reconcile-types.js';
import type { EventSummary, SummaryEstimate } from './event-summary.js';
import {
  eventClaimPage, reconcileInMemory, requireEventSummary, type EventPage, type ListEventClaimsInput, type ListEventClaimsOutput,
} from './list-event-claims.js';
import { createGenerationCache, type GenerationCache } from './generation-cache.js';
import type { EventDocumentEntry, EventHeader, EventStore, Paged, Store } from './ports.js';
import { DEFAULT_RULE } from './reconcile-event.js';

export type GetEventDossierInput = {
  id: string;
  rule?: EstimateRule;
  claims: EventPage & Pick<ListEventClaimsInput, 'measure' | 'claimant'>;
  documents: EventPage;
};
export type EventDossierFigure = Omit<EventSummary['figures'][number], 'estimates'> & { estimate: SummaryEstimate };
export type EventDossier = {
  event: EventHeader;
  rule: EstimateRule;
  /** The rule in words, as docs/reconciliation.md states it. */
  ruleText: string;
  /** Claims and documents in the whole event. */
  totals: { claims: number; documents: number };
  figures: EventDossierFigure[];
  claims: ListEventClaimsOutput;
  documents: Paged<EventDocumentEntry> & EventPage;
};

export const RULE_WORDS: Readonly<Record<EstimateRule, string>> = {
  ucdp:
    'UCDP-like (default): low and high span every credible, independent claim; the best figure comes from the most specific claims ' +
    '(an exact number before an approximate one, a range, an open bound), the one most sources give, the lowest on a tie',
  conservative: 'Conservative (ACLED-like): low, best and high are the lowest single number any credible, independent source states',
  range: 'Range: low and high span every credible, independent claim; best is the median of their figures',
};

export type GetEventDossierDeps = { store: Store & EventStore; cache?: DossierCache };

export async function getEventDossier(input: GetEventDossierInput, deps: GetEventDossierDeps): Promise<EventDossier> {
  if (deps.cache === undefined) return readDossier(input, deps);
  const generation = await deps.store.getGeneration();
  return deps.cache.get(generation, JSON.stringify(input), () => readDossier(input, deps));
}

async function readDossier(input: GetEventDossierInput, deps: GetEventDossierDeps): Promise<EventDossier> {
  const rule = input.rule ?? DEFAULT_RULE;
  const found = await requireEventSummary(input.id, deps);
  const summary = found.summary ?? (await reconcileInMemory(input.id, deps)).summary;
  const [claims, documents] = await Promise.all([
    eventClaimPage(found, { id: input.id, ...input.claims }, deps),
    deps.store.listEventDocumentPage(input.id, input.documents),
  ]);
  return {
    event: found.event,
    rule,
    ruleText: RULE_WORDS[rule],
    totals: { claims: summary.claims, documents: summary.documents },
    figures: summary.figures.map(({ estimates, ...f }) => ({ ...f, estimate: estimates[rule] })),
    claims,
    documents: { ...documents, ...input.documents },
  };
}

/** Dossiers by request, for one store generation at a time; at most `size` are kept. */
export type DossierCache = GenerationCache<string, EventDossier>;

export function createDossierCache(size = 64): DossierCache {
  return createGenerationCache(size);
}
