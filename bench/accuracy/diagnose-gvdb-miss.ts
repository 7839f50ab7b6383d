/**
 * Names the cause of one GVDB document count that differs from gold. The figure comes from
 * `computeFigures`, so each figure rule is tested by recomputing the figure with that rule's input
 * changed (scope ignored, claimants merged, subgroups freed, certain claims removed): the change
 * that lands exactly on gold is the cause. What no recomputation explains is traced to the stages.
 */
import type { Measure } from '../../src/domain/measure.js';
import { computeFigures } from '../../src/pipeline/figures/compute-figures.js';
import { at, diagnosis, type Diagnosis } from './cause.js';
import { cueRulesOf, explainValue } from './explain-value.js';
import type { GvdbGold, GvdbNotes } from './load-gvdb.js';
import type { DocumentTrace, TracedItem } from './trace-document.js';

export type GvdbMissInput = { trace: DocumentTrace; measure: 'killed' | 'injured'; gold: GvdbGold; notes: GvdbNotes; system: number };

/** Words for the person who shot (our list, not the pack's): GVDB counts victims, not shooters. */
const PERPETRATORS = new Set(['himself', 'suspect', 'suspects', 'gunman', 'gunmen', 'shooter', 'attacker', 'robber', 'robbers', 'intruder', 'assailant', 'burglar', 'killer', 'carjacker', 'perpetrator']);
const SHOT_BY = new Set(['police', 'officer', 'officers', 'deputy', 'deputies', 'trooper', 'troopers', 'homeowner', 'agents']);
/** Words that put a figure on another event or period and that the pack's scope rules lack. */
const SCOPE_HINTS = new Set(['ago', 'since', 'earlier', 'previous', 'prior', 'anniversary', 'separate', 'unrelated', 'history', 'record', 'total', 'homicides', 'homicide']);

const countWith = (items: readonly TracedItem[], measure: Measure): number => computeFigures(items)[measure]?.low ?? 0;
const where = (i: TracedItem): string => at(i.sentence, i.claim.evidence.number.start);
const rules = (items: readonly TracedItem[], part: string): string =>
  [...new Set(items.flatMap((i) => i.claim.ruleIds.filter((r) => r.includes(part))))].sort().join(', ');

const counted = (i: TracedItem, measure: Measure): boolean =>
  i.claim.measure === measure && !i.elsewhere && i.claim.partOf === null && i.claim.modality !== 'denied';

/** The perpetrator word near a claim's person or cue, or null. */
export function perpetratorWord(trace: DocumentTrace, item: TracedItem): string | null {
  const s = trace.sentences[item.sentence]!;
  const { number, cue } = item.claim.evidence;
  const from = s.tokens.findIndex((t) => t.start >= Math.min(number.start, cue.start));
  const cueEnd = s.tokens.findIndex((t) => t.start >= cue.end);
  for (let j = Math.max(0, from - 3); j >= 0 && j < (cueEnd < 0 ? s.tokens.length : cueEnd); j++) {
    if (PERPETRATORS.has(s.tokens[j]!.norm)) return s.tokens[j]!.norm;
  }
  const after = cueEnd < 0 ? [] : s.tokens.slice(cueEnd, cueEnd + 4).map((t) => t.norm);
  return after[0] === 'by' && after.some((w) => SHOT_BY.has(w)) ? `shot by ${after.find((w) => SHOT_BY.has(w))}` : null;
}

function scopeHint(trace: DocumentTrace, item: TracedItem): string | null {
  const s = trace.sentences[item.sentence]!;
  for (const t of s.tokens) {
    if (SCOPE_HINTS.has(t.norm)) return `'${t.norm}'`;
    if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text) && trace.documentYear !== null && Number(t.text) !== trace.documentYear) return 'another year';
  }
  return null;
}

/** The scope rule or earlier year that set an item apart, found again in its sentence. */
function scopeRuleOf(trace: DocumentTrace, item: TracedItem): string {
  const s = trace.sentences[item.sentence]!;
  for (let i = 0; i < s.tokens.length; i++) {
    const hit = trace.compiled.scope.longestAt(s.tokens, i);
    if (hit) return hit.value.id;
  }
  return s.tokens.some((t) => t.kind === 'number' && /^(19|20)\d\d$/.test(t.text)) ? 'an earlier year' : 'a framed year';
}

function people(items: readonly TracedItem[]): { named: number; anonymous: number; fresh: number } {
  const entities = items.map((i) => i.entity).filter((e): e is string => e !== null);
  return {
    named: new Set(entities.filter((e) => e.startsWith('name:'))).size,
    anonymous: entities.filter((e) => e === 'anon').length,
    fresh: new Set(entities.filter((e) => e.startsWith('new:'))).size,
  };
}

function overCount({ trace, measure, gold, notes, system }: GvdbMissInput): Diagnosis {
  const g = gold[measure];
  const items = trace.items;
  const mine = items.filter((i) => counted(i, measure));
  const without = (drop: (i: TracedItem) => boolean): number => countWith(items.filter((i) => !(i.claim.measure === measure && drop(i))), measure);
  if (notes.unlabelled > 0 && system - g <= notes.unlabelled) {
    return diagnosis('gold-disagrees', 'victim-without-outcome', `gold lists ${notes.unlabelled} victim(s) with no outcome; system ${system} vs gold ${g}`);
  }
  const perpetrators = mine.filter((i) => perpetratorWord(trace, i) !== null);
  if (perpetrators.length > 0 && without((i) => perpetrators.includes(i)) === g) {
    const word = perpetratorWord(trace, perpetrators[0]!);
    return diagnosis('gold-disagrees', 'perpetrator', `${perpetrators.map(where).join(', ')} count a perpetrator (${word}; gold lists ${notes.shooters} shooter(s)); without them ${g}`);
  }
  // One annotator per article: a toll the headline asserts, in an article whose gold lists no
  // victim at all, is more likely a victim the annotator left out than a misread cue.
  const headline = mine.filter((i) => i.sentence === 0 && i.claim.modality === 'asserted');
  if (g === 0 && gold.killed + gold.injured + notes.unlabelled === 0 && headline.length > 0) {
    return diagnosis('gold-disagrees', 'headline-toll', `the headline (s0) asserts ${measure} [${rules(headline, '.measure.')}] and the gold lists no victim at all`, ['measure-cue']);
  }
  const scoped = mine.filter((i) => scopeHint(trace, i) !== null);
  if (scoped.length > 0 && without((i) => scoped.includes(i)) === g) {
    return diagnosis('scope', 'scope-word-missing', `${scoped.map(where).join(', ')} stand in sentences with ${scopeHint(trace, scoped[0]!)} and no en.scope rule; without them ${g}`);
  }
  if (measure === 'injured' && gold.killed > 0 && without((i) => i.entity !== null) === g) {
    return diagnosis('individuals', 'wounded-and-killed', `a person counted as wounded is also among the killed (rule 7 did not match them): ${rules(mine.filter((i) => i.entity !== null), '.individual.')}`);
  }
  const split = items.map((i, k) => (i.claim.measure === measure ? { ...i, statement: `${i.statement}#${k}` } : i));
  if (countWith(split, measure) === g) {
    return diagnosis('subject', 'groups-added', `groups added under one cue make ${system}; counted apart the figure is ${g} (${mine.filter((i) => mine.some((o) => o !== i && o.statement === i.statement)).map(where).join(', ')})`);
  }
  const p = people(mine);
  const singles = mine.filter((i) => i.entity !== null);
  const numbers = mine.filter((i) => i.entity === null);
  const peopleCount = Math.max(p.named, p.anonymous > 0 ? 1 : 0) + p.fresh;
  // Counted twice: more people one at a time than the gold's victims, where the gold has some.
  if (g > 0 && peopleCount > g && without((i) => i.entity === null) === system) {
    return diagnosis('individuals', 'double-count', `${peopleCount} people counted one at a time (named ${p.named}, anonymous ${p.anonymous > 0 ? 1 : 0}, 'another' ${p.fresh}) [${rules(singles, '.individual.')}]`,
      perpetrators.length > 0 ? ['gold-disagrees'] : []);
  }
  const right = numbers.filter((i) => i.claim.low === g);
  const top = [...mine].sort((a, b) => (b.claim.low ?? 0) - (a.claim.low ?? 0))[0];
  if (right.length > 0 && top) {
    return diagnosis('figure-selection', 'largest-low', `${g} is claimed at ${right.map(where).join(', ')} but the largest firm low ${top.claim.low} at ${where(top)} [${rules([top], '.measure.')}] wins`);
  }
  if (!top) return diagnosis('other', 'no-claim', `no counted ${measure} claim, yet figure ${system}`);
  return diagnosis('measure-cue', 'spurious-cue', `${where(top)}: ${top.claim.low} read as ${measure} by ${rules([top], '.measure.')}${top.entity ? ` (${rules([top], '.individual.')})` : ''}; gold ${g}`,
    [...(top.entity ? ['individuals' as const] : []), ...(perpetrators.length > 0 ? ['gold-disagrees' as const] : []), ...(scoped.length > 0 ? ['scope' as const] : [])]);
}

function underCount({ trace, measure, gold, system }: GvdbMissInput): Diagnosis {
  const g = gold[measure];
  const items = trace.items;
  const mine = items.filter((i) => i.claim.measure === measure);
  const change = (edit: (i: TracedItem) => TracedItem): number => countWith(items.map((i) => (i.claim.measure === measure ? edit(i) : i)), measure);
  const scoped = mine.filter((i) => i.elsewhere);
  if (scoped.length > 0 && change((i) => ({ ...i, elsewhere: false })) === g) {
    return diagnosis('scope', 'set-apart', `${scoped.map(where).join(', ')} set apart as another event or period by ${[...new Set(scoped.map((i) => scopeRuleOf(trace, i)))].join(', ')}`);
  }
  const claimants = new Set(mine.filter((i) => i.entity === null).map((i) => i.claim.claimant ?? ''));
  if (claimants.size > 1 && change((i) => ({ ...i, claim: { ...i.claim, claimant: null } })) === g) {
    return diagnosis('claimant', 'lowest-claimant', `${claimants.size} claimants [${rules(mine, '.attribution.')}]: the figure takes the lowest claimant's low ${system}`);
  }
  const nested = mine.filter((i) => i.claim.partOf !== null);
  if (nested.length > 0 && change((i) => ({ ...i, claim: { ...i.claim, partOf: null } })) === g) {
    return diagnosis('subject', 'subgroup', `${nested.map(where).join(', ')} read as subgroups of a total [${rules(nested, '.subgroup.')}]`);
  }
  const possible = mine.filter((i) => i.claim.modality === 'possible' || i.claim.modality === 'denied');
  if (possible.length > 0 && change((i) => ({ ...i, claim: { ...i.claim, modality: 'asserted' } })) === g) {
    const rule = rules(possible, '.modality.') || possible.map((i) => i.claim.modality).join(', ');
    const denied = possible.some((i) => i.claim.modality === 'denied');
    return diagnosis(denied ? 'other' : 'figure-selection', denied ? 'denied' : 'possible-left-out', `${possible.map(where).join(', ')} left out as ${rule}`);
  }
  if (measure === 'injured' && countWith(items.filter((i) => i.claim.measure !== 'killed'), 'injured') === g) {
    return diagnosis('individuals', 'died-later-merge', `rule 7 (wounded and died) moved ${g - system} wounded person(s) to killed: ${rules(mine.filter((i) => i.entity !== null), '.individual.')}`);
  }
  const singles = mine.filter((i) => i.entity !== null && !i.elsewhere && i.claim.modality !== 'denied');
  const p = people(singles);
  if (singles.length >= g && p.anonymous > 1 && system < g) {
    return diagnosis('individuals', 'anonymous-collapse', `${p.anonymous} anonymous readings [${rules(singles, '.individual.')}] count as one person; ${p.named} named`);
  }
  const onClaim = (o: { sentence: number; at: number }): Diagnosis =>
    diagnosis('figure-selection', 'claim-unused', `${at(o.sentence, o.at)}: ${measure} claim of ${g} exists but the figure is ${system}`);
  const explained = explainValue(trace, g, measure, { onClaim }) ?? (system > 0 ? explainValue(trace, g - system, measure, { onClaim: () => null }) : null);
  const cues = cueRulesOf(trace, measure);
  if (explained && explained.cause !== 'number-form') return explained;
  if (cues.length === 0) return diagnosis('measure-cue', 'no-cue-in-document', `no ${measure} cue in ${trace.sentences.length} sentences`, explained ? [explained.cause] : []);
  if (explained) return explained;
  return diagnosis('individuals', 'no-person-reading', `${measure} cues [${cues.join(', ')}] found, ${singles.length} person reading(s), ${p.named} named; gold ${g} not reached`);
}

export function diagnoseGvdbMiss(input: GvdbMissInput): Diagnosis {
  const traced = countWith(input.trace.items, input.measure);
  if (traced !== input.system) return diagnosis('other', 'trace-drift', `trace gives ${traced}, pipeline ${input.system}: the trace no longer mirrors run-pipeline.ts`);
  return input.system > input.gold[input.measure] ? overCount(input) : underCount(input);
}
