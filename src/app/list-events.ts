/** `tally events`: every event with the estimate per measure × subject, as the dossier shows it. */
import type { EstimateRule } from '../pipeline/reconcile/reconcile-types.js';
import type { EventStore, Store } from './ports.js';
import { reconcileEvent, type ReconcileEventOutput } from './reconcile-event.js';

export type ListEventsInput = { rule?: EstimateRule };
export type ListEventsDeps = { store: Store & EventStore };
export type ListEventsOutput = { events: ReconcileEventOutput[] };

export async function listEvents(input: ListEventsInput, deps: ListEventsDeps): Promise<ListEventsOutput> {
  const events = await deps.store.listEvents();
  const out: ReconcileEventOutput[] = [];
  for (const event of events) out.push(await reconcileEvent({ id: event.id, rule: input.rule }, deps));
  return { events: out };
}
