/**
 * The place each section of a sectioned document is about. A digest or round-up reports several
 * events, one under each heading ("## San Telmo de Arriba, one month on"); a sentence there that names
 * no place is about its section's event, not the document's first one. A Markdown heading of level 2
 * to 6 starts a section; a document is sectioned when it has two such headings or more. A section's
 * place is the first one its heading and opening words name (as the document's comes from its title
 * and opening sentences), else the heading's dateline ("## San Telmo de Arriba, one month on": the
 * capitalised name before its first comma, colon or dash); a section that names none, and the text
 * before the first heading, keep the document's place.
 */
import type { CompiledPack } from '../claims/compile-pack.js';
import { tokenize, type Token } from '../segment/tokenize.js';
import { findPlace, placeName } from './find-event-hints.js';

/** How much of a section, from its heading on, may name its place: the heading and a sentence or two. */
const OPENING_CHARS = 400;

const HEADING = /^#{2,6}[ \t]+\S.*$/gm;

export type SectionPlaces = (offset: number) => string | null;

/** For an offset in `text`, the place of its section, or null (not sectioned, or the section names none). */
/** Where each section of a sectioned document starts (its heading's offset); empty when it has fewer than two. */
export function findSectionStarts(text: string): number[] {
  const starts = [...text.matchAll(HEADING)].map((m) => m.index);
  return starts.length < 2 ? [] : starts;
}

export function findSectionPlaces(text: string, c: CompiledPack, allCaps: boolean): SectionPlaces {
  const starts = findSectionStarts(text);
  if (starts.length === 0) return () => null;
  const places = starts.map((start, i) => {
    const end = Math.min(starts[i + 1] ?? text.length, start + OPENING_CHARS);
    return findPlace(tokenize(text, 0, start, end), c, allCaps) ?? dateline(text, start, c, allCaps);
  });
  return (offset) => {
    let section = -1;
    while (section + 1 < starts.length && starts[section + 1]! <= offset) section++;
    return section < 0 ? null : places[section]!;
  };
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const DATELINE_ENDS = new Set([':', ',', '—', '–', '-']);

/** The capitalised name a heading opens with, when a comma, colon or dash follows it; else null. */
function dateline(text: string, start: number, c: CompiledPack, allCaps: boolean): string | null {
  if (allCaps) return null;
  const lineEnd = text.indexOf('\n', start);
  const tokens = tokenize(text, 0, start, lineEnd < 0 ? text.length : lineEnd).filter((t) => t.text !== '#');
  let end = 0;
  while (end < tokens.length && isNamePart(tokens, end, c)) end++;
  while (end > 0 && !CAPITALISED.test(tokens[end - 1]!.text)) end--; // a name ends on a capitalised word
  if (end === 0 || !DATELINE_ENDS.has(tokens[end]?.text ?? '') || c.months.has(tokens[0]!.norm)) return null;
  return placeName(tokens.slice(0, end));
}

function isNamePart(tokens: readonly Token[], i: number, c: CompiledPack): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  return CAPITALISED.test(t.text) || (i > 0 && c.connectives.nameJoiners.has(t.norm));
}
