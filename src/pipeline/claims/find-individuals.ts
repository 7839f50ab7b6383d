/**
 * Counts one person where a cue has no number: the subject of a passive or intransitive cue ("the
 * victim died", "Tomas Ugarte was found dead", "he died", headline "Man shot dead") or the object
 * of an active one ("killing officer Luis Gil", "asesinó a su esposa"). Each reading has its
 * own pack rule. `entity` lets the document figure count a person mentioned twice only once:
 * names by surname, anonymous references as one person unless introduced by "another".
 * Three readings need no cue of their own: a toll noun split from its "of" by an aside ("the
 * assassination in Lima of …"), a possessive name ("Ana Ruiz's murder") and a name joined to a
 * counted group ("Ana Ruiz and seven other people were killed", added to the group).
 */
import type { IndividualRule, MeasureRule } from '../../language-packs/schema.js';
import { fold, type Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Mention } from './find-quantities.js';
import type { Cue, Link } from './link-cues.js';



/** Headlines in Title Case capitalise every word, so capitals there say nothing about names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  if (words.length < 4) return false;
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.6;
}




/** `entity` null: the person is added to a group counted under the same cue, not counted apart. */
type Reading = { kind: IndividualRule['kind']; start: number; end: number; noun: number | null; entity: string | null };

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
    // An object-only cue ("the SHOOTING suspect") is a modifier inside the phrase.
    if (t.kind === 'word' && (c.measures.longestAt(tokens, j)?.value.objectOnly === false || c.fillers.has(t.norm))) break;
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
  // "His body was found", "su cadáver": a possessive before a noun cue makes the cue the person,
  // unless a preposition makes it a place on someone ("shot on the right side OF his body").
  const owner = tokens[cue.start - 1]?.norm ?? '';
  const governed = c.individuals.locatives.has(tokens[cue.start - 2]?.norm ?? '');
  if (cue.rule.kind === 'nominal' && cue.rule.intransitive && c.individuals.determiners.has(owner) && !governed) {
    return { kind: 'definite', start: cue.start - 1, end: cue.end, noun: null, entity: 'anon' };
  }
  const transitive = !cue.rule.intransitive;
  // "Luis Gil, 51, who was shot": a relative pronoun stands for the noun before it.
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
    // "found dead in Puerto Lobos": a capitalised word after a locative is a place, not a person.
    if (start >= 0 && c.individuals.locatives.has(tokens[start - 1]?.norm ?? '')) return null;
    if (start >= 0) return { kind: 'name', start, end: end + 1, noun: null, entity: `name:${head.norm}` };
  }
  return null;
}

/** `article`: an indefinite article may open the object (not in a list after a comma: "…, a neighbour called"). */
function objectAfter(tokens: readonly Token[], cue: Cue, c: CompiledPack, casing: Casing, article = true): Reading | null {
  let j = cue.end;
  // "the shooting death of 38-year-old Rosa Ibarra": an age may precede the name.
  while (tokens[j] && (tokens[j]!.kind === 'number' || tokens[j]!.text === '-' || ['year', 'old', 'años'].includes(tokens[j]!.norm))) j++;
  if (tokens[j]?.norm === 'a' && c.pack.lang === 'es') j++; // personal "a": "asesinó a su esposa"
  const t = tokens[j];
  if (!t) return null;
  if (c.individuals.objectPronouns.has(t.norm) && !c.individuals.nouns.has(tokens[j + 1]?.norm ?? '')) {
    return { kind: 'object', start: j, end: j + 1, noun: null, entity: 'anon' };
  }
  // "the murder of a councilman", "el asesinato de un concejal": an article counts one person too.
  if (c.individuals.determiners.has(t.norm) || c.individuals.nouns.has(t.norm) || (article && c.indefinites.longestAt(tokens, j))) {
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
    // "Danville Police Officer Tomas Ugarte": a capitalised title inside the run is part of the name,
    // and the person is its last word.
    while (casing === 'mixed' && end < j + 8 && tokens[end]?.kind === 'word' && /^\p{Lu}/u.test(tokens[end]!.text) && isName(tokens[end + 1], c, casing)) {
      end++;
      while (isName(tokens[end], c, casing) && end < j + 8) end++;
    }
    // "the murder of Valle Oscuro man": capitals before a person noun name a place, not the person.
    // "Ana Ruiz's neighbour Rosa Ibarra": a name after the noun is the person.
    if (c.individuals.nouns.has(tokens[end]?.norm ?? '')) {
      let last = end + 1;
      while (isName(tokens[last], c, casing) && last < end + 5) last++;
      return { kind: 'object', start: j, end: last, noun: end, entity: last > end + 1 ? `name:${tokens[last - 1]!.norm}` : 'anon' };
    }
    return { kind: 'object', start: j, end, noun: null, entity: `name:${tokens[end - 1]!.norm}` };
  }
  return null;
}

export type IndividualLink = Link & { entity: string | null };

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
  let entity = 'anon';
  let clause = true;
  for (let j = cue.start - 1; j >= 0 && j >= cue.start - 6; j--) {
    const t = tokens[j]!;
    if (c.individuals.plurals.has(t.norm) || c.subjects.longestAt(tokens, j)?.value.rule.words.some((w) => /s$/.test(w) && w === t.norm)) return null;
    if (t.kind === 'punct' && t.text !== ',') break;
    // "one died and a second was wounded": the subject left unsaid is a new person, not the dead one.
    // Only as the cue's own subject ("a second WAS wounded"), not in a relative clause or an
    // aside ("the murder of another man who was shot", "the third officer to be shot this year").
    if (clause && c.individuals.another.has(t.norm)) entity = `new:${cue.start}`;
    if (!(c.individuals.passives.has(t.norm) || c.individuals.between.has(t.norm))) clause = false;
  }
  return { kind: 'unresolved', start: cue.start, end: cue.end, noun: null, entity };
}


/** "asesinaron a su esposa y a su hijo", "killed his wife and her sister": objects listed after the first. */
function coordinatedObjects(tokens: readonly Token[], first: Reading, cue: Cue, c: CompiledPack, casing: Casing): Reading[] {
  if (first.kind !== 'object') return [];
  const more: Reading[] = [];
  let previous = first;
  for (let k = previous.end; more.length < 10; k = previous.end) {
    // "killed Ana Ruiz, 34, and Luis Gil": step over an age between commas.
    if (tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'number' && tokens[k + 2]?.text === ',') k += 2;
    if (!c.connectives.coordinators.has(tokens[k]?.norm ?? '')) break;
    // ", and her sister": a conjunction after the comma.
    if (tokens[k]!.text === ',' && c.connectives.coordinators.has(tokens[k + 1]?.norm ?? '') && tokens[k + 1]!.kind === 'word') k++;
    const next = objectAfter(tokens, { ...cue, end: k + 1 }, c, casing, false);
    if (!next) break;
    // "killed his wife and her sister": people listed together are distinct, even unnamed.
    more.push(next.entity === 'anon' ? { ...next, entity: `new:${next.start}` } : next);
    previous = next;
  }
  return more;
}

/** "Rosa Ibarra and Luis Gil were killed": names listed before a named subject. */
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

type TollHead = { rule: MeasureRule; joiner: string };
const tollHeadsByPack = new WeakMap<CompiledPack, Map<string, TollHead>>();

/** The toll cues that name one person after them, by their noun: "murder" → "murder of". */
function tollHeads(c: CompiledPack): Map<string, TollHead> {
  let heads = tollHeadsByPack.get(c);
  if (!heads) {
    heads = new Map();
    for (const rule of c.pack.measures) {
      const words = rule.phrase.split(/\s+/).map(fold);
      if (rule.kind === 'toll' && rule.namesOne && words.length === 2) heads.set(words[0]!, { rule, joiner: words[1]! });
    }
    tollHeadsByPack.set(c, heads);
  }
  return heads;
}

/**
 * "Rosa Ibarra and seven other people were killed", "la dirigente Rosa Ibarra y otras siete
 * personas murieron": a name joined to a counted group is one more person under the same cue,
 * so the figure adds them (8), as it adds "two officers and a civilian".
 */
function namedWithGroup(tokens: readonly Token[], links: readonly Link[], c: CompiledPack, casing: Casing): Found[] {
  const found: Found[] = [];
  for (const link of links) {
    if (link.how !== 'forward' || link.mention.kind === 'individual') continue;
    // "y OTRAS siete personas": the word for "other" may precede the number.
    const at = c.individuals.another.has(tokens[link.mention.start - 1]?.norm ?? '') ? link.mention.start - 1 : link.mention.start;
    const and = tokens[at - 1];
    if (!and || and.text === ',' || !c.connectives.coordinators.has(and.norm)) continue;
    const end = at - 2;
    const start = nameEndingAt(tokens, end, c, casing);
    // "THE EASTERN GARRISON AND 12 SOLDIERS": after an article, capitals are a common noun.
    const before = tokens[start - 1]?.norm ?? '';
    if (start < 0 || c.individuals.locatives.has(before) || c.determiners.has(before) || c.individuals.determiners.has(before)) continue;
    found.push({ cue: link.cue, reading: { kind: 'with-group', start, end: end + 1, noun: null, entity: null } });
  }
  return found;
}

/** True when a sentence holds a toll noun ("murder", "asesinato") that may name a victim without a cue. */
export function hasTollNoun(tokens: readonly Token[], c: CompiledPack): boolean {
  const heads = tollHeads(c);
  return tokens.some((t) => heads.has(t.norm));
}

type Found = { cue: Cue; reading: Reading };

/**
 * "the assassination in Puerto Lobos of Tomas Ugarte", "el asesinato en Lima de Ana Ruiz": a short
 * place or date aside splits a toll cue from its "of", so no cue was found; the person after it is
 * read as the cue's object. An article in the aside ("the murder in the home of his neighbour")
 * makes the "of" belong to the aside, not to the cue.
 */
function asideReadings(tokens: readonly Token[], c: CompiledPack, casing: Casing): Found[] {
  const heads = tollHeads(c);
  const found: Found[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const head = heads.get(tokens[i]!.norm);
    if (!head || !c.individuals.locatives.has(tokens[i + 1]!.norm) || tokens[i + 1]!.norm === head.joiner) continue;
    for (let j = i + 2; j < i + 7 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.norm === head.joiner) {
        const cue: Cue = { rule: head.rule, start: i, end: j + 1 };
        const reading = j > i + 2 ? objectAfter(tokens, cue, c, casing) : null;
        if (reading) found.push({ cue, reading: { ...reading, kind: 'aside' } });
        break;
      }
      if (t.kind === 'punct' || c.determiners.has(t.norm) || c.individuals.determiners.has(t.norm)) break;
    }
  }
  return found;
}

/**
 * "Judge Rosa Ibarra's murder", "ROSA IBARRA'S DEATH WAS…": a name owning a toll noun is its
 * victim. The noun must end its phrase ("Valle Oscuro's murder rate" is no one's death) and the pack
 * must have a possessive ending (Spanish says "el asesinato de", an object reading).
 */
function possessiveReadings(tokens: readonly Token[], c: CompiledPack, casing: Casing): Found[] {
  const endings = c.pack.individuals.possessives.map(fold);
  if (endings.length === 0) return [];
  const heads = tollHeads(c);
  const found: Found[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = heads.get(tokens[i]!.norm);
    const owner = tokens[i - 1]!;
    const ending = head && endings.find((e) => owner.norm.endsWith(e) && owner.norm.length > e.length);
    if (!head || !ending) continue;
    const next = tokens[i + 1];
    const ends = !next || next.kind === 'punct' || [c.individuals.passives, c.individuals.locatives, c.individuals.relatives, c.connectives.coordinators].some((set) => set.has(next.norm));
    if (!ends || next?.norm === head.joiner) continue;
    const bare = { ...owner, text: owner.text.slice(0, -ending.length), norm: owner.norm.slice(0, -ending.length) };
    const upTo = [...tokens.slice(0, i - 1), bare];
    const start = nameEndingAt(upTo, i - 1, c, casing);
    // "a man's body was found", "the victim's death": a person noun owning the toll noun is one unnamed person.
    if (start < 0 && c.individuals.nouns.has(bare.norm)) {
      found.push({ cue: { rule: head.rule, start: i, end: i + 1 }, reading: { kind: 'possessive', start: i - 1, end: i, noun: i - 1, entity: 'anon' } });
      continue;
    }
    // "a rise in Puerto Lobos's murders": in mixed case a capital after a locative is a place ("the
    // case of Judge Rosa Ibarra's murder" is a person: "of" joins, it does not locate).
    const before = tokens[start - 1]?.norm ?? '';
    if (start < 0 || (casing !== 'caps' && before !== head.joiner && c.individuals.locatives.has(before))) continue;
    found.push({ cue: { rule: head.rule, start: i, end: i + 1 }, reading: { kind: 'possessive', start, end: i, noun: null, entity: `name:${bare.norm}` } });
  }
  return found;
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
    if (cue.rule.objectOnly) {
      // Only a person marked as one (a possessive, an article, a pronoun, a name), never a bare noun:
      // "shooting suspect" is who shot.
      // "after the shooting Ana Ruiz knocked…": after an article the gerund is the event's noun.
      const before = tokens[cue.start - 1];
      const noun = before && (c.determiners.has(before.norm) || c.individuals.determiners.has(before.norm) || c.indefinites.longestAt(tokens, cue.start - 1));
      const at = tokens[cue.end]?.norm === 'a' && c.pack.lang === 'es' ? cue.end + 1 : cue.end; // personal "a"
      const t = tokens[at];
      const marked = !noun && t && (c.individuals.determiners.has(t.norm) || c.individuals.objectPronouns.has(t.norm) || c.indefinites.longestAt(tokens, at) || isName(t, c, casing));
      const object = marked ? objectAfter(tokens, cue, c, casing) : null;
      if (object) found.push(...count(cue, object));
      continue;
    }
    const first =
      (cue.rule.position !== 'before' ? subjectBefore(tokens, cue, c, casing) : null) ??
      (cue.rule.position !== 'after' && !cue.rule.intransitive ? objectAfter(tokens, cue, c, casing) : null) ??
      unresolved(tokens, cue, c);
    if (!first) continue;
    for (const reading of [first, ...coordinatedNames(tokens, first, c, casing), ...coordinatedObjects(tokens, first, cue, c, casing)]) found.push(...count(cue, reading));
  }
  for (const { cue, reading } of [...asideReadings(tokens, c, casing), ...possessiveReadings(tokens, c, casing)]) {
    if (!used.has(cue.start)) found.push(...count(cue, reading));
  }
  for (const { cue, reading } of namedWithGroup(tokens, links, c, casing)) found.push(...count(cue, reading));
  return found;

  function count(cue: Cue, reading: Reading): IndividualLink[] {
    if (taken.has(reading.start)) return [];
    {
      const rule = c.pack.individuals.rules.find((r) => r.kind === reading.kind);
      if (!rule) return [];
      for (let j = reading.start; j < reading.end; j++) taken.add(j);
      const mention: Mention = { low: 1, high: 1, approximate: false, start: reading.start, end: reading.end, numStart: reading.start, numEnd: reading.end, kind: 'individual', ruleIds: [rule.id] };
      const subject = reading.noun === null ? null : c.subjects.longestAt(tokens, reading.noun);
      return [{
        mention,
        cue,
        how: 'individual',
        parent: null,
        subject: subject && reading.noun !== null ? { rule: subject.value.rule, start: reading.noun, end: subject.end } : null,
        group: { start: reading.start, end: reading.end },
        ruleIds: [cue.rule.id],
        entity: reading.entity,
      }];
    }
  }
}
