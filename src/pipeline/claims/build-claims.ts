/**
 * One sentence's claims: quantities linked to their measure cues, with subject, group, claimant,
 * modality and event hints, and the spans and rule ids that produced each of them.
 */
import type { Claim } from '../../domain/claim.js';
import type { Span } from '../../domain/span.js';
import type { Token } from '../segment/tokenize.js';
import { findDate, findPlace, isAllCaps, type Hints } from '../hints/find-event-hints.js';
import type { CompiledPack } from './compile-pack.js';
import { findAttributions, type Attribution } from './find-attributions.js';
import { findModality, modalityIn } from './find-modality.js';
import { findQuantities } from './find-quantities.js';
import { HIT_RULE_ID } from '../figures/compute-figures.js';
import { findCues, type Cue } from './find-cues.js';
import { findIndividuals, type IndividualLink } from './find-individuals.js';
import { linkCues, type Link } from './link-cues.js';
import { readPriorGroups, type PriorGroup, type PriorGroupLink } from './read-group-anaphor.js';
import { hasTollNoun } from './read-toll-nouns.js';
import { householdLabel } from './read-household-label.js';
import { apartByArticle, indefiniteEntity } from './tell-people-apart.js';
import { recognizeNumberWords } from './recognize-number-words.js';

/** A claim before document-level indexing: `parent` indexes the same sentence's claims. */
export type SentenceClaim = {
  claim: Omit<Claim, 'partOf'>;
  parent: number | null;
  /** Claims counted under one cue share a statement; their figures add up. */
  statement: string;
  /** The person a count-of-one refers to (`name:ruiz`, `anon`, `new:…`), null for a number. */
  entity: string | null;
  /** The sentence puts the figure on another event or period (a scope rule or an earlier year). */
  elsewhere: boolean;
};

export type SentenceContext = {
  documentHints: Hints;
  fallbackYear: number | null;
  documentYear: number | null;
  allCaps: boolean;
  /** The group the sentence right before ended with, when only whitespace lies between them (`lastGroup`). */
  previous?: PriorGroup | null;
};

/**
 * The group a sentence ends with, for the next sentence to speak of ("… They died."): its last claim,
 * when that counts two or more people as a number, not people one at a time or a part of a total.
 */
export function lastGroup(found: readonly SentenceClaim[]): PriorGroup | null {
  const last = found.at(-1);
  if (!last || last.entity !== null || last.parent !== null || last.elsewhere || last.claim.modality !== 'asserted') return null;
  return (last.claim.low ?? 0) >= 2 ? last.claim : null;
}

/**
 * True when the clause [from, to) is about another period: a scope cue, or a year before the
 * document's. "El año pasado murieron 40; esta vez murieron 12": only the first clause is.
 */
function aboutElsewhere(tokens: readonly Token[], from: number, to: number, c: CompiledPack, documentYear: number | null): boolean {
  for (let i = from; i < to; i++) {
    if (c.scope.longestAt(tokens, i)) return true;
    const t = tokens[i]!;
    if (t.kind !== 'number' || !/^(19|20)\d\d$/.test(t.text)) continue;
    if (documentYear !== null && Number(t.text) < documentYear) return true;
    // With no year of its own, the document still sets apart "the 2019 massacre", "la masacre de 2019".
    const framedAfter = c.framing.longestAt(tokens, i + 1) !== null;
    const framedBefore = (c.connectives.nameJoiners.has(tokens[i - 1]?.norm ?? '') || c.connectives.placePrepositions.has(tokens[i - 1]?.norm ?? '')) && [2, 3].some((k) => c.framing.longestAt(tokens, i - k)?.end === i - 1);
    if (documentYear === null && (framedAfter || framedBefore)) return true;
  }
  return false;
}

const spanOf = (tokens: readonly Token[], start: number, end: number): Span => ({ start: tokens[start]!.start, end: tokens[end - 1]!.end });

function nearest(attributions: readonly Attribution[], at: number): Attribution | null {
  let best: Attribution | null = null;
  let bestDistance = Infinity;
  for (const a of attributions) {
    const d = at < a.start ? a.start - at : at >= a.end ? at - a.end : 0;
    if (d < bestDistance) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

export function buildSentenceClaims(text: string, sentence: Span, tokens: readonly Token[], c: CompiledPack, ctx: SentenceContext): SentenceClaim[] {
  const cues = findCues(tokens, c);
  // "Ana Ruiz's murder" names a victim with no cue of its own (see findIndividuals).
  if (cues.length === 0 && !hasTollNoun(tokens, c)) return [];
  const quote = text.slice(sentence.start, sentence.end);
  // Object-only cues ("the shooting") are common and never count a number: with nothing else in the
  // sentence, skip reading numbers.
  const counting = cues.some((q) => !q.rule.objectOnly) || hasTollNoun(tokens, c);
  const words = counting ? recognizeNumberWords(quote, sentence.start, tokens, c) : [];
  const { mentions, described } = counting ? findQuantities(tokens, words, c) : { mentions: [], described: new Set<number>() };
  const numbered = counting ? linkCues(tokens, mentions, described, c) : [];
  const individuals = [...findIndividuals(tokens, numbered, cues, c, ctx.allCaps ? 'caps' : 'mixed', mentions), ...ownCounts(cues, numbered)];
  if (ctx.previous) individuals.push(...readPriorGroups(tokens, cues, [...numbered, ...individuals], ctx.previous, c));
  const links = inTextOrder(numbered, individuals).filter(
    (link) => !negated(tokens, link, c),
  );
  if (links.length === 0) return [];

  // "according to a witness", "según un testigo": an article no cue counts opens a claimant, not a figure.
  const linked = new Set(links.map((l) => l.mention.start));
  const inMention = new Set<number>();
  for (const m of mentions) if (m.kind !== 'indefinite' || linked.has(m.start)) for (let j = m.start; j < m.end; j++) inMention.add(j);
  const cueStarts = new Set<number>();
  for (const q of cues) for (let j = q.start; j < q.end; j++) cueStarts.add(j);
  const attributions = findAttributions(quote, tokens, c, (j) => inMention.has(j) || cueStarts.has(j));
  const marks = findModality(tokens, c);
  const clauseBreaks: number[] = [];
  tokens.forEach((t, i) => {
    if (t.text === ';' || t.text === ':' || (t.text === ',' && c.clauseOpeners.longestAt(tokens, i + 1)) || (c.placeRelatives.has(t.norm) && i > 0)) clauseBreaks.push(i);
  });
  const hints: Hints = {
    date: findDate(tokens, c, ctx.fallbackYear) ?? ctx.documentHints.date,
    place: findPlace(tokens, c, ctx.allCaps) ?? ctx.documentHints.place,
  };

  // "One man died and another was wounded": "another" sets a person apart from the one before it,
  // so that one is a person counted one at a time too, not a toll of one.
  const another = (l: Link) => [tokens[l.mention.start - 1], tokens[l.mention.start]].some((t) => t && c.individuals.another.has(t.norm));
  const firstOfTwo = (l: Link) => l.mention.kind !== 'indefinite' && l.mention.kind !== 'individual' && l.mention.low === 1 && l.mention.high === 1 && !another(l)
    && links.some((o) => o !== l && o.mention.start > l.mention.end && o.cue !== l.cue && another(o));
  // "one of the dead was a guard": the member and what the sentence says it was are one person.
  const memberCues = new Set(links.filter((l) => isMemberLink(tokens, l, c)).map((l) => l.cue));
  // "the mayor was killed, along with two bodyguards": the person is one more of the group counted.
  const joinedCues = new Set(links.filter((l) => l.joined).map((l) => l.cue.start));
  const found = links.map((link, k) => {
    const m = link.mention;
    // A group named in the sentence before: the claim quotes both sentences, so its number lies in its quote.
    const prior = 'prior' in link ? (link as PriorGroupLink).prior : null;
    const span: Span = prior ? { start: prior.evidence.sentence.start, end: sentence.end } : sentence;
    const prevEnd = k > 0 ? Math.max(links[k - 1]!.mention.end, links[k - 1]!.cue.end) : 0;
    const claimEnd = Math.max(m.end, link.cue.end);
    const claimStart = Math.min(m.start, link.cue.start);
    const clauseStart = Math.max(0, ...clauseBreaks.filter((b) => b < claimStart).map((b) => b + 1));
    const clauseEnd = Math.min(tokens.length, ...clauseBreaks.filter((b) => b >= claimEnd));
    const elsewhere = aboutElsewhere(tokens, clauseStart, clauseEnd, c, ctx.documentYear);
    const mark = modalityIn(marks, prevEnd, claimEnd) ?? modalityIn(marks, 0, claimEnd);
    const attribution = nearest(attributions, m.start);
    const claimant = attribution?.claimant ?? null;
    const member = isMemberLink(tokens, link, c);
    const label = prior ? null : householdLabel(tokens, link, c);
    const ruleIds = [
      ...m.ruleIds,
      ...(member ? [member] : []),
      ...link.ruleIds,
      ...(link.subject ? [link.subject.rule.id] : []),
      ...(label ? [label] : []),
      ...(attribution ? [attribution.ruleId] : []),
      ...(mark ? [mark.ruleId] : []),
      // "five people were shot": a weak cue counts people hit, whatever became of them (figures rule 8).
      ...(link.cue.rule.weak && link.how !== 'individual' ? [HIT_RULE_ID] : []),
    ];
    // "a police officer was killed and another was wounded", "otros cinco": the elliptical group
    // is the same kind of people as the figure before it.
    // "… and a second was wounded": the ordinal may follow the article.
    const elliptical = !link.subject && k > 0 && [tokens[m.start - 1], tokens[m.start], tokens[m.start + 1]].some((t) => t && c.individuals.another.has(t.norm));
    const subject = prior ? prior.subject : link.subject?.rule.subject ?? (elliptical ? links[k - 1]!.subject?.rule.subject ?? null : null);
    // "2.310 familias" counts households, not people; a group read from elsewhere keeps its unit too.
    const unit = prior ? prior.unit : label ? 'households' : (link.subject ?? (elliptical ? links[k - 1]!.subject : null))?.rule.unit ?? 'people';
    const claim: Omit<Claim, 'partOf'> = {
      measure: link.cue.rule.measure,
      low: m.low,
      high: m.high,
      approximate: m.approximate,
      modality: mark?.modality ?? 'asserted',
      subject,
      unit,
      group: prior ? prior.group : link.group ? text.slice(tokens[link.group.start]!.start, tokens[link.group.end - 1]!.end) : null,
      claimant,
      quote: prior ? text.slice(span.start, span.end) : quote,
      start: span.start,
      end: span.end,
      date: hints.date,
      place: hints.place,
      evidence: {
        sentence: span,
        number: prior ? prior.evidence.number : spanOf(tokens, m.start, m.end),
        cue: spanOf(tokens, link.cue.start, link.cue.end),
        claimant: attribution && claimant !== null ? spanOf(tokens, attribution.start, attribution.end) : null,
      },
      ruleIds: [...new Set(ruleIds)],
    };
    // Alternatives compete with the figure they restate; coordinated groups add up under one cue.
    const statement = link.how === 'alternative' ? `${sentence.start}:alt:${m.start}` : `${sentence.start}:${link.cue.start}`;
    const entity = 'entity' in link ? (joinedCues.has(link.cue.start) ? null : (link as IndividualLink).entity) : member || memberCues.has(link.cue) || firstOfTwo(link) ? 'anon' : m.kind === 'indefinite' && m.high !== null ? indefiniteEntity(tokens, link, links, c) : null;
    return { claim, parent: link.parent, statement, entity, elsewhere };
  });
  return apartByArticle(found, links, tokens, c);
}

/** "he is one of the dead", "uno de los muertos": one person picked out of the dead, not a toll of one. */
function isMemberLink(tokens: readonly Token[], link: Link, c: CompiledPack): string | null {
  const m = link.mention;
  if (link.how !== 'forward' || m.low !== 1 || m.high !== 1) return null;
  const member = c.members.longestAt(tokens, m.end);
  return member !== null && member.end === link.cue.start ? member.value.id : null;
}

/**
 * "No one was hurt", "two officers were not injured", "nadie resultó herido": a negation between
 * the start of the figure and its cue (or just before the figure) means no toll is stated.
 */
function negated(tokens: readonly Token[], link: Link, c: CompiledPack): boolean {
  const m = link.mention;
  // A cue whose subject could not be read ("None of the hostages was injured"): the whole clause
  // before it may carry the negation.
  if (link.how === 'individual' && m.start === link.cue.start) {
    for (let j = lastBreakBefore(tokens, link.cue.start); j < link.cue.start; j++) if (c.negativeSubjects.longestAt(tokens, j)) return true;
  }
  const from = Math.max(0, Math.min(m.start, link.cue.start) - 1);
  const to = Math.max(m.end, link.cue.start);
  for (let j = from; j < to; j++) {
    // Hedges ("no fewer than") and cues ("sin vida") may contain a negation word of their own.
    if ((j >= m.start && j < m.numStart) || (j >= link.cue.start && j < link.cue.end)) continue;
    // "10 people [not identified] were injured": a negation inside an aside is about the aside.
    const closing = tokens[j]!.text === '(' ? ')' : tokens[j]!.text === '[' ? ']' : null;
    if (closing) {
      const close = tokens.findIndex((x, k) => k > j && k < to && x.text === closing);
      if (close > 0) j = close;
      continue;
    }
    if (c.negations.has(tokens[j]!.norm)) return true;
  }
  return false;
}

function lastBreakBefore(tokens: readonly Token[], j: number): number {
  for (let k = j - 1; k >= 0; k--) if ([',', ';', ':', '.'].includes(tokens[k]!.text)) return k + 1;
  return 0;
}

/** "a double homicide": a cue that states its own count, when no number is linked to it. */
function ownCounts(cues: readonly Cue[], numbered: readonly Link[]): IndividualLink[] {
  const used = new Set(numbered.map((l) => l.cue.start));
  return cues.flatMap((cue) => {
    if (cue.rule.count === null || used.has(cue.start)) return [];
    const n = cue.rule.count;
    const mention = { low: n, high: n, approximate: false, start: cue.start, end: cue.end, numStart: cue.start, numEnd: cue.end, kind: 'words' as const, ruleIds: [] };
    return [{ mention, cue, how: 'forward' as const, parent: null, subject: null, group: null, ruleIds: [cue.rule.id], entity: null }];
  });
}

/** Merges individual readings into the numbered links in text order, keeping parent indices right. */
function inTextOrder(numbered: readonly Link[], individuals: readonly IndividualLink[]): Link[] {
  if (individuals.length === 0) return [...numbered];
  const all = [...numbered, ...individuals].sort((a, b) => a.mention.start - b.mention.start);
  const position = new Map(all.map((l, i) => [l, i]));
  return all.map((l) => (l.parent === null ? l : { ...l, parent: position.get(numbered[l.parent]!) ?? null }));
}

export { isAllCaps };
