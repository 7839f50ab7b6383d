/**
 * Which person a count of one is: the anonymous one already counted, or someone new. Kept apart from
 * claim building, which asks it once per claim.
 */
import type { Token } from '../segment/tokenize.js';
import type { SentenceClaim } from './build-claims.js';
import type { CompiledPack } from './compile-pack.js';
import type { Link } from './link-cues.js';
import { freshEntity } from './read-cue-individuals.js';

/** "a man" is the person already counted unless introduced as another one ("another man", "otro"). */
export function indefiniteEntity(tokens: readonly Token[], link: Link, links: readonly Link[], c: CompiledPack): string | null {
  // "Two officers and a civilian were killed": counted with others under one cue, "a civilian"
  // is a group of one to add, not a person who may be mentioned again.
  if (link.how === 'coordinated' || links.some((l) => l !== link && l.cue === link.cue)) return null;
  // "Another man was killed" adds a victim; "he killed another man" only sets the victim apart
  // from the killer.
  // "a second man", "una segunda persona": the ordinal may follow the article.
  const start = link.mention.start;
  const word = [tokens[start], tokens[start + 1]].find((t) => t && c.individuals.another.has(t.norm));
  return word && link.how === 'forward' ? freshEntity(word, tokens[start]!.start, c) : 'anon';
}

/**
 * "A man was killed and a woman was wounded", "un hombre murió y una mujer resultó herida": an
 * indefinite article brings in someone not yet spoken of, so a person of another kind (man, woman,
 * child) brought in that way under another cue of the same sentence is a second person, not the
 * anonymous one again. News copy repeats the same kind ("a call about a person shot … found a person
 * shot"), so the same kind, or a generic "person", stays one.
 */
export function apartByArticle(found: SentenceClaim[], links: readonly Link[], tokens: readonly Token[], c: CompiledPack): SentenceClaim[] {
  const first = new Map<string, Link['cue']>();
  return found.map((f, k) => {
    const link = links[k]!;
    const article = c.indefinites.longestAt(tokens, link.mention.start);
    const kind = f.claim.subject;
    if (f.entity !== 'anon' || kind === null || !article || article.value.bound !== null || c.individuals.another.has(tokens[link.mention.start]!.norm)) return f;
    const apart = [...first].some(([other, cue]) => other !== kind && cue !== link.cue);
    if (!first.has(kind)) first.set(kind, link.cue);
    return apart ? { ...f, entity: `new:${tokens[link.mention.start]!.start}` } : f;
  });
}
