/**
 * Counts one person where a cue has no number: the subject of a passive or intransitive cue ("the
 * victim died", "Malone Amason was found dead", "he died", headline "Man shot dead") or the object
 * of an active one ("killing officer Sean Bolton", "asesinó a su esposa"). Each reading has its
 * own pack rule. `entity` lets the document figure count a person mentioned twice only once:
 * names by surname, anonymous references as one person unless introduced by "another".
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Mention } from './find-quantities.js';
import type { Cue, Link } from './link-cues.js';



/** Headlines in Title Case capitalise every word, so capitals there say nothing about names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  if (words.length < 4) return false;
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.6;
}




type Reading = { kind: 'definite' | 'bare' | 'name' | 'pronoun' | 'object' | 'unresolved'; start: number; end: number; noun: number | null; entity: string };

/**
 * How capitals can be read: in mixed case a capitalised word may be a name; in Title Case
 * headlines capitals say nothing; in ALL CAPS text (wire copy) a word the pack does not know may
 * be a name, and a name needs two words ("GILDA FLORES").
 */
export type Casing = 'mixed' | 'title' | 'caps';

function isName(t: Token | undefined, c: CompiledPack, casing: Casing): boolean {
  if (!t || t.kind !== 'word' || casing === 'title' || c.individuals.notNames.has(t.norm) || c.months.has(t.norm)) return false;
  if (casing === 'caps') return t.text.length > 1 && !c.vocabulary.has(t.norm) && !/(ING|ED|LY|ION|IONS|MENT|ITY)$/.test(t.text);
  return /^\p{Lu}/u.test(t.text);
}

/** A capitalised name ending at `end` (inclusive), 1 to 4 words: its start index, or -1. */
function nameEndingAt(tokens: readonly Token[], end: number, c: CompiledPack, casing: Casing): number {
  let start = end;
  while (start > 0 && end - start < 3 && (isName(tokens[start - 1], c, casing) || (tokens[start - 1]?.text === '.' && isName(tokens[start - 2], c, casing)))) start--;
  if (!isName(tokens[start], c, casing)) start++;
  if (casing === 'caps' && start === end) return -1;
  return start <= end && isName(tokens[end], c, casing) ? start : -1;
}

/** A definite or bare singular noun phrase ending with the noun at `noun`. */
function nounPhrase(tokens: readonly Token[], noun: number, c: CompiledPack): Reading | null {
  let j = noun - 1;
  let steps = 0;
  let another = false;
  while (j >= 0 && steps < 8) {
    const t = tokens[j]!;
    if (c.individuals.determiners.has(t.norm)) return { kind: 'definite', start: j, end: noun + 1, noun, entity: another ? `new:${noun}` : 'anon' };
    if (c.individuals.another.has(t.norm)) another = true;
    else if (c.indefinites.longestAt(tokens, j)) {
      // "a 30-year-old man, identified as …, was killed": the article's own count found no cue.
      return { kind: 'definite', start: j, end: noun + 1, noun, entity: c.individuals.another.has(t.norm) ? `new:${noun}` : 'anon' };
    }
    if (t.kind === 'punct' && t.text !== '-') break;
    if (t.kind === 'word' && (c.measures.longestAt(tokens, j) || c.fillers.has(t.norm))) break;
    j--;
    steps++;
  }
  return j < 0 || (steps === 0 && j === -1) ? { kind: 'bare', start: 0, end: noun + 1, noun, entity: another ? `new:${noun}` : 'anon' } : null;
}

function subjectBefore(tokens: readonly Token[], cue: Cue, c: CompiledPack, casing: Casing): Reading | null {
  let j = cue.start - 1;
  let passive = false;
  while (j >= 0) {
    const t = tokens[j]!;
    const weak = [...Array(3).keys()].some((k) => {
      const hit = c.measures.longestAt(tokens, j - k);
      return hit && hit.end === j + 1 && hit.value.weak;
    });
    if (c.individuals.passives.has(t.norm)) passive = true;
    else if (!(c.individuals.between.has(t.norm) || weak || (t.text === ',' && tokens[j - 1] && c.measures.longestAt(tokens, j - 1)))) break;
    j--;
  }
  // "the man fatally shot by police": an agent after the cue makes it passive.
  if (['by', 'por'].includes(tokens[cue.end]?.norm ?? '')) passive = true;
  const transitive = !cue.rule.intransitive;
  // "Jon Boring, 51, who was shot": a relative pronoun stands for the noun before it.
  if (c.individuals.relatives.has(tokens[j]?.norm ?? '')) j--;
  const t = tokens[j];
  if (!t) return null;
  // "Ana Ruiz, 34, was killed": step over an apposition between commas.
  let end = j;
  if (t.text === ',') {
    let k = j - 1;
    while (k >= 0 && j - k < 14 && tokens[k]!.text !== ',') k--;
    if (k < 0 || tokens[k]!.text !== ',') return null;
    end = k - 1;
  }
  const head = tokens[end];
  if (!head) return null;
  if (transitive && !passive) {
    // Headline style, no auxiliary: "Man shot dead in Westwood", "Joven asesinado en San Telmo".
    const bare = c.individuals.nouns.has(head.norm) ? nounPhrase(tokens, end, c) : null;
    return bare?.kind === 'bare' && end === j ? bare : null;
  }
  if (c.individuals.pronouns.has(head.norm)) return { kind: 'pronoun', start: end, end: end + 1, noun: null, entity: 'anon' };
  if (c.individuals.nouns.has(head.norm)) return nounPhrase(tokens, end, c);
  {
    const start = nameEndingAt(tokens, end, c, casing);
    // "found dead in Lansing": a capitalised word after a locative is a place, not a person.
    if (start >= 0 && c.individuals.locatives.has(tokens[start - 1]?.norm ?? '')) return null;
    if (start >= 0) return { kind: 'name', start, end: end + 1, noun: null, entity: `name:${head.norm}` };
  }
  return null;
}

function objectAfter(tokens: readonly Token[], cue: Cue, c: CompiledPack, casing: Casing): Reading | null {
  let j = cue.end;
  // "the shooting death of 38-year-old Goldie Long": an age may precede the name.
  while (tokens[j] && (tokens[j]!.kind === 'number' || tokens[j]!.text === '-' || ['year', 'old', 'años'].includes(tokens[j]!.norm))) j++;
  if (tokens[j]?.norm === 'a' && c.pack.lang === 'es') j++; // personal "a": "asesinó a su esposa"
  const t = tokens[j];
  if (!t) return null;
  if (c.individuals.objectPronouns.has(t.norm) && !c.individuals.nouns.has(tokens[j + 1]?.norm ?? '')) {
    return { kind: 'object', start: j, end: j + 1, noun: null, entity: 'anon' };
  }
  if (c.individuals.determiners.has(t.norm) || c.individuals.nouns.has(t.norm)) {
    for (let k = j; k < j + 5 && k < tokens.length; k++) {
      if (c.individuals.nouns.has(tokens[k]!.norm)) {
        const named = isName(tokens[k + 1], c, casing);
        let end = k + 1;
        while (named && isName(tokens[end], c, casing) && end < k + 5) end++;
        return { kind: 'object', start: j, end, noun: k, entity: named ? `name:${tokens[end - 1]!.norm}` : 'anon' };
      }
      const x = tokens[k]!;
      if (x.kind === 'punct' && x.text !== '-') break;
    }
    return null;
  }
  if (isName(t, c, casing)) {
    let end = j;
    while (isName(tokens[end], c, casing) && end < j + 4) end++;
    // "the murder of Carson City man": capitals before a person noun name a place, not the person.
    if (c.individuals.nouns.has(tokens[end]?.norm ?? '')) return { kind: 'object', start: j, end: end + 1, noun: end, entity: 'anon' };
    return { kind: 'object', start: j, end, noun: null, entity: `name:${tokens[end - 1]!.norm}` };
  }
  return null;
}

export type IndividualLink = Link & { entity: string };

const UNRESOLVED_MEASURES = new Set(['killed', 'injured']);

/**
 * "Shot at a party, she later died", "Girl shot at party dies": a verb says someone died or was
 * hurt but no reading finds who. Nothing plural stands before it, so it counts one person, the
 * same anonymous person as any other reference in the document.
 */
function unresolved(tokens: readonly Token[], cue: Cue, c: CompiledPack): Reading | null {
  if (cue.rule.kind !== 'verbal' || cue.rule.weak || cue.rule.position === 'before') return null;
  if (!UNRESOLVED_MEASURES.has(cue.rule.measure) || c.individuals.plurals.has(tokens[cue.start]!.norm)) return null;
  // "evacuate the dead", "los heridos": a determiner makes the cue a noun for a group.
  const before = tokens[cue.start - 1];
  if (before && (c.determiners.has(before.norm) || c.individuals.determiners.has(before.norm))) return null;
  for (let j = cue.start - 1; j >= 0 && j >= cue.start - 6; j--) {
    const t = tokens[j]!;
    if (c.individuals.plurals.has(t.norm) || c.subjects.longestAt(tokens, j)?.value.rule.words.some((w) => /s$/.test(w) && w === t.norm)) return null;
    if (t.kind === 'punct' && t.text !== ',') break;
  }
  return { kind: 'unresolved', start: cue.start, end: cue.end, noun: null, entity: 'anon' };
}


/** "asesinaron a su esposa y a su hijo", "killed his wife and her sister": objects listed after the first. */
function coordinatedObjects(tokens: readonly Token[], first: Reading, cue: Cue, c: CompiledPack, casing: Casing): Reading[] {
  if (first.kind !== 'object') return [];
  const more: Reading[] = [];
  let previous = first;
  while (more.length < 10 && c.connectives.coordinators.has(tokens[previous.end]?.norm ?? '')) {
    const next = objectAfter(tokens, { ...cue, end: previous.end + 1 }, c, casing);
    if (!next) break;
    more.push(next);
    previous = next;
  }
  return more;
}

/** "Quintonio LeGrier and Bettie Jones were killed": names listed before a named subject. */
function coordinatedNames(tokens: readonly Token[], first: Reading, c: CompiledPack, casing: Casing): Reading[] {
  if (first.kind !== 'name') return [];
  const more: Reading[] = [];
  let j = first.start - 1;
  while (j > 0 && c.connectives.coordinators.has(tokens[j]!.norm) && more.length < 10) {
    let end = j - 1;
    // "Ana Ruiz, 34, and Luis Gil": step over an age between commas.
    if (tokens[end]?.kind === 'number' && tokens[end - 1]?.text === ',') end -= 2;
    const start = nameEndingAt(tokens, end, c, casing);
    if (start < 0) break;
    more.push({ kind: 'name', start, end: end + 1, noun: null, entity: `name:${tokens[end]!.norm}` });
    j = start - 1;
  }
  return more;
}

export function findIndividuals(tokens: readonly Token[], links: readonly Link[], cues: readonly Cue[], c: CompiledPack, textCasing: Casing): IndividualLink[] {
  const used = new Set(links.map((l) => l.cue.start));
  const taken = new Set<number>();
  for (const l of links) for (let j = l.mention.start; j < l.mention.end; j++) taken.add(j);
  const found: IndividualLink[] = [];
  const casing: Casing = textCasing === 'mixed' && isTitleCase(tokens) ? 'title' : textCasing;
  for (const cue of cues) {
    if (used.has(cue.start)) continue;
    // Among toll cues only "the murder of", "la muerte de" and the like name one person after them.
    if (cue.rule.kind === 'toll' && !cue.rule.namesOne) continue;
    // "shot and killed": only the stronger cue of a chain counts the person.
    // "shot and killed", "murió baleado": a weak cue beside a stronger one adds no one.
    if (cue.rule.weak && cues.some((o) => o !== cue && !o.rule.weak && Math.abs(o.start - cue.start) <= 3)) continue;
    const first =
      (cue.rule.position !== 'before' ? subjectBefore(tokens, cue, c, casing) : null) ??
      (cue.rule.position !== 'after' && !cue.rule.intransitive ? objectAfter(tokens, cue, c, casing) : null) ??
      unresolved(tokens, cue, c);
    if (!first) continue;
    for (const reading of [first, ...coordinatedNames(tokens, first, c, casing), ...coordinatedObjects(tokens, first, cue, c, casing)]) {
      if (taken.has(reading.start)) continue;
      const rule = c.pack.individuals.rules.find((r) => r.kind === reading.kind);
      if (!rule) continue;
      for (let j = reading.start; j < reading.end; j++) taken.add(j);
      const mention: Mention = { low: 1, high: 1, approximate: false, start: reading.start, end: reading.end, numStart: reading.start, numEnd: reading.end, kind: 'individual', ruleIds: [rule.id] };
      const subject = reading.noun === null ? null : c.subjects.longestAt(tokens, reading.noun);
      found.push({
        mention,
        cue,
        how: 'individual',
        parent: null,
        subject: subject && reading.noun !== null ? { rule: subject.value.rule, start: reading.noun, end: subject.end } : null,
        group: { start: reading.start, end: reading.end },
        ruleIds: [cue.rule.id],
        entity: reading.entity,
      });
    }
  }
  return found;
}
