/**
 * The form place names are compared in: lower case, no diacritics, letters outside ASCII that NFD does
 * not decompose written the way English and Spanish transliterate them (ß → ss, ł → l, æ → ae),
 * apostrophes and a trailing possessive dropped ("Caldera's" → "caldera"), punctuation as spaces and
 * a leading English article dropped. Spelling variants that folding cannot reach (Kyiv / Kiev) are
 * the gazetteer's and the exonym lists' job.
 */
const LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

export function foldPlaceName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþıħ]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’`´]s\b/g, '')
    .replace(/['’`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
