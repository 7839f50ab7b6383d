/**
 * Where a gold number stands in a traced document and what became of it at each stage: read as a
 * quantity or not, dropped by a non-toll rule, linked to a cue of which measure, made into a claim.
 * Spelled-out forms are generated here (our own word list, not corpus text) to find numbers the
 * pipeline never read.
 */
import type { Measure } from '../../src/domain/measure.js';
import type { Mention } from '../../src/pipeline/claims/find-quantities.js';
import type { Token } from '../../src/pipeline/segment/tokenize.js';
import { traceSentence, type DocumentTrace, type SentenceTrace } from './trace-document.js';

export type NumberForm = 'digits' | 'words' | 'indefinite' | 'vague' | 'unread-digits' | 'unread-words';

export type Fate =
  | { kind: 'claim'; measure: Measure; ruleIds: readonly string[]; low: number | null; high: number | null; approximate: boolean }
  | { kind: 'linked'; measure: Measure; cueRuleId: string }
  | { kind: 'unlinked' }
  | { kind: 'non-toll'; ruleId: string }
  | { kind: 'unread' };

export type Occurrence = { sentence: number; at: number; form: NumberForm; fate: Fate };

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 0–99 as token lists ("twenty-one" → twenty, -, one), plus "a dozen". */
export function spelledTokens(value: number): string[][] {
  if (value < 20) return [[ONES[value]!], ...(value === 12 ? [['dozen']] : []), ...(value === 2 ? [['both']] : [])];
  if (value >= 100) return [];
  const tens = TENS[Math.floor(value / 10)]!;
  const ones = value % 10;
  return ones === 0 ? [[tens]] : [[tens, '-', ONES[ones]!], [tens, ONES[ones]!]];
}

const matchesAt = (tokens: readonly Token[], i: number, words: readonly string[]): boolean =>
  words.every((w, k) => tokens[i + k]?.norm === w);

function carries(m: Mention, value: number): boolean {
  return m.low === value || m.high === value;
}

function fateOf(s: SentenceTrace, m: Mention): Fate {
  const at = s.tokens[m.start]!.start;
  const claim = s.claims.find((x) => x.claim.evidence.number.start === at && x.entity === null);
  if (claim) {
    const { measure, ruleIds, low, high, approximate } = claim.claim;
    return { kind: 'claim', measure, ruleIds, low, high, approximate };
  }
  const link = s.links.find((l) => l.mention === m);
  return link ? { kind: 'linked', measure: link.cue.rule.measure, cueRuleId: link.cue.rule.id } : { kind: 'unlinked' };
}

const FORM: Record<Mention['kind'], NumberForm> = { digits: 'digits', words: 'words', vague: 'vague', indefinite: 'indefinite', individual: 'indefinite' };

/** Every place the value is written in the document, in text order, with what the stages did. */
export function findNumberForms(trace: DocumentTrace, value: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const s of trace.sentences) {
    const covered = new Set<number>();
    for (const m of s.mentions) {
      for (let j = m.start; j < m.end; j++) covered.add(j);
      if (carries(m, value)) out.push({ sentence: s.index, at: s.tokens[m.numStart]!.start, form: FORM[m.kind], fate: fateOf(s, m) });
    }
    for (const d of s.dropped) {
      for (let j = d.start; j < d.end; j++) covered.add(j);
      if (d.value === value) out.push({ sentence: s.index, at: s.tokens[d.start]!.start, form: s.tokens[d.start]!.kind === 'number' ? 'digits' : 'words', fate: { kind: 'non-toll', ruleId: d.ruleId } });
    }
    s.tokens.forEach((t, i) => {
      if (covered.has(i)) return;
      if (t.kind === 'number' && Number(t.text.replace(/[, ]/g, '')) === value) {
        out.push({ sentence: s.index, at: t.start, form: 'unread-digits', fate: { kind: 'unread' } });
      } else if (value !== 1 && spelledTokens(value).some((w) => matchesAt(s.tokens, i, w))) {
        // "one" alone is everywhere ("one of the"); only other numbers spelled out count as unread.
        out.push({ sentence: s.index, at: t.start, form: 'unread-words', fate: { kind: 'unread' } });
      }
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

export type SplitEvidence = { measure: Measure; cueRuleId: string; boundary: string };

/**
 * What ends a sentence, when it looks like a wrong split: a line break, or a full stop right after
 * a word of at most four letters (an abbreviation the pack lacks: "Sgt.", "Blvd."). Null for a
 * plain sentence end.
 */
export function suspectBoundary(text: string, before: SentenceTrace, after: SentenceTrace): string | null {
  const gap = text.slice(before.span.end, after.span.start);
  if (gap.includes('\n')) return 'line break';
  const word = /(?:^|[^\p{L}])(\p{L}{1,4})\.$/u.exec(text.slice(Math.max(0, before.span.end - 6), before.span.end));
  return word ? `full stop after a ${word[1]!.length}-letter word` : null;
}

/**
 * Whether an unlinked number would have been linked to a cue had its sentence not ended where it
 * did: the sentence is re-traced joined with a neighbour, the full stop between them blanked (same
 * length, so offsets hold). Only boundaries that look wrong are tried.
 */
export function linksAcrossBoundary(trace: DocumentTrace, occurrence: Occurrence): SplitEvidence | null {
  const s = trace.sentences[occurrence.sentence];
  if (!s) return null;
  for (const other of [trace.sentences[s.index - 1], trace.sentences[s.index + 1]]) {
    if (!other) continue;
    const [first, second] = other.index < s.index ? [other, s] : [s, other];
    const boundary = suspectBoundary(trace.text, first, second);
    if (boundary === null) continue;
    const stop = trace.text[first.span.end - 1] === '.' ? first.span.end - 1 : first.span.end;
    const text = `${trace.text.slice(0, stop)} ${trace.text.slice(stop + 1)}`;
    const joined = traceSentence(text, { start: first.span.start, end: second.span.end }, s.index, trace.compiled, trace.casing);
    const m = joined.mentions.find((x) => joined.tokens[x.numStart]!.start === occurrence.at);
    const link = m && joined.links.find((l) => l.mention === m);
    if (link) return { measure: link.cue.rule.measure, cueRuleId: link.cue.rule.id, boundary };
  }
  return null;
}
