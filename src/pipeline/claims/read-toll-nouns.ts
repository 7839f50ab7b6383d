/**
 * Readings that need no cue of their own, around a toll noun that names one person ("murder of",
 * "asesinato de"): the person after an aside that splits the noun from its "of", and a name that
 * owns the noun ("Ana Ruiz's murder").
 */
import type { MeasureRule } from '../../language-packs/schema.js';
import { fold, type Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Cue } from './find-cues.js';
import { nameEndingAt, type Casing } from './is-name.js';
import { objectAfter, type CueReading } from './read-cue-individuals.js';

/** Aside readings first, then possessive ones, each in text order. */
export function readTollNouns(tokens: readonly Token[], c: CompiledPack, casing: Casing): CueReading[] {
  return [...asideReadings(tokens, c, casing), ...possessiveReadings(tokens, c, casing)];
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

/** True when a sentence holds a toll noun ("murder", "asesinato") that may name a victim without a cue. */
export function hasTollNoun(tokens: readonly Token[], c: CompiledPack): boolean {
  const heads = tollHeads(c);
  return tokens.some((t) => heads.has(t.norm));
}

/**
 * "the assassination in Puerto Lobos of Tomas Ugarte", "el asesinato en Lima de Ana Ruiz": a short
 * place or date aside splits a toll cue from its "of", so no cue was found; the person after it is
 * read as the cue's object. An article in the aside ("the murder in the home of his neighbour")
 * makes the "of" belong to the aside, not to the cue.
 */
function asideReadings(tokens: readonly Token[], c: CompiledPack, casing: Casing): CueReading[] {
  const heads = tollHeads(c);
  const found: CueReading[] = [];
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
function possessiveReadings(tokens: readonly Token[], c: CompiledPack, casing: Casing): CueReading[] {
  const endings = c.pack.individuals.possessives.map(fold);
  if (endings.length === 0) return [];
  const heads = tollHeads(c);
  const found: CueReading[] = [];
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
