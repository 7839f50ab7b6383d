/**
 * `tally export --events`: one row per event × measure × unit × subject with UCDP GED-style columns,
 * as CSV or JSON. `unit` is `people` or `households` (a count of families is never a count of
 * people). `version` names this column set so downstream scripts can tell exports apart;
 * `number_of_sources` counts independent sources (claimants, or a publisher speaking in its own
 * voice; a repeat of another's figure is not one); `source_original` lists them, "; "-separated.
 */
import type { EstimateRule } from '../pipeline/reconcile/reconcile-types.js';
import type { ExportFormat } from './export-claims.js';
import { formatCsv } from './format-csv.js';
import { listEvents, type ListEventsDeps } from './list-events.js';

/** 2: the `unit` column (households apart from people). */
export const EVENTS_EXPORT_VERSION = 'tally-events-2';

export const EVENT_EXPORT_COLUMNS = [
  'version', 'event_id', 'title', 'date_start', 'date_end', 'date_prec', 'where_prec', 'place',
  'measure', 'unit', 'subject', 'low', 'best', 'high', 'rule', 'number_of_sources', 'source_original',
] as const;

export type ExportEventsInput = { format: ExportFormat; rule?: EstimateRule };
export type ExportEventsOutput = { content: string; rows: number };

export async function exportEvents(input: ExportEventsInput, deps: ListEventsDeps): Promise<ExportEventsOutput> {
  const { events } = await listEvents({ rule: input.rule }, deps);
  const rows = events.flatMap(({ event, figures }) =>
    figures.map((f) => {
      const sources = f.claimants.filter((c) => c.independent).map((c) => c.source);
      return {
        version: EVENTS_EXPORT_VERSION,
        event_id: event.id,
        title: event.title,
        date_start: event.dateStart,
        date_end: event.dateEnd,
        date_prec: event.datePrec,
        where_prec: event.place?.wherePrec ?? null,
        place: event.place?.name ?? null,
        measure: f.measure,
        unit: f.unit,
        subject: f.subject,
        low: f.estimate.low,
        best: f.estimate.best,
        high: f.estimate.high,
        rule: f.estimate.rule,
        number_of_sources: sources.length,
        source_original: sources.join('; '),
      } satisfies Record<(typeof EVENT_EXPORT_COLUMNS)[number], string | number | null>;
    }));
  if (input.format === 'json') return { content: `${JSON.stringify(rows, null, 2)}\n`, rows: rows.length };
  return { content: formatCsv(EVENT_EXPORT_COLUMNS, rows.map((r) => EVENT_EXPORT_COLUMNS.map((c) => r[c]))), rows: rows.length };
}
