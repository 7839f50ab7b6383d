/**
 * The person a cue with no number speaks of: the subject of a passive or intransitive cue ("the
 * victim died", "Tomas Ugarte was found dead", "he died", headline "Man shot dead"), else the object
 * of an active one ("killing officer Luis Gil", "asesinó a su esposa"), else one person left unsaid
 * ("Shot at a party, she later died"); then the people listed with them.
 */
import type { IndividualRule } from '../../language-packs/schema.js';
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Cue } from './find-cues.js';
import { isName, nameEndingAt, type Casing } from './is-name.js';

/** `entity` null: the person is added to a group counted under the same cue, not counted apart. */
export type Reading = { kind: IndividualRule['kind']; start: number; end: number; noun: number | null; entity: string | null };

/** A reading with the cue it is counted under. */
export type CueReading = { cue: Cue; reading: Reading };

/** The first person a cue speaks of, then those coordinated with them ("killed his wife and her sister"). */
export function readCueIndividuals(tokens: readonly Token[], cue: Cue, c: CompiledPack, casing: Casing): Reading[] {
  const first =
    (cue.rule.position !== 'before' ? subjectBefore(tokens, cue, c, casing) : null) ??
    (cue.rule.position !== 'after' && !cue.rule.intransitive ? objectAfter(tokens, cue, c, casing) : null) ??
    unresolved(tokens, cue, c);
  if (!first) return [];
  const objects = coordinatedObjects(tokens, first, cue, c, casing);
  return [...objects.slice(0, 1), ...coordinatedNames(tokens, first, c, casing), ...objects.slice(1)];
}

/**
 * The entity of a person set apart by `word` ("another", "a second"): a new person, the same one
 * wherever the same ordinal names them ("a second was wounded … the second victim").
 */
export function freshEntity(word: Token, at: number, c: CompiledPack): string {
  const ordinal = c.individuals.ordinals.get(word.norm);
  return ordinal === undefined ? `new:${at}` : `new:ordinal-${ordinal}`;
}

/** Capitals after a locative or a place noun name a place: "found dead IN Lansing", "la CALLE Mora". */
export function afterPlaceWord(tokens: readonly Token[], start: number, c: CompiledPack): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  return c.individuals.locatives.has(before) || c.individuals.placeNouns.has(before);
}

/** A definite or bare singular noun phrase ending with the noun at `noun`. */
function nounPhrase(tokens: readonly Token[], noun: number, c: CompiledPack): Reading | null {
  let j = noun - 1;
  let steps = 0;
  let another: Token | null = null;
  const entity = () => (another ? freshEntity(another, noun, c) : 'anon');
  while (j >= 0 && steps < 8) {
    const t = tokens[j]!;
    if (c.individuals.determiners.has(t.norm)) return { kind: 'definite', start: j, end: noun + 1, noun, entity: entity() };
    if (c.individuals.another.has(t.norm)) another = t;
    else if (c.indefinites.longestAt(tokens, j)) {
      // "a 30-year-old man, identified as …, was killed": the article's own count found no cue.
      return { kind: 'definite', start: j, end: noun + 1, noun, entity: c.individuals.another.has(t.norm) ? freshEntity(t, noun, c) : entity() };
    }
    if (t.kind === 'punct' && t.text !== '-') break;
    // An object-only cue ("the SHOOTING suspect") is a modifier inside the phrase.
    if (t.kind === 'word' && (c.measures.longestAt(tokens, j)?.value.objectOnly === false || c.fillers.has(t.norm))) break;
    j--;
    steps++;
  }
  return j < 0 || (steps === 0 && j === -1) ? { kind: 'bare', start: 0, end: noun + 1, noun, entity: entity() } : null;
}

function subjectBefore(tokens: readonly Token[], cue: Cue, c: CompiledPack, casing: Casing): Reading | null {
  let j = cue.start - 1;
  // "Rosa Ibarra y Ana Lindo fueron asesinadas": the auxiliary may be the cue's own first word.
  let passive = c.individuals.passives.has(tokens[cue.start]!.norm);
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
  // "a second was wounded", "un segundo resultó herido": an ordinal standing for its noun.
  if (c.individuals.ordinals.has(head.norm) && end === j) {
    const article = tokens[end - 1];
    const opened = !article || c.indefinites.longestAt(tokens, end - 1) !== null || c.individuals.determiners.has(article.norm) || c.determiners.has(article.norm);
    if (opened) return { kind: 'elliptical', start: article ? end - 1 : end, end: end + 1, noun: null, entity: freshEntity(head, end, c) };
  }
  if (c.individuals.nouns.has(head.norm)) return nounPhrase(tokens, end, c);
  {
    const start = nameEndingAt(tokens, end, c, casing);
    // "found dead in Puerto Lobos": a capitalised word after a locative is a place, not a person.
    if (start >= 0 && afterPlaceWord(tokens, start, c)) return null;
    if (start >= 0) return { kind: 'name', start, end: end + 1, noun: null, entity: `name:${head.norm}` };
  }
  return null;
}

/** `article`: an indefinite article may open the object (not in a list after a comma: "…, a neighbour called"). */
export function objectAfter(tokens: readonly Token[], cue: Cue, c: CompiledPack, casing: Casing, article = true): Reading | null {
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
    if (clause && c.individuals.another.has(t.norm)) entity = freshEntity(t, cue.start, c);
    if (!(c.individuals.passives.has(t.norm) || c.individuals.between.has(t.norm))) clause = false;
  }
  return { kind: 'unresolved', start: cue.start, end: cue.end, noun: null, entity };
}

/**
 * "asesinaron a su esposa y a su hijo", "killed his wife and her sister": the first object, then
 * those listed after it. A name after a comma that follows an unnamed person ("killing his
 * neighbor, Rosa Ibarra, and her son") is that person's name, not one more person.
 */
function coordinatedObjects(tokens: readonly Token[], first: Reading, cue: Cue, c: CompiledPack, casing: Casing): Reading[] {
  if (first.kind !== 'object') return [first];
  const more: Reading[] = [first];
  let previous = first;
  for (let k = previous.end; more.length < 11; k = previous.end) {
    // "killed Ana Ruiz, 34, and Luis Gil": step over an age between commas.
    if (tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'number' && tokens[k + 2]?.text === ',') k += 2;
    if (!c.connectives.coordinators.has(tokens[k]?.norm ?? '')) break;
    // ", and her sister": a conjunction after the comma.
    if (tokens[k]!.text === ',' && c.connectives.coordinators.has(tokens[k + 1]?.norm ?? '') && tokens[k + 1]!.kind === 'word') k++;
    const next = objectAfter(tokens, { ...cue, end: k + 1 }, c, casing, false);
    if (!next) break;
    const apposition = tokens[k]!.text === ',' && k === previous.end && previous.noun !== null && !previous.entity?.startsWith('name:') && next.noun === null && next.entity?.startsWith('name:');
    if (apposition) {
      previous = { ...previous, end: next.end, entity: next.entity };
      more[more.length - 1] = previous;
      continue;
    }
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
    // "died on Calle Mora and Rosa Ibarra was hurt": capitals after a locative are a place.
    if (start < 0 || afterPlaceWord(tokens, start, c)) break;
    more.push({ kind: 'name', start, end: end + 1, noun: null, entity: `name:${tokens[end]!.norm}` });
    j = start - 1;
  }
  return more;
}
