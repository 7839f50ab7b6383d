/**
 * The error analysis's summary: how many misses each cause accounts for, by corpus and measure,
 * sorted by losses, and a paragraph saying in words where the losses are. Built from diagnoses
 * only (causes, counts), so it holds no corpus text.
 */
import { CAUSES, type Cause, type Diagnosis } from './cause.js';

export type CorpusName = 'GVDB' | 'MUC-4';
export type DiagnosedMiss = { corpus: CorpusName; measure: 'killed' | 'injured'; id: string; diagnosis: Diagnosis };

const COLUMNS = [
  ['GVDB', 'killed'], ['GVDB', 'injured'], ['MUC-4', 'killed'], ['MUC-4', 'injured'],
] as const satisfies ReadonlyArray<readonly [CorpusName, 'killed' | 'injured']>;

export type CauseCount = { cause: Cause; total: number; secondary: number; byColumn: Record<string, number> };

const columnKey = (corpus: CorpusName, measure: string): string => `${corpus} ${measure}`;

/** One row per cause that occurs, most misses first; `secondary` counts where it was a further cause. */
export function countCauses(misses: readonly DiagnosedMiss[]): CauseCount[] {
  return CAUSES.map((cause) => {
    const primary = misses.filter((m) => m.diagnosis.cause === cause);
    const byColumn = Object.fromEntries(COLUMNS.map(([c, m]) => [columnKey(c, m), primary.filter((x) => x.corpus === c && x.measure === m).length]));
    return { cause, total: primary.length, secondary: misses.filter((m) => m.diagnosis.secondary.includes(cause)).length, byColumn };
  })
    .filter((row) => row.total > 0 || row.secondary > 0)
    .sort((a, b) => b.total - a.total || b.secondary - a.secondary || a.cause.localeCompare(b.cause));
}

export function causeTable(misses: readonly DiagnosedMiss[]): string[] {
  const rows = countCauses(misses);
  const columns = COLUMNS.map(([c, m]) => columnKey(c, m));
  const lines = [
    `| cause | ${columns.join(' | ')} | total | share | also secondary |`,
    `| --- | ${columns.map(() => '---').join(' | ')} | --- | --- | --- |`,
  ];
  const share = (n: number): string => (misses.length === 0 ? '0%' : `${Math.round((100 * n) / misses.length)}%`);
  for (const row of rows) {
    lines.push(`| ${row.cause} | ${columns.map((k) => row.byColumn[k] ?? 0).join(' | ')} | ${row.total} | ${share(row.total)} | ${row.secondary} |`);
  }
  const totals = columns.map((k) => misses.filter((m) => columnKey(m.corpus, m.measure) === k).length);
  lines.push(`| all misses | ${totals.join(' | ')} | ${misses.length} | 100% | |`);
  return lines;
}

/** Misses by cause and detail (the decision that failed), most first: what a fix should aim at. */
export function detailTable(misses: readonly DiagnosedMiss[]): string[] {
  const counts = new Map<string, { cause: string; detail: string; gvdb: number; muc4: number }>();
  for (const m of misses) {
    const key = `${m.diagnosis.cause} ${m.diagnosis.detail}`;
    const row = counts.get(key) ?? { cause: m.diagnosis.cause, detail: m.diagnosis.detail, gvdb: 0, muc4: 0 };
    if (m.corpus === 'GVDB') row.gvdb++;
    else row.muc4++;
    counts.set(key, row);
  }
  const rows = [...counts.values()].sort((a, b) => b.gvdb + b.muc4 - (a.gvdb + a.muc4) || a.cause.localeCompare(b.cause) || a.detail.localeCompare(b.detail));
  return ['| cause | detail | GVDB | MUC-4 | total |', '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.cause} | ${r.detail} | ${r.gvdb} | ${r.muc4} | ${r.gvdb + r.muc4} |`)];
}

/** "Where the losses are", written from the counts: the leading causes and the column each hurts most. */
export function lossesParagraph(misses: readonly DiagnosedMiss[]): string {
  if (misses.length === 0) return 'No misses.';
  const rows = countCauses(misses).filter((r) => r.total > 0);
  const percent = (n: number): number => Math.round((100 * n) / misses.length);
  const worst = (row: CauseCount): string => {
    const [key, n] = Object.entries(row.byColumn).sort((a, b) => b[1] - a[1])[0]!;
    return `${n} of them in ${key}`;
  };
  const top = rows.slice(0, 3);
  const covered = top.reduce((sum, r) => sum + r.total, 0);
  const parts = top.map((r) => `**${r.cause}** ${r.total} (${percent(r.total)}%, ${worst(r)})`);
  const other = rows.find((r) => r.cause === 'other');
  const gold = rows.find((r) => r.cause === 'gold-disagrees');
  return [
    `Of ${misses.length} misses, ${parts.join(', ')}: these three causes hold ${percent(covered)}% of the losses.`,
    rows.length > 3 ? `Then ${rows.slice(3).filter((r) => r.cause !== 'other').map((r) => `${r.cause} ${r.total}`).join(', ')}.` : '',
    gold ? `${gold.total} misses (${percent(gold.total)}%) are ones where the evidence says the gold itself may be wrong; fixing the pipeline will not recover them.` : '',
    other ? `${other.total} misses are filed under other and listed below for someone to refine.` : '',
  ].filter((s) => s !== '').join(' ');
}
