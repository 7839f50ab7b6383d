/** The dossier of one event as terminal lines: documents with their framing, then each figure. */
import type { ReconcileEventOutput } from '../app/reconcile-event.js';
import { formatCount } from './format-figure.js';
import { formatTable, truncate } from './format-table.js';
import { shortId } from './short-id.js';

const short = (key: string) => {
  const [id, index] = key.split('#');
  return `${shortId(id as `sha256:${string}`)}#${index}`;
};

export function eventDossier({ event, documents, figures }: ReconcileEventOutput, width: number): string[] {
  const lines: string[] = [];
  const where = event.place ? `where_prec ${event.place.wherePrec}` : 'place unknown';
  lines.push(`${event.id}  ${event.title}  (date_prec ${event.datePrec ?? '-'}, ${where})`, '');
  lines.push('Documents and how each names the event (their words, never the title):');
  const docRows = documents.map((d) => [
    shortId(d.id),
    d.lang ?? '',
    d.publishedAt?.slice(0, 10) ?? '',
    d.siteName ?? d.title ?? d.source,
    [...new Set(d.framing.map((f) => `"${f.text}"`))].join(', ') || '—',
  ]);
  const docColumns = [
    { header: 'document', min: 14 }, { header: 'lang' }, { header: 'published' },
    { header: 'publisher', min: 12 }, { header: 'framing', min: 10 },
  ];
  lines.push(...formatTable(docColumns, docRows, width).map((l) => `  ${l}`));
  for (const f of figures) {
    const e = f.estimate;
    // A count of households is never read as people: its row says so.
    const counted = f.unit === 'households' ? `households${f.subject ? ` (${f.subject})` : ''}` : f.subject ?? 'all (no subject given)';
    lines.push('', `${f.measure} — ${counted}`);
    lines.push(`  estimate (${e.rule}): low ${e.low ?? '-'}  best ${e.best ?? '-'}  high ${e.high ?? '-'}`);
    lines.push(`  ${truncate(e.explanation, Math.max(40, width * 4))}`);
    const rows = f.claims.map((v) => [
      formatCount(v.claim),
      v.claim.modality,
      v.claim.claimant ?? '(own voice)',
      v.repeats ? `repeats ${short(v.repeats)}` : v.subgroup ? 'subgroup' : '',
      short(v.key),
      v.document.siteName ?? v.document.title ?? '',
      v.document.publishedAt?.slice(0, 10) ?? '',
      v.document.lang ?? '',
    ]);
    const columns = [
      { header: 'figure', align: 'right' as const }, { header: 'modality' }, { header: 'claimant', min: 12 },
      { header: 'note' }, { header: 'claim', min: 16 }, { header: 'publisher', min: 10 }, { header: 'published' },
      { header: 'lang' },
    ];
    lines.push(...formatTable(columns, rows, width - 2).map((l) => `  ${l}`));
    for (const c of f.comparisons) {
      lines.push(c.relation === 'agree' ? `  agree: ${c.a} and ${c.b}` : `  conflict: ${c.a} and ${c.b}, ${c.gap} apart`);
    }
  }
  return lines;
}
