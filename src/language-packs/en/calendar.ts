/** English month names (for date hints and to keep day numbers out of tolls) and abbreviations. */
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
