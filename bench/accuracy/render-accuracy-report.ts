/**
 * Turns evaluations into the three outputs of a run: a compact console table, the committed report
 * (`bench/reports/accuracy.md` + `.json`) and the verbose, git-ignored details. The committed files
 * carry only ids, numbers, rule ids and cause categories: corpus text never enters the repository,
 * so quotes and key phrases appear only in the details.
 */
import type { Claim } from '../../src/domain/claim.js';
import type { Measure } from '../../src/domain/measure.js';
import type { GvdbEvaluation, Muc4Evaluation, Throughput } from './evaluate-accuracy.js';
import type { Diagnosis } from './cause.js';
import type { GoldBound, Muc4GoldCount } from './parse-muc4-keys.js';
import { causeTable, countCauses, detailTable, lossesParagraph, type DiagnosedMiss } from './render-cause-table.js';
import { EFFECT_MEASURE, type BinaryScores, type EffectScores } from './score.js';

export type AccuracyRun = {
  generatedAt: string;
  limit: number | null;
  gvdb: GvdbEvaluation | null;
  muc4: Muc4Evaluation | null;
  /** One line per corpus that was not run, saying why. */
  skipped: string[];
};

const f3 = (n: number): string => n.toFixed(3);
const prf = (b: BinaryScores): string => `${f3(b.precision)} / ${f3(b.recall)} / ${f3(b.f1)}`;
const speed = (t: Throughput): string =>
  `${t.documentsPerSecond.toFixed(1)} docs/s, ${t.megabytesPerSecond.toFixed(3)} MB/s (${t.documents} docs, ${(t.bytes / 1e6).toFixed(2)} MB in ${t.seconds.toFixed(2)} s)`;
const fraction = (part: number, whole: number, rate: number): string => `${f3(rate)} (${part}/${whole})`;

export function formatBound(b: GoldBound): string {
  if (b.low !== null && b.low === b.high) return `${b.approximate ? '~' : ''}${b.low}`;
  if (b.high === null) return `≥${b.low ?? 0}`;
  if (b.low === null) return `≤${b.high}`;
  return `${b.low}–${b.high}`;
}

export function formatGold(g: Muc4GoldCount): string {
  const base = g.alternatives.map(formatBound).join(' / ') || 'unstated';
  if (!g.named) return base;
  return `${base} (named${g.derivedFromName ? ', no number in key' : ''}; ${g.namedInIncident} named in incident)`;
}

const formatClaim = (c: Pick<Claim, 'low' | 'high' | 'approximate'>): string =>
  formatBound({ low: c.low, high: c.high, approximate: c.approximate });

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

type GvdbMiss = {
  id: string; measure: 'killed' | 'injured'; gold: number; system: number; figure: string; cause: string;
  diagnosis: Diagnosis | null; claims: readonly Claim[];
};

/** The count scored, followed by the figure it was read from when that figure is not exact. */
function systemCell(system: number, figure: { low: number | null; high: number | null } | undefined): string {
  if (figure === undefined || (figure.low !== null && figure.low === figure.high)) return String(system);
  return `${system} (${formatBound({ ...figure, approximate: false })})`;
}

function gvdbMisses(gvdb: GvdbEvaluation): GvdbMiss[] {
  return gvdb.outcomes.flatMap((o) => (['killed', 'injured'] as const).flatMap((measure) => {
    const cause = measure === 'killed' ? o.killedCause : o.injuredCause;
    if (cause === null) return [];
    const figure = systemCell(o.system[measure], o.extraction.figures[measure]);
    const diagnosis = measure === 'killed' ? o.killedDiagnosis : o.injuredDiagnosis;
    return [{ id: o.id, measure, gold: o.gold[measure], system: o.system[measure], figure, cause, diagnosis, claims: o.extraction.claims }];
  }));
}

/** Every diagnosed miss of the run, both corpora, for the cause table. */
export function diagnosedMisses(run: AccuracyRun): DiagnosedMiss[] {
  const gvdb = run.gvdb === null ? [] : gvdbMisses(run.gvdb).flatMap((m) =>
    m.diagnosis === null ? [] : [{ corpus: 'GVDB' as const, measure: m.measure, id: m.id, diagnosis: m.diagnosis }]);
  const muc4 = run.muc4 === null ? [] : run.muc4.misses.flatMap((m) =>
    m.diagnosis === null ? [] : [{ corpus: 'MUC-4' as const, measure: EFFECT_MEASURE[m.gold.effect], id: `${m.gold.docId} t${m.gold.template}`, diagnosis: m.diagnosis }]);
  return [...gvdb, ...muc4];
}

const causeCell = (d: Diagnosis | null): string =>
  (d === null ? '—' : `${d.cause}: ${d.detail}${d.secondary.length === 0 ? '' : ` (+${d.secondary.join(', ')})`}`);
const evidenceCell = (d: Diagnosis | null): string => (d === null ? '—' : d.evidence.replace(/\|/g, '/'));

function effectRows(s: EffectScores): string[] {
  return [
    fraction(s.recalled, s.stated, s.recall),
    fraction(s.requiredRecalled, s.requiredStated, s.requiredRecall),
    `${s.namedRecalled}/${s.named}`,
    `${s.items} (${s.unstated} unstated)`,
  ];
}

/** The lines both the console table and the report show. */
function figureLines(run: AccuracyRun): string[] {
  const lines: string[] = [];
  const row = (label: string, ...cells: string[]): number => lines.push(`| ${label} | ${cells.join(' | ')} |`);
  if (run.gvdb !== null) {
    const { killed, injured, documents } = run.gvdb.scores;
    lines.push(`GVDB dev (${documents} documents)`, '', '| figure | killed | injured |', '| --- | --- | --- |');
    row('exact match', f3(killed.exact), f3(injured.exact));
    row('system ≥ gold', f3(killed.atLeastGold), f3(injured.atLeastGold));
    row('anyone? P / R / F1', prf(killed.anyone), prf(injured.anyone));
    row('throughput', speed(run.gvdb.throughput), '');
    row('extraction errors', String(run.gvdb.errors.length), '');
    lines.push('');
  }
  if (run.muc4 !== null) {
    const s = run.muc4.scores;
    const [death, injury] = [effectRows(s.DEATH), effectRows(s.INJURY)];
    lines.push(`MUC-4 dev (${s.documents} documents)`, '', '| figure | DEATH | INJURY |', '| --- | --- | --- |');
    ['recall, stated counts', 'recall, required only', 'named victims recalled', 'gold entries'].forEach((label, i) =>
      row(label, death[i] ?? '', injury[i] ?? ''));
    row('claims per document', `${s.killedClaimsPerDocument.toFixed(2)} killed`, `${s.injuredClaimsPerDocument.toFixed(2)} injured`);
    row('all claims per document', s.claimsPerDocument.toFixed(2), '');
    row('throughput', speed(run.muc4.throughput), '');
    row('extraction errors', String(run.muc4.errors.length), '');
    lines.push('');
  }
  for (const reason of run.skipped) lines.push(`skipped: ${reason}`);
  return lines;
}

export function consoleSummary(run: AccuracyRun): string {
  return figureLines(run).join('\n');
}

export function accuracyReport(run: AccuracyRun): string {
  const out = [
    '# Accuracy on the development corpora',
    '',
    `Generated ${run.generatedAt} by \`npm run bench:accuracy\`${run.limit === null ? '' : ` with --limit ${run.limit}`}.`,
    'What each figure means: bench/README.md. Sentences behind each miss: bench/out/accuracy-details.md (not committed).',
    '',
    ...figureLines(run),
  ];
  const diagnosed = diagnosedMisses(run);
  if (diagnosed.length > 0) {
    out.push('## Where the losses are', '', lossesParagraph(diagnosed), '',
      'Misses by cause (primary cause counted once per miss; GVDB: one per document and measure, MUC-4: one per key entry).',
      'How each cause is decided: bench/README.md, "Error analysis". Evidence is `sN@offset` (sentence index, character offset) and rule ids.', '',
      ...causeTable(diagnosed), '', 'The same misses by the decision that failed:', '', ...detailTable(diagnosed), '');
    const others = diagnosed.filter((m) => m.diagnosis.cause === 'other');
    if (others.length > 0) {
      out.push('### Filed under other (to refine)', '', ...others.map((m) => `- ${m.corpus} ${m.id} ${m.measure}: ${evidenceCell(m.diagnosis)}`), '');
    }
  }
  if (run.gvdb !== null) {
    const misses = gvdbMisses(run.gvdb);
    out.push('## GVDB misses', '', `Outcomes: ${countBy(misses, (m) => `${m.measure} ${m.cause}`).map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}.`, '');
    out.push('| doc | measure | gold | system | outcome | cause | evidence |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const m of misses) out.push(`| ${m.id} | ${m.measure} | ${m.gold} | ${m.figure} | ${m.cause} | ${causeCell(m.diagnosis)} | ${evidenceCell(m.diagnosis)} |`);
    for (const e of run.gvdb.errors) out.push(`| ${e.id} | — | — | — | extraction-error | — | — |`);
    out.push('');
  }
  if (run.muc4 !== null) {
    const { misses, errors } = run.muc4;
    out.push('## MUC-4 misses', '', `Outcomes: ${countBy(misses, (m) => `${m.gold.effect} ${m.cause}`).map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}.`, '');
    out.push('| doc | template | effect | gold | outcome | cause | evidence |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const m of misses) {
      out.push(`| ${m.gold.docId} | ${m.gold.template} | ${m.gold.effect} | ${formatGold(m.gold)} | ${m.cause} | ${causeCell(m.diagnosis)} | ${evidenceCell(m.diagnosis)} |`);
    }
    for (const e of errors) out.push(`| ${e.id} | — | — | — | extraction-error | — | — |`);
    out.push('');
  }
  return out.join('\n');
}

const clip = (text: string, max = 200): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

function claimLines(claims: readonly Claim[], measure: Measure | null): string[] {
  const shown = claims.filter((c) => measure === null || c.measure === measure);
  if (shown.length === 0) {
    return [measure === null ? '- no claim' : `- no ${measure} claim (${claims.length} claims of other measures)`];
  }
  return shown.map((c) => `- ${c.measure} ${formatClaim(c)} ${c.modality} [${c.ruleIds.join(', ')}] @${c.start}: "${clip(c.quote)}"`);
}

/** Verbose version of the error analysis, with the sentences; written under bench/out/ only. */
export function accuracyDetails(run: AccuracyRun): string {
  const out = ['# Accuracy details (contains corpus text: never commit)', ''];
  if (run.gvdb !== null) {
    out.push('## GVDB misses', '');
    for (const m of gvdbMisses(run.gvdb)) {
      out.push(`### ${m.id} ${m.measure}: gold ${m.gold}, system ${m.figure} (${m.cause})`, '', `Cause: ${causeCell(m.diagnosis)}: ${evidenceCell(m.diagnosis)}`, '',
        ...claimLines(m.claims, null), '');
    }
    for (const e of run.gvdb.errors) out.push(`### ${e.id}: extraction error`, '', `    ${e.message}`, '');
  }
  if (run.muc4 !== null) {
    out.push('## MUC-4 misses', '');
    for (const m of run.muc4.misses) {
      const g = m.gold;
      out.push(`### ${g.docId} template ${g.template} ${g.effect} ${formatGold(g)} "${g.phrase}" (${m.cause})`, '',
        `Cause: ${causeCell(m.diagnosis)}: ${evidenceCell(m.diagnosis)}`, '', ...claimLines(m.extraction.claims, EFFECT_MEASURE[g.effect]), '');
    }
    for (const e of run.muc4.errors) out.push(`### ${e.id}: extraction error`, '', `    ${e.message}`, '');
  }
  return out.join('\n');
}

const diagnosisFields = (d: Diagnosis | null): { cause: string | null; detail: string | null; secondaryCauses: string[]; evidence: string | null } =>
  ({ cause: d?.cause ?? null, detail: d?.detail ?? null, secondaryCauses: d?.secondary ?? [], evidence: d?.evidence ?? null });

/** Machine-readable figures (no per-document data beyond ids, numbers and causes). */
export function accuracyJson(run: AccuracyRun): unknown {
  return {
    generatedAt: run.generatedAt,
    limit: run.limit,
    skipped: run.skipped,
    gvdb: run.gvdb === null ? null : {
      ...run.gvdb.scores,
      throughput: run.gvdb.throughput,
      errors: run.gvdb.errors.map((e) => e.id),
      misses: gvdbMisses(run.gvdb).map(({ id, measure, gold, system, cause, diagnosis }) => ({ id, measure, gold, system, outcome: cause, ...diagnosisFields(diagnosis) })),
    },
    muc4: run.muc4 === null ? null : {
      ...run.muc4.scores,
      throughput: run.muc4.throughput,
      errors: run.muc4.errors.map((e) => e.id),
      misses: run.muc4.misses.map(({ gold: g, cause, diagnosis }) => ({ id: g.docId, template: g.template, effect: g.effect, gold: formatGold(g), outcome: cause, ...diagnosisFields(diagnosis) })),
    },
    causes: countCauses(diagnosedMisses(run)),
  };
}
