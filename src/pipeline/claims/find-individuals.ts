/**
 * Counts one person where a cue has no number: the subject or the object of the cue
 * (read-cue-individuals.ts). Each reading has its own pack rule. `entity` lets the document figure
 * count a person mentioned twice only once: names by surname, anonymous references as one person
 * unless introduced by "another".
 * Three readings need no cue of their own: a toll noun split from its "of" by an aside ("the
 * assassination in Lima of …") and a possessive name ("Ana Ruiz's murder"), both in
 * read-toll-nouns.ts, and a name joined to a counted group ("Ana Ruiz and seven other people were
 * killed", added to the group).
 * A cue that speaks again of a numbered group ("two men were shot and later died") counts the group,
 * not one person: read-group-anaphor.ts.
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Cue } from './find-cues.js';
import type { Mention } from './find-quantities.js';
import { isName, isTitleCase, nameEndingAt, type Casing } from './is-name.js';
import type { Link } from './link-cues.js';
import { afterPlaceWord, objectAfter, readCueIndividuals, type CueReading, type Reading } from './read-cue-individuals.js';
import { readGroupAnaphor } from './read-group-anaphor.js';
import { readTollNouns } from './read-toll-nouns.js';

export type IndividualLink = Link & { entity: string | null };

/** `mentions`: the sentence's numbers, of which one left without a cue may be counted by a later "they died". */
export function findIndividuals(tokens: readonly Token[], links: readonly Link[], cues: readonly Cue[], c: CompiledPack, textCasing: Casing, mentions: readonly Mention[] = []): IndividualLink[] {
  const used = new Set(links.filter((l) => !l.joined).map((l) => l.cue.start));
  const taken = new Set<number>();
  for (const l of links) for (let j = l.mention.start; j < l.mention.end; j++) taken.add(j);
  const found: IndividualLink[] = [];
  // "Rosa Ibarra and Luis Gil were killed in Valle Hondo": names can outnumber the other words of a
  // sentence, but a headline capitalises its cue too ("Two Killed In Valle Hondo").
  const lowerCue = cues.some((q) => /^\p{Ll}/u.test(tokens[q.start]!.text));
  const casing: Casing = textCasing === 'mixed' && !lowerCue && isTitleCase(tokens) ? 'title' : textCasing;
  for (const cue of cues) {
    if (used.has(cue.start)) continue;
    // Among toll cues only "the murder of", "la muerte de" and the like name one person after them.
    if (cue.rule.kind === 'toll' && !cue.rule.namesOne) continue;
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
    const group = readGroupAnaphor(tokens, cue, { links, mentions, cues }, c);
    if (group) {
      found.push(group);
      continue;
    }
    for (const reading of readCueIndividuals(tokens, cue, c, casing)) found.push(...count(cue, reading));
  }
  for (const { cue, reading } of readTollNouns(tokens, c, casing)) {
    if (!used.has(cue.start)) found.push(...count(cue, reading));
  }
  for (const { cue, reading } of namedWithGroup(tokens, links, c, casing)) found.push(...count(cue, reading));
  for (const { cue, reading, parent } of namedInTotal(tokens, links, c, casing)) found.push(...count(cue, reading).map((l) => ({ ...l, parent })));
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

/** How many tokens may stand between a subgroup marker and the name: "including the well-known union leader". */
const TITLE_REACH = 6;

/**
 * "Nine people were killed, including union leader Rosa Ibarra", "murieron nueve personas, entre
 * ellas la dirigente Rosa Ibarra": a name (after its title) that ends the subgroup is one person of
 * the total before the marker, counted under its cue as part of it. Names listed with "and" too.
 */
function namedInTotal(tokens: readonly Token[], links: readonly Link[], c: CompiledPack, casing: Casing): (CueReading & { parent: number })[] {
  const found: (CueReading & { parent: number })[] = [];
  const nameEnd = (j: number) => {
    let end = j;
    while (isName(tokens[end], c, casing) && end < j + 4) end++;
    return end;
  };
  const totals = links.filter((l) => l.mention.kind !== 'individual' && l.parent === null);
  if (totals.length === 0) return found;
  for (let i = Math.min(...totals.map((l) => Math.max(l.mention.end, l.cue.end))); i < tokens.length; i++) {
    // The subgroup is set off by a comma: ", including union leader …", ", entre ellas …".
    if (tokens[i - 1]!.text !== ',') continue;
    const marker = c.subgroups.longestAt(tokens, i);
    if (!marker) continue;
    // The total: the last numbered link that ends before the marker.
    let parent = -1;
    links.forEach((l, n) => {
      if (l.mention.kind !== 'individual' && l.parent === null && Math.max(l.mention.end, l.cue.end) <= i) parent = n;
    });
    if (parent < 0) continue;
    // The name must end the subgroup: "including Valle Hondo residents" names no one.
    const ends = (k: number) => !tokens[k] || (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') || c.connectives.coordinators.has(tokens[k]!.norm);
    // "vecinos DE Valle Hondo": capitals after a locative are a place.
    const person = (k: number) => isName(tokens[k], c, casing) && !afterPlaceWord(tokens, k, c) && ends(nameEnd(k));
    let j = marker.end;
    while (j < tokens.length && j < marker.end + TITLE_REACH && !person(j)) {
      if (tokens[j]!.kind === 'number' || (tokens[j]!.kind === 'punct' && tokens[j]!.text !== '-')) break;
      j++;
    }
    while (person(j)) {
      const end = nameEnd(j);
      found.push({ cue: links[parent]!.cue, reading: { kind: 'included', start: j, end, noun: null, entity: null }, parent });
      const next = tokens[end];
      if (!next || next.text === '.' || !c.connectives.coordinators.has(next.norm)) break;
      j = end + 1;
    }
  }
  return found;
}

/**
 * "Rosa Ibarra and seven other people were killed", "la dirigente Rosa Ibarra y otras siete
 * personas murieron": a name joined to a counted group is one more person under the same cue,
 * so the figure adds them (8), as it adds "two officers and a civilian".
 */
function namedWithGroup(tokens: readonly Token[], links: readonly Link[], c: CompiledPack, casing: Casing): CueReading[] {
  const found: CueReading[] = [];
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
    if (start < 0 || afterPlaceWord(tokens, start, c) || c.determiners.has(before) || c.individuals.determiners.has(before)) continue;
    // "SIX CATHOLIC PRIESTS AND TWO WOMEN": capitals right after a number are the group it counts.
    if (links.some((l) => l.mention.end === start)) continue;
    found.push({ cue: link.cue, reading: { kind: 'with-group', start, end: end + 1, noun: null, entity: null } });
  }
  return found;
}
