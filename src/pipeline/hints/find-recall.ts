/**
 * Whether a passage (a heading, a title, a lead sentence) opens by looking back on an earlier event:
 * "San Telmo de Arriba, one month on", "A month after the attack on San Telmo de Arriba, …",
 * "Hace un mes, …". Its figures then belong to the event it recalls, not to a new one on the day it
 * was written. The cue must open the passage (after a dateline or a heading's place name and comma):
 * "Nine police were killed, three days after a massacre nearby" reports a new event and only mentions
 * an old one. A passage that states a date of its own, or says the event happened again ("attacked it
 * again", "de nuevo"), reports a new event after all.
 */
import type { LanguagePack, RecallRule } from '../../language-packs/schema.js';
import type { Span } from '../../domain/span.js';
import { compilePack, type CompiledPack } from '../claims/compile-pack.js';
import { PhraseTrie } from '../claims/phrase-trie.js';
import { tokenize, type Token } from '../segment/tokenize.js';
import { findDate } from './find-event-hints.js';

export type Recall = {
  ruleId: string;
  /** How long before the passage's date the recalled event was; null when the cue does not say. */
  days: number | null;
  /** The text from the cue to the end of its clause ("a month after the attack on San Telmo de Arriba"). */
  clause: Span;
  /** What the passage opens with before the cue: a dateline, or a heading's place ("San Telmo de Arriba,"). */
  prefix: Span;
  /** The rest of the passage, after the cue's clause. */
  rest: Span;
};

/** The cue may stand this many words into the passage: "Eight DAYS AFTER", "Now, a month after". */
const OPENING_SLACK = 2;
/** A dateline or heading place is at most this many tokens ("PUERTO ALMENDRO, Caldera, June 12 (Meridian Wire Service) -"). */
const MAX_PREFIX = 16;
const PREFIX_ENDS = new Set([',', ':', '—', '–', '-']);
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '—', '–']);

type CompiledRecalls = { compiled: CompiledPack; recalls: PhraseTrie<RecallRule>; renewals: PhraseTrie<true> };
const cache = new WeakMap<LanguagePack, CompiledRecalls>();

function compileRecalls(pack: LanguagePack): CompiledRecalls {
  let held = cache.get(pack);
  if (held === undefined) {
    const recalls = new PhraseTrie<RecallRule>();
    for (const rule of pack.recalls) recalls.add(rule.phrase, rule);
    const renewals = new PhraseTrie<true>();
    for (const phrase of pack.renewals) renewals.add(phrase, true);
    held = { compiled: compilePack(pack), recalls, renewals };
    cache.set(pack, held);
  }
  return held;
}

/** The recall `text[from, to)` opens with, or null. */
export function findRecall(text: string, pack: LanguagePack, from = 0, to = text.length): Recall | null {
  const { compiled: c, recalls, renewals } = compileRecalls(pack);
  // A Markdown heading's hashes are no part of what it says.
  const tokens = tokenize(text, 0, from, to).filter((t, i, all) => t.text !== '#' || all.slice(0, i).some((b) => b.text !== '#'));
  const start = prefixEnd(tokens, c);
  for (let i = start; i < tokens.length && i <= start + OPENING_SLACK; i++) {
    const hit = recalls.longestAt(tokens, i);
    if (hit === null) continue;
    // Any year serves: the question is only whether the passage names a day or month of its own.
    // A dateline's date is the day the report was filed, not an event's.
    const told = tokens.slice(start);
    if (findDate(told, c, 2000) !== null || told.some((_, k) => renewals.longestAt(told, k) !== null)) return null;
    let end = hit.end;
    while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]!.text)) end++;
    const clauseEnd = tokens[end - 1]!.end;
    return {
      ruleId: hit.value.id,
      days: hit.value.days,
      clause: { start: tokens[i]!.start, end: clauseEnd },
      prefix: { start: tokens[0]!.start, end: start > 0 ? tokens[start - 1]!.end : tokens[0]!.start },
      rest: { start: clauseEnd, end: to },
    };
  }
  return null;
}

/**
 * The index of the first token after a leading dateline or place name ending in a comma, colon or
 * dash: capitalised words and their particles, numbers, months and brackets only. 0 when there is none.
 */
function prefixEnd(tokens: readonly Token[], c: CompiledPack): number {
  let boundary = 0;
  for (let i = 0; i < tokens.length && i < MAX_PREFIX; i++) {
    const t = tokens[i]!;
    if (PREFIX_ENDS.has(t.text)) {
      if (i > 0) boundary = i + 1;
      continue;
    }
    const fits = t.kind === 'number' || t.text === '(' || t.text === ')' || t.text === '.' ||
      (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || c.months.has(t.norm) || (i > 0 && c.connectives.nameJoiners.has(t.norm))));
    if (!fits) break;
  }
  return boundary;
}
