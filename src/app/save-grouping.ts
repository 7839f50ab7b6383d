/**
 * Saves a grouping with each event's reconciliation: every event is summarised (estimates under every
 * rule, claimants, comparisons, chart) and every claim gets its verdict, all in the one transaction
 * that replaces the grouping. So a dossier reads its summary and pages of claims instead of
 * reconciling thousands of claims per request, and a summary can never outlive its grouping.
 *
 * The claims are read a page of documents at a time in ingest order, and an event is summarised as
 * soon as its last claim has been read: what is held is the claims of the events still open (reports
 * of one event come in close together), each summary, and one compact row per claim for the write.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Document, DocumentId } from '../domain/document.js';
import type { Event } from '../domain/event.js';
import type { ReconcileDocument } from '../pipeline/reconcile/reconcile-types.js';
import { summarizeEvent, type EventSummary } from './event-summary.js';
import { readDocumentPages } from './read-document-pages.js';
import type { ClaimEvent, EventStore, Store, StoredClaim } from './ports.js';

/** Which event each grouped claim is in, and how many claims each event has. */
export type ClaimGrouping = {
  eventOf(documentId: DocumentId, claimIndex: number): string | undefined;
  claimCount(eventId: string): number;
};

export type SaveGroupingInput = {
  events: readonly Event[];
  /** Every grouped claim's event: as a list, or looked up (a regroup's claims are not listed). */
  claimEvents: readonly Omit<ClaimEvent, 'verdict'>[] | ClaimGrouping;
  /** The stored documents, as reconciliation sees them, when the caller has read them; read otherwise. */
  documents?: ReadonlyMap<DocumentId, ReconcileDocument>;
};

/** The phases of a regroup, in order, as the speed benchmark reports them. */
export type RegroupPhase = 'read' | 'gazetteer' | 'group' | 'summaries' | 'write';

/** Reports the seconds since the last lap (or since it was made) under each phase's name. */
export function phaseClock(onPhase: ((phase: RegroupPhase, seconds: number) => void) | undefined): (phase: RegroupPhase) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    onPhase?.(phase, (now - last) / 1000);
    last = now;
  };
}

export type SaveGroupingDeps = {
  store: Store & EventStore;
  onPhase?: (phase: RegroupPhase, seconds: number) => void;
  /** Documents per page read (DOCUMENT_PAGE_SIZE unless a test pages through a few). */
  pageSize?: number;
};

export async function saveGrouping(input: SaveGroupingInput, deps: SaveGroupingDeps): Promise<void> {
  const lap = phaseClock(deps.onPhase);
  const listed = Array.isArray(input.claimEvents) ? input.claimEvents as readonly Omit<ClaimEvent, 'verdict'>[] : null;
  const grouping = listed === null ? input.claimEvents as ClaimGrouping : listedGrouping(listed);
  const documents = input.documents ?? await readDocuments(deps);
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const open = new Map<string, StoredClaim[]>();
  const left = new Map(input.events.map((e) => [e.id, grouping.claimCount(e.id)]));
  // Held until written as deflated JSON: 100,000 generated documents make 51,000 summaries, 580 MB of
  // JSON (several times that as objects), which level-1 deflate brings to about a sixth for ~10 s.
  const summaries: { eventId: string; packed: Buffer }[] = [];
  const rows = new ClaimEventRows();
  const summarize = (event: Event) => {
    const eventClaims = open.get(event.id) ?? [];
    open.delete(event.id);
    left.delete(event.id);
    const ids = new Set<string>([...event.documents, ...eventClaims.map((c) => c.documentId)]);
    const eventDocuments = [...ids].flatMap((id) => {
      const d = documents.get(id as DocumentId);
      return d === undefined ? [] : [d];
    });
    const { summary, verdicts } = summarizeEvent({ claims: eventClaims, documents: eventDocuments, documentCount: event.documents.length });
    // Copied: zlib hands back a view of its 16 KB output chunk, which would be kept whole.
    summaries.push({ eventId: event.id, packed: Buffer.from(deflateRawSync(JSON.stringify(summary), { level: 1 })) });
    for (const c of eventClaims) rows.add(c.documentId, c.claimIndex, event.id, verdicts.get(`${c.documentId}#${c.claimIndex}`));
  };
  for (const event of input.events) if (left.get(event.id) === 0) summarize(event);
  lap('summaries');
  // In ingest order, so each event's claims come in event order (document ingest order, claim index).
  for await (const page of readDocumentPages(deps.store, { text: false, claims: 'full', size: deps.pageSize })) {
    lap('read');
    for (const { document, claims } of page) {
      // The grouped document's id string, held once for all its claims' rows.
      const documentId = documents.get(document.id)?.id;
      if (documentId === undefined) continue;
      for (const c of claims) {
        const eventId = grouping.eventOf(documentId, c.claimIndex);
        const event = eventId === undefined ? undefined : byId.get(eventId);
        if (event === undefined) continue;
        const held = open.get(event.id);
        if (held === undefined) open.set(event.id, [{ ...c, documentId }]);
        else held.push({ ...c, documentId });
        const n = left.get(event.id)! - 1;
        left.set(event.id, n);
        if (n === 0) summarize(event);
      }
    }
    lap('summaries');
  }
  // An event some of whose claims were not read (their document removed meanwhile) is summarised
  // with those that were.
  for (const event of input.events) if (left.has(event.id)) summarize(event);
  // A listed claim whose claim row was not read (stored meanwhile) keeps no verdict.
  const placed = new Set(listed === null ? [] : rows.refs());
  for (const c of listed ?? []) if (!placed.has(`${c.documentId}#${c.claimIndex}`)) rows.add(c.documentId, c.claimIndex, c.eventId, undefined);
  lap('summaries');
  await deps.store.replaceEvents({ events: input.events, claimEvents: rows.claimEvents(), summaries: parsed(summaries) });
  lap('write');
}

function* parsed(summaries: readonly { eventId: string; packed: Buffer }[]): Generator<{ eventId: string; summary: EventSummary }> {
  for (const { eventId, packed } of summaries) yield { eventId, summary: JSON.parse(inflateRawSync(packed).toString('utf8')) as EventSummary };
}

function listedGrouping(claimEvents: readonly Omit<ClaimEvent, 'verdict'>[]): ClaimGrouping {
  const eventOf = new Map(claimEvents.map((c) => [`${c.documentId}#${c.claimIndex}`, c.eventId]));
  const counts = new Map<string, number>();
  for (const id of eventOf.values()) counts.set(id, (counts.get(id) ?? 0) + 1);
  return { eventOf: (documentId, claimIndex) => eventOf.get(`${documentId}#${claimIndex}`), claimCount: (id) => counts.get(id) ?? 0 };
}

async function readDocuments(deps: SaveGroupingDeps): Promise<Map<DocumentId, ReconcileDocument>> {
  const documents = new Map<DocumentId, ReconcileDocument>();
  for await (const page of readDocumentPages(deps.store, { text: false, claims: 'grouping', size: deps.pageSize })) {
    for (const { document } of page) documents.set(document.id, toReconcileDocument(document));
  }
  return documents;
}

/**
 * Each claim's event and verdict in columns, not one object per claim: about 800,000 claims at
 * 100,000 documents. Strings are the ones already held (document and event ids, claimant labels).
 */
class ClaimEventRows {
  private readonly documentIds: DocumentId[] = [];
  private readonly claimIndexes: number[] = [];
  private readonly eventIds: string[] = [];
  private readonly positions: number[] = [];
  private readonly sources: (string | null)[] = [];
  private readonly repeats: (string | null)[] = [];
  /** Bit 1: subgroup, bit 2: credible. */
  private readonly flags: number[] = [];
  private readonly labels = new Map<string, string>();

  add(documentId: DocumentId, claimIndex: number, eventId: string, verdict: ClaimEvent['verdict']): void {
    this.documentIds.push(documentId);
    this.claimIndexes.push(claimIndex);
    this.eventIds.push(eventId);
    this.positions.push(verdict?.position ?? -1);
    this.sources.push(verdict === undefined ? null : this.intern(verdict.source));
    this.repeats.push(verdict?.repeats ?? null);
    this.flags.push(verdict === undefined ? 0 : (verdict.subgroup ? 1 : 0) | (verdict.credible ? 2 : 0));
  }

  *refs(): Generator<string> {
    for (let i = 0; i < this.documentIds.length; i++) yield `${this.documentIds[i]}#${this.claimIndexes[i]}`;
  }

  /** The rows as the store takes them, made one at a time as it writes. */
  *claimEvents(): Generator<ClaimEvent> {
    for (let i = 0; i < this.documentIds.length; i++) {
      const source = this.sources[i]!;
      const flags = this.flags[i]!;
      yield {
        documentId: this.documentIds[i]!, claimIndex: this.claimIndexes[i]!, eventId: this.eventIds[i]!,
        ...(source === null ? {} : {
          verdict: { position: this.positions[i]!, source, repeats: this.repeats[i]!, subgroup: (flags & 1) !== 0, credible: (flags & 2) !== 0 },
        }),
      };
    }
  }

  private intern(label: string): string {
    const held = this.labels.get(label);
    if (held !== undefined) return held;
    this.labels.set(label, label);
    return label;
  }
}

export function toReconcileDocument(d: Pick<Document, 'id' | 'siteName' | 'title' | 'publishedAt' | 'lang' | 'source'>): ReconcileDocument {
  return { id: d.id, siteName: d.siteName, title: d.title, publishedAt: d.publishedAt, lang: d.lang, source: d.source };
}
