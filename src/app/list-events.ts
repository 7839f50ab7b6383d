/**
 * `tally events`, the home page and `GET /api/events`: every event with the estimate per measure ×
 * unit × subject, as the dossier shows it. With a cache (the server's), the list is read once per store
 * generation and rule: reconciling every event took 15–40 ms, on every request to the two busiest
 * routes; a write anywhere (another process included) moves the generation and the next request reads
 * again.
 */
import { ESTIMATE_RULES, type EstimateRule } from '../pipeline/reconcile/reconcile-types.js';
import { createGenerationCache, type GenerationCache } from './generation-cache.js';
import type { EventStore, Store } from './ports.js';
import { DEFAULT_RULE, reconcileEvent, type ReconcileEventOutput } from './reconcile-event.js';

export type ListEventsInput = { rule?: EstimateRule };
export type ListEventsDeps = { store: Store & EventStore; cache?: EventListCache };
export type ListEventsOutput = { events: ReconcileEventOutput[] };

export async function listEvents(input: ListEventsInput, deps: ListEventsDeps): Promise<ListEventsOutput> {
  if (deps.cache === undefined) return readEvents(input, deps);
  const generation = await deps.store.getGeneration();
  return deps.cache.get(generation, input.rule ?? DEFAULT_RULE, () => readEvents(input, deps));
}

async function readEvents(input: ListEventsInput, deps: ListEventsDeps): Promise<ListEventsOutput> {
  const events = await deps.store.listEvents();
  const out: ReconcileEventOutput[] = [];
  for (const event of events) out.push(await reconcileEvent({ id: event.id, rule: input.rule }, deps));
  return { events: out };
}

/** The event list by rule, for one store generation at a time (one answer per rule, so it stays small). */
export type EventListCache = GenerationCache<EstimateRule, ListEventsOutput>;

export function createEventListCache(): EventListCache {
  return createGenerationCache(ESTIMATE_RULES.length);
}
