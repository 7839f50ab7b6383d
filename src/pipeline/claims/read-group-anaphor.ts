/**
 * A numbered group that a later cue of the same sentence speaks of again: "Two men were shot in
 * Puerto Lobos and later died", "three brothers were taken to the hospital, where they died",
 * "dos hermanos fueron baleados y murieron". The second outcome applies to the group's number, not
 * to one person left unsaid: the claim carries the group's number and its span.
 */
import type { Claim } from '../../domain/claim.js';
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from './compile-pack.js';
import type { Cue } from './find-cues.js';
import type { IndividualLink } from './find-individuals.js';
import type { Mention } from './find-quantities.js';
import type { Link } from './link-cues.js';

/** The sentence's numbered links, all its numbers (linked or not), and its cues. */
export type Groups = { links: readonly Link[]; mentions: readonly Mention[]; cues: readonly Cue[] };

/** A group as the anaphor sees it: its number and people, and the cue it was counted under, if any. */
type Group = Pick<Link, 'mention' | 'subject' | 'group'> & { cue: Cue | null };

/** What may happen to a group after the fact: "and later died", "y resultaron heridos". */
const OUTCOMES = new Set(['killed', 'injured']);

/**
 * The claim `cue` makes about an earlier group, or null. The cue's subject must be a plural pronoun
 * ("they", "ellos"), or left unsaid right after a conjunction ("and later died", "y murieron") or
 * after a place relative with a plural verb ("donde murieron"). The group is the sentence's last
 * number before it, two or more, with no cue between: linked to a cue of another measure, or with
 * no cue at all but followed by the people it counts ("three brothers").
 */
export function readGroupAnaphor(tokens: readonly Token[], cue: Cue, groups: Groups, c: CompiledPack): IndividualLink | null {
  const rule = c.pack.individuals.rules.find((r) => r.kind === 'group');
  if (!rule || !OUTCOMES.has(cue.rule.measure) || cue.rule.position === 'before' || cue.rule.kind === 'toll') return null;
  const ind = c.individuals;
  let j = cue.start - 1;
  // "resultaron heridos": the auxiliary may be the cue's own first word.
  let passive = ind.passives.has(tokens[cue.start]!.norm);
  // "and were LATER killed", "y POSTERIORMENTE murieron": adverbs and auxiliaries, not the conjunction.
  while (j >= 0 && !c.connectives.verbJoiners.has(tokens[j]!.norm) && (ind.between.has(tokens[j]!.norm) || ind.passives.has(tokens[j]!.norm))) {
    if (ind.passives.has(tokens[j]!.norm)) passive = true;
    j--;
  }
  const t = tokens[j];
  if (!t) return null;
  const pronoun = ind.plurals.has(t.norm) && c.pronouns.has(t.norm);
  const joined = c.connectives.verbJoiners.has(t.norm) && t.kind === 'word';
  // "donde murieron": a language that drops its subjects marks the plural on the verb alone.
  const unsaid = c.placeRelatives.has(t.norm) && ind.plurals.has(tokens[j + 1]?.norm ?? '');
  if (!pronoun && !joined && !unsaid) return null;
  const group = linkedGroupBefore(groups, j) ?? unlinkedGroupBefore(tokens, groups, j, c);
  if (!group || group.cue?.rule.measure === cue.rule.measure) return null;
  // "two gunmen robbed the bank and killed him": an active verb after the group counts its victims.
  const groupPassive = group.cue !== null && ind.passives.has(tokens[group.cue.start - 1]?.norm ?? '');
  if (!cue.rule.intransitive && !passive && !(joined && groupPassive)) return null;
  return {
    mention: { ...group.mention, ruleIds: [...group.mention.ruleIds, rule.id] },
    cue,
    how: 'individual',
    parent: null,
    subject: group.subject,
    group: group.group,
    ruleIds: [cue.rule.id],
    entity: null,
  };
}

const counted = (m: Mention) => (m.low ?? m.high ?? 0) >= 2;

/** The last numbered link whose cue and number end before token `j`, with no other cue between. */
function linkedGroupBefore({ links, cues }: Groups, j: number): Group | null {
  let best: Link | null = null;
  for (const l of links) {
    if (l.mention.kind === 'individual' || l.parent !== null || l.cue.end > j || l.mention.end > j) continue;
    if (!best || l.cue.end > best.cue.end || (l.cue.end === best.cue.end && l.mention.start > best.mention.start)) best = l;
  }
  if (!best || !counted(best.mention)) return null;
  const end = Math.max(best.cue.end, best.mention.end);
  return cues.some((q) => q.start >= end && q.end <= j) ? null : best;
}

/** "Three brothers were taken to the hospital, where they died": a number with no cue, then its people. */
function unlinkedGroupBefore(tokens: readonly Token[], { links, mentions, cues }: Groups, j: number, c: CompiledPack): Group | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.end <= j && counted(m) && (!best || m.start > best.start) && !links.some((l) => l.mention === m)) best = m;
  }
  if (!best) return null;
  const person = c.subjects.longestAt(tokens, best.end);
  const from = best.end;
  if (!person || cues.some((q) => q.start >= from && q.end <= j)) return null;
  return { mention: best, cue: null, subject: { rule: person.value.rule, start: from, end: person.end }, group: { start: from, end: person.end } };
}

/** The claim an earlier sentence ended with, as the next sentence's anaphor needs it. */
export type PriorGroup = Pick<Claim, 'measure' | 'low' | 'high' | 'approximate' | 'subject' | 'unit' | 'group' | 'evidence'>;

/** A link whose number was written in the sentence right before (see readPriorGroup). */
export type PriorGroupLink = IndividualLink & { prior: PriorGroup };

/**
 * "Two brothers were shot on Calle Mora. They died at the hospital.", "Dos hermanos fueron baleados.
 * Murieron en el hospital.": a sentence that opens on a plural pronoun, or on a plural verb with its
 * subject left unsaid, speaks of the group the sentence right before ended with (`before`, numbered
 * two or more, counted under another measure). The caller passes `before` only for adjacent sentences.
 */
function readPriorGroup(tokens: readonly Token[], cue: Cue, before: PriorGroup, c: CompiledPack): PriorGroupLink | null {
  const rule = c.pack.individuals.rules.find((r) => r.kind === 'group-before');
  if (!rule || !OUTCOMES.has(cue.rule.measure) || cue.rule.position === 'before' || cue.rule.kind === 'toll' || cue.rule.objectOnly) return null;
  if (before.measure === cue.rule.measure || (before.low ?? before.high ?? 0) < 2) return null;
  const ind = c.individuals;
  let passive = ind.passives.has(tokens[cue.start]!.norm);
  let j = cue.start - 1;
  // Adverbs and auxiliaries only: an article or a conjunction opening the sentence is not its subject.
  while (j >= 0 && !c.connectives.verbJoiners.has(tokens[j]!.norm) && !c.indefinites.longestAt(tokens, j) && (ind.between.has(tokens[j]!.norm) || ind.passives.has(tokens[j]!.norm))) {
    if (ind.passives.has(tokens[j]!.norm)) passive = true;
    j--;
  }
  const pronoun = j === 0 && ind.plurals.has(tokens[0]!.norm) && c.pronouns.has(tokens[0]!.norm);
  // "Murieron en el hospital": the plural is on the verb that opens the sentence.
  const unsaid = j === -1 && ind.plurals.has(tokens[0]!.norm) && !c.pronouns.has(tokens[0]!.norm);
  if (!pronoun && !unsaid) return null;
  // "They killed a guard": an active verb makes the group its agents, not its victims.
  if (!cue.rule.intransitive && !passive) return null;
  const at = pronoun ? 0 : cue.start;
  return {
    mention: { low: before.low, high: before.high, approximate: before.approximate, start: at, end: pronoun ? 1 : cue.end, numStart: at, numEnd: pronoun ? 1 : cue.end, kind: 'individual', ruleIds: [rule.id] },
    cue,
    how: 'individual',
    parent: null,
    subject: null,
    group: null,
    ruleIds: [cue.rule.id],
    entity: null,
    prior: before,
  };
}

/** Cues no link counts that speak of the group the sentence before ended with (readPriorGroup). */
export function readPriorGroups(tokens: readonly Token[], cues: readonly Cue[], links: readonly Link[], previous: PriorGroup, c: CompiledPack): PriorGroupLink[] {
  const used = new Set(links.map((l) => l.cue.start));
  // One group, one outcome: the first cue that reads it.
  for (const cue of cues) {
    const link = used.has(cue.start) ? null : readPriorGroup(tokens, cue, previous, c);
    if (link) return [link];
  }
  return [];
}
