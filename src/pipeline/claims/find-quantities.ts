/**
 * Finds every quantity in a sentence: digits in either language's notation, number words, vague
 * quantities ("dozens", "decenas"), an indefinite article before a person noun ("a man" = 1),
 * ranges, and the hedges around them. Numbers that are not tolls (ages, years, dates, times, money,
 * units, ordinals, populations) are dropped here, each by a named rule.
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import { findChanges } from './find-changes.js';
import { matchAfter, matchBefore } from './match-pattern.js';
import type { WordNumber } from './recognize-number-words.js';

export type QuantityKind = 'digits' | 'words' | 'vague' | 'indefinite' | 'individual';

/** A quantity in token coordinates: [start, end) includes hedges, [numStart, numEnd) the number(s). */
export type Mention = {
  low: number | null;
  high: number | null;
  approximate: boolean;
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  kind: QuantityKind;
  ruleIds: string[];
};

/** `open`: no upper bound, as "al menos un hombre" writes it (the article's own hedge). */
type Atom = { low: number; high: number; approximate: boolean; start: number; end: number; kind: QuantityKind; ruleIds: string[]; open?: boolean };

const GROUPED = /^\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*$/;
const SPACED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;

/** The value of a digit token, or NaN when it is not a whole count in this pack's notation. */
export function parseDigits(text: string, decimalSeparator: '.' | ','): number {
  if (GROUPED.test(text) || SPACED.test(text)) return Number(text.replace(/[^\d]/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^(\d+)([.,])(\d+)$/.exec(text);
  if (m && m[2] === decimalSeparator) return Number(`${m[1]}.${m[3]}`);
  return Number.NaN;
}

function readAtoms(tokens: readonly Token[], words: readonly WordNumber[], c: CompiledPack): Atom[] {
  const atoms: Atom[] = [];
  const wordAt = new Map(words.map((w) => [w.start, w]));
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const numberWord = c.numberWords.longestAt(tokens, i);
    if (numberWord) {
      const r = numberWord.value;
      atoms.push({ low: r.value, high: r.value, approximate: r.approximate, start: i, end: numberWord.end, kind: 'words', ruleIds: [r.id] });
      i = numberWord.end;
      continue;
    }
    const vague = c.vague.longestAt(tokens, i);
    if (vague) {
      const r = vague.value;
      atoms.push({ low: r.low, high: r.high ?? r.low, approximate: true, start: i, end: vague.end, kind: 'vague', ruleIds: [r.id] });
      i = vague.end;
      continue;
    }
    const word = wordAt.get(i);
    if (word) {
      atoms.push({ low: word.value, high: word.value, approximate: false, start: i, end: word.end, kind: 'words', ruleIds: [`${c.pack.lang}.number.recognizer`] });
      i = word.end;
      continue;
    }
    if (t.kind === 'number') {
      let value = parseDigits(t.text, c.pack.decimalSeparator);
      let end = i + 1;
      const scale = tokens[i + 1] && c.scales.get(tokens[i + 1]!.norm);
      if (scale) {
        value *= scale;
        end = i + 2;
      }
      if (Number.isInteger(value)) atoms.push({ low: value, high: value, approximate: false, start: i, end, kind: 'digits', ruleIds: [] });
      i = end;
      continue;
    }
    const indefinite = c.indefinites.longestAt(tokens, i);
    let cueAt = indefinite ? indefinite.end : 0;
    while (indefinite && c.individuals.passives.has(tokens[cueAt]?.norm ?? '')) cueAt++;
    const cueAfter = indefinite ? c.measures.longestAt(tokens, cueAt)?.value ?? c.measures.longestAt(tokens, indefinite.end)?.value : undefined;
    // "un muerto" (the cue names the person), "y otro resultó herido" (another one, elliptical).
    const personCue = indefinite && (cueAfter?.person || (cueAfter && c.individuals.another.has(t.norm)));
    if (indefinite && (personCue || personNounWithin(tokens, indefinite.end, 3, c))) {
      const { bound } = indefinite.value;
      const low = bound === 'lower-exclusive' ? 2 : 1;
      atoms.push({ low, high: low, approximate: false, start: i, end: indefinite.end, kind: 'indefinite', ruleIds: [indefinite.value.id], open: bound !== null });
      i = indefinite.end;
      continue;
    }
    i++;
  }
  return atoms;
}

/**
 * A person noun within `reach` words after `from`: adjectives and an age may stand between
 * ("a young man", "a 20-year-old man").
 */
export function personNounWithin(tokens: readonly Token[], from: number, reach: number, c: CompiledPack): boolean {
  let words = 0;
  for (let j = from; j < tokens.length && j < from + 8; j++) {
    const t = tokens[j]!;
    if (c.subjects.longestAt(tokens, j)) return true;
    if (t.kind === 'word') {
      // An object-only cue is a modifier here: "a SHOOTING victim".
      if (c.measures.longestAt(tokens, j)?.value.objectOnly === false || ++words > reach) return false;
      // An article opens another noun phrase: "un enfrentamiento con LA policía" counts no police officer.
      if (j > from && (c.determiners.has(t.norm) || c.individuals.determiners.has(t.norm))) return false;
    } else if (t.kind === 'number') {
      if (tokens[j + 1]?.text !== '-') return false;
    } else if (t.text !== '-') return false;
  }
  return false;
}

type NonToll = { ruleId: string; start: number; end: number };

/** The rule that makes this atom a non-toll number, with the tokens it covers, or null. */
function nonToll(tokens: readonly Token[], a: Atom, c: CompiledPack): NonToll | null {
  if (a.kind === 'indefinite') return null;
  const slot = { start: a.start, end: a.end };
  const found = c.nonToll.first(tokens, slot);
  if (found) return { ruleId: found.pattern.rule.id, ...found.hit };
  const id = coreNonTollRule(tokens, a, c);
  return id ? { ruleId: id, start: a.start, end: a.end } : null;
}

function coreNonTollRule(tokens: readonly Token[], a: Atom, c: CompiledPack): string | null {
  if (a.kind !== 'digits') return null;
  const t = tokens[a.start]!;
  const next = tokens[a.end];
  const prev = tokens[a.start - 1];
  // "214th", "5km", "10am", "3ª": a word glued to the digits names a unit or an ordinal.
  if (next && next.attached && next.kind === 'word') return 'core.non-toll.attached-suffix';
  if (next?.text === ':' && tokens[a.end + 1]?.kind === 'number') return 'core.non-toll.time';
  if (prev?.text === ':' && t.attached && tokens[a.start - 2]?.kind === 'number') return 'core.non-toll.time';
  if (prev && (prev.text === '#' || prev.text === '№')) return 'core.non-toll.number-sign';
  if (/^\d{4}$/.test(t.text) && a.low >= 1800 && a.low <= 2100 && !(next && c.subjects.longestAt(tokens, a.end))) {
    return 'core.non-toll.year';
  }
  if (a.low <= 31) {
    // "on 23 September 28 bodies were found": a month whose day comes before it has its date already.
    const day = tokens[a.start - 2]?.norm === 'de' ? tokens[a.start - 3] : tokens[a.start - 2]; // "23 de mayo"
    const dayBefore = day?.kind === 'number' && Number(day.text) <= 31;
    if (prev && c.months.has(prev.norm) && !dayBefore) return 'core.non-toll.date';
    if (next && c.months.has(next.norm)) return 'core.non-toll.date';
    const afterDe = tokens[a.end + 1];
    if (next?.norm === 'de' && afterDe && c.months.has(afterDe.norm)) return 'core.non-toll.date';
    if (next?.norm === 'of' && afterDe && c.months.has(afterDe.norm)) return 'core.non-toll.date';
  }
  if (/^0\d/.test(t.text)) return 'core.non-toll.leading-zero';
  if (t.text.length >= 7 && !/[,. \u00a0\u202f]/.test(t.text)) return 'core.non-toll.long-digit-string';
  return null;
}

function toMention(a: Atom): Mention {
  return { low: a.low, high: a.open ? null : a.high, approximate: a.approximate, start: a.start, end: a.end, numStart: a.start, numEnd: a.end, kind: a.kind, ruleIds: [...a.ruleIds] };
}

/** Joins two atoms written as a range ("between 600 and 900", "600-900", "de 600 a 900"). */
function joinRanges(tokens: readonly Token[], atoms: readonly Atom[], c: CompiledPack): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    let joined: Mention | null = null;
    if (b && a.kind !== 'vague' && b.kind !== 'vague' && a.kind !== 'indefinite' && b.high > a.low) {
      for (const { rule, beforeA, between, afterB } of c.ranges) {
        const start = matchBefore(tokens, a.start, beforeA);
        const middle = matchAfter(tokens, a.end, between);
        const end = matchAfter(tokens, b.end, afterB);
        if (start === null || middle !== b.start || end === null) continue;
        joined = {
          low: a.low, high: b.high, approximate: a.approximate || b.approximate, start, end,
          numStart: a.start, numEnd: b.end, kind: a.kind, ruleIds: [...a.ruleIds, ...b.ruleIds, rule.id],
        };
        break;
      }
    }
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(toMention(a));
  }
  return out;
}

function applyHedges(tokens: readonly Token[], m: Mention, c: CompiledPack): void {
  const hedge = c.hedgesBeforeReversed.longestEndingAt(tokens, m.start);
  const blockers = hedge && c.hedgeBlockers.get(hedge.value.id);
  if (hedge && !blockers?.has(tokens[m.start - hedge.end - 1]?.norm ?? '')) {
    m.start -= hedge.end;
    bound(m, hedge.value.bound);
    m.ruleIds.unshift(hedge.value.id);
  }
  const after = c.hedgesAfter.longestAt(tokens, m.end);
  if (after) {
    m.end = after.end;
    bound(m, after.value.bound);
    m.ruleIds.push(after.value.id);
  }
}

/**
 * Bounds are inclusive integers: "at least 300" is low 300, "more than 200" is low 201 and
 * "fewer than 20" is high 19; the rule id keeps the source's wording.
 */
function bound(m: Mention, kind: 'approximate' | 'lower' | 'upper' | 'lower-exclusive' | 'upper-exclusive'): void {
  if (kind === 'approximate') m.approximate = true;
  else if (kind === 'lower' || kind === 'lower-exclusive') {
    if (kind === 'lower-exclusive' && m.low !== null) m.low += 1;
    m.high = null;
  } else {
    const high = m.high ?? m.low;
    m.high = kind === 'upper-exclusive' && high !== null ? Math.max(0, high - 1) : high;
    m.low = null;
  }
}

/**
 * `described` holds the token indices of non-toll numbers and the words of their pattern
 * ("27-year-old", "aged 34"): they describe a person rather than count, and may stand between
 * a number and its cue.
 */
export type Quantities = { mentions: Mention[]; described: Set<number> };

export function findQuantities(tokens: readonly Token[], words: readonly WordNumber[], c: CompiledPack): Quantities {
  const atoms = readAtoms(tokens, words, c);
  const described = new Set<number>();
  const { from, to } = findChanges(tokens, atoms, c);
  const hits = atoms.map((a, i) => from[i] ?? nonToll(tokens, a, c));
  const kept = atoms.filter((a, i) => {
    const hit = hits[i] ?? rangeOfNonToll(tokens, a, atoms[i + 1], hits[i + 1] ?? null, c);
    if (hit) for (let j = hit.start; j < hit.end; j++) described.add(j);
    return hit === null;
  });
  const mentions = joinRanges(tokens, kept, c);
  for (const m of mentions) {
    if (m.kind === 'digits' && m.ruleIds.length === 0) m.ruleIds.push(`${c.pack.lang}.number.digits`);
    const change = to.get(m.numStart);
    // The change's words are the total's, as a hedge's would be, and no hedge: "subió en 12 HASTA 742".
    if (change) {
      m.start = change.start;
      m.ruleIds.push(change.rule.id);
    } else if (m.kind !== 'indefinite') applyHedges(tokens, m, c);
  }
  return { mentions, described };
}

/**
 * "20 to 25 yards away", "de 3 a 4 horas": the unit after a range's second number is the first
 * one's too, so a pack rule that drops the second drops the first (core rules, such as years, do not
 * carry over: "between 1990 and 2004" says nothing of a number before it).
 */
function rangeOfNonToll(tokens: readonly Token[], a: Atom, b: Atom | undefined, hitB: NonToll | null, c: CompiledPack): NonToll | null {
  if (!b || !hitB || hitB.ruleId.startsWith('core.') || a.kind === 'indefinite' || b.kind === 'indefinite') return null;
  for (const { beforeA, between } of c.ranges) {
    if (matchBefore(tokens, a.start, beforeA) !== null && matchAfter(tokens, a.end, between) === b.start) {
      return { ruleId: hitB.ruleId, start: a.start, end: a.end };
    }
  }
  return null;
}

/** Exposed for tests and the benchmark's error analysis: which rule rejected which number. */
export function explainNonToll(tokens: readonly Token[], words: readonly WordNumber[], c: CompiledPack): { text: string; ruleId: string }[] {
  return readAtoms(tokens, words, c).flatMap((a) => {
    const hit = nonToll(tokens, a, c);
    return hit ? [{ text: tokens.slice(a.start, a.end).map((t) => t.text).join(' '), ruleId: hit.ruleId }] : [];
  });
}
