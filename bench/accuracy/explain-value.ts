/**
 * Why a number the gold expects is not a claim of its measure: the furthest stage any of its
 * occurrences reached decides the cause (a number made into a claim of another measure says more
 * than one no rule ever read). Occurrences in sentences holding a cue of the measure come first,
 * since a "2" in "2 a.m." is rightly dropped and says nothing about the figure.
 */
import type { Measure } from '../../src/domain/measure.js';
import { at, diagnosis, type Diagnosis } from './cause.js';
import { findNumberForms, linksAcrossBoundary, type Occurrence } from './find-number-forms.js';
import type { DocumentTrace } from './trace-document.js';

const STAGE: Record<Occurrence['fate']['kind'], number> = { claim: 0, linked: 1, unlinked: 2, 'non-toll': 3, unread: 4 };

/** Sentences with a cue of the measure, and their neighbours (a split sentence keeps its cue next door). */
export function sentencesWithCue(trace: DocumentTrace, measure: Measure): Set<number> {
  const out = new Set<number>();
  for (const s of trace.sentences) {
    if (s.cues.some((c) => c.rule.measure === measure)) [s.index - 1, s.index, s.index + 1].forEach((i) => out.add(i));
  }
  return out;
}

export function cueRulesOf(trace: DocumentTrace, measure: Measure): string[] {
  return [...new Set(trace.sentences.flatMap((s) => s.cues.filter((c) => c.rule.measure === measure).map((c) => c.rule.id)))].sort();
}

/** Framing rules (massacre, attack…) in a sentence: a cue-less toll often leans on one. */
function framingIn(trace: DocumentTrace, index: number): string {
  const s = trace.sentences[index]!;
  const ids = new Set<string>();
  for (let i = 0; i < s.tokens.length; i++) {
    const hit = trace.compiled.framing.longestAt(s.tokens, i);
    if (hit) ids.add(hit.value.id);
  }
  return [...ids].sort().join(', ');
}

export type ExplainOptions = {
  /** Count-of-one gold (a named victim): "a"/"an" and the like are not evidence for it. */
  skipIndefinite?: boolean;
  /** What a claim of the right measure and number means to the caller (null: look further); default: a bound mismatch. */
  onClaim?: (o: Occurrence & { fate: { kind: 'claim' } }) => Diagnosis | null;
};

function bounds(low: number | null, high: number | null, approximate: boolean): string {
  if (low !== null && low === high) return `${approximate ? '~' : ''}${low}`;
  return high === null ? `≥${low ?? 0}` : low === null ? `≤${high}` : `${low}–${high}`;
}

/** The diagnosis for the value's best occurrence, or null when it is written nowhere we can see. */
export function explainValue(trace: DocumentTrace, value: number, measure: Measure, options: ExplainOptions = {}): Diagnosis | null {
  const near = sentencesWithCue(trace, measure);
  const occurrences = findNumberForms(trace, value)
    .filter((o) => !(options.skipIndefinite && o.form === 'indefinite'))
    .map((o) => ({ o, rank: (near.has(o.sentence) ? 0 : 10) + (o.fate.kind === 'claim' && o.fate.measure !== measure ? STAGE.linked : STAGE[o.fate.kind]) }))
    .sort((a, b) => a.rank - b.rank);
  for (const { o } of occurrences) {
    const where = at(o.sentence, o.at);
    const f = o.fate;
    if (f.kind === 'claim' && f.measure === measure) {
      if (options.onClaim) {
        const custom = options.onClaim({ ...o, fate: f });
        if (custom === null) continue;
        return custom;
      }
      const hedges = f.ruleIds.filter((r) => r.includes('.hedge.') || r.includes('.range.'));
      return diagnosis('number-form', 'bounds', `${where}: ${o.form} ${value} read as ${bounds(f.low, f.high, f.approximate)} [${hedges.join(', ') || 'no hedge rule'}]`);
    }
    if (f.kind === 'claim' || f.kind === 'linked') {
      const rule = f.kind === 'claim' ? f.ruleIds.find((r) => r.includes('.measure.')) ?? '?' : f.cueRuleId;
      if (f.measure === measure) return diagnosis('other', 'linked-no-claim', `${where}: ${o.form} ${value} linked to ${rule} but no claim made (negation?)`);
      return diagnosis('measure-cue', 'other-measure', `${where}: ${o.form} ${value} linked to ${rule} (${f.measure}), not ${measure}`);
    }
    if (f.kind === 'unlinked') {
      const split = linksAcrossBoundary(trace, o);
      if (split) {
        return diagnosis('sentence-split', 'boundary', `${where}: ${o.form} ${value} links to ${split.cueRuleId} (${split.measure}) across a sentence boundary (${split.boundary})`,
          split.measure === measure ? [] : ['measure-cue']);
      }
      const sentence = trace.sentences[o.sentence]!;
      const cues = sentence.cues.filter((c) => c.rule.measure === measure).map((c) => c.rule.id);
      if (cues.length > 0) return diagnosis('measure-cue', 'out-of-reach', `${where}: ${o.form} ${value} out of reach of ${cues.join(', ')} in its sentence`);
      const framing = framingIn(trace, o.sentence);
      return diagnosis('measure-cue', 'no-cue-in-sentence', `${where}: ${o.form} ${value} linked to no cue; no ${measure} cue in its sentence${framing ? `; framing words: ${framing}` : ''}`);
    }
    if (f.kind === 'non-toll') return diagnosis('non-toll', f.ruleId, `${where}: ${o.form} ${value} dropped by ${f.ruleId}`);
    return diagnosis('number-form', 'unread', `${where}: ${o.form === 'unread-words' ? 'spelled-out' : 'digit'} ${value} not read as a quantity`);
  }
  return null;
}
