/** The group a linked number counts, as written: "Palestinian civilians", "campesinos". */
import type { Mention } from './find-quantities.js';
import type { LinkContext } from './link-context.js';
import type { Link } from './link-cues.js';

/** The first person-noun phrase after a number: its subject rule and the group as written. */
export function readGroup(ctx: LinkContext, m: Mention, limit: number): Pick<Link, 'subject' | 'group'> {
  const { tokens, c } = ctx;
  let groupStart = -1;
  for (let j = m.end; j < Math.min(limit, m.end + 6); j++) {
    const t = tokens[j]!;
    if (ctx.described.has(j)) continue;
    const person = c.subjects.longestAt(tokens, j);
    if (person) {
      const start = groupStart >= 0 ? groupStart : j;
      return { subject: { rule: person.value.rule, start: j, end: person.end }, group: { start, end: person.end } };
    }
    if (t.kind !== 'word' || ctx.cueAt.has(j) || ctx.mentionAt.has(j)) break;
    if (c.fillers.has(t.norm) || c.determiners.has(t.norm)) {
      if (groupStart >= 0) break;
      continue;
    }
    if (groupStart < 0) groupStart = j;
  }
  // "212 el número de soldados muertos": a person noun further on, before the cue, names the group.
  for (let j = m.end; j < Math.min(limit, m.end + 8); j++) {
    const person = c.subjects.longestAt(tokens, j);
    if (person) return { subject: { rule: person.value.rule, start: j, end: person.end }, group: { start: j, end: person.end } };
    if (tokens[j]!.kind === 'punct' || ctx.mentionAt.has(j)) break;
  }
  return { subject: null, group: null };
}
