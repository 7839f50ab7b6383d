/** English month names (for date hints and to keep day numbers out of tolls) and abbreviations. */
import type { RecallRule } from '../schema.js';
export const months = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];

/** Tokens after which a full stop does not end a sentence. */
export const abbreviations = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'maj',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'a.m',
  'p.m', 'approx', 'dept', 'est', 'fig', 'mt', 'ft', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'det', 'ofc',
];

const r = (name: string, phrase: string, days: number | null, example: string): RecallRule => ({ id: `en.recall.${name}`, phrase, days, example });

/**
 * Cues, opening a heading or a sentence, that it looks back on an earlier event ("one month on"):
 * its figures belong to that event, not to a new one on the day it was written. `days` is how long
 * before, when the cue says.
 */
export const recalls: RecallRule[] = [
  r('one-month-on', 'one month on', 30, 'San Lucas de Abajo, one month on'),
  r('a-month-on', 'a month on', 30, 'A month on, the ministry still says 40 people were killed in San Lucas de Abajo.'),
  r('a-month-after', 'a month after', 30, 'A month after the attack on San Lucas de Abajo, the figures remain far apart.'),
  r('one-month-after', 'one month after', 30, 'One month after the flood in Vado Alto, 12 people are still missing.'),
  r('a-month-since', 'a month since', 30, 'A month since the attack on San Lucas de Abajo, nobody has been charged.'),
  r('a-week-after', 'a week after', 7, 'A week after the flood in Vado Alto, 12 people are still missing.'),
  r('one-week-on', 'one week on', 7, 'Vado Alto, one week on'),
  r('days-after', 'days after', null, 'Eight days after gunmen stormed San Lucas de Abajo, the school gym is full.'),
  r('weeks-after', 'weeks after', null, 'Three weeks after the flood in Vado Alto, 12 people are still missing.'),
  r('months-after', 'months after', null, 'Six months after the attack on San Lucas de Abajo, 40 families have not returned.'),
  r('a-year-after', 'a year after', 365, 'A year after the attack on San Lucas de Abajo, 40 families have not returned.'),
  r('one-year-on', 'one year on', 365, 'San Lucas de Abajo, one year on'),
  r('since-the-massacre', 'since the massacre', null, 'Since the massacre in San Lucas de Abajo, 300 families have left.'),
  r('since-the-attack', 'since the attack', null, 'Since the attack on San Lucas de Abajo, 300 families have left.'),
];

/** Words that make a passage opening on a recall report a new event after all ("…, gunmen attacked it AGAIN"). */
export const renewals = ['again', 'new attack', 'another attack', 'fresh attack', 'renewed', 'once more'];
