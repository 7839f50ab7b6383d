/**
 * Event hints: the date and place a sentence (or, failing that, the document) names. Dates are read
 * from the pack's month names ("May 14, 2024", "14 May 2024", "14 de mayo de 2024", "mayo de 2024");
 * a date without a year takes the publication year. Places are capitalised names after a locative
 * preposition ("in San Telmo", "en San Telmo de Arriba"); ALL CAPS text gives no place hints, since
 * capitals there say nothing about names.
 */
import type { Token } from '../segment/tokenize.js';
import type { CompiledPack } from '../claims/compile-pack.js';

export type Hints = { date: string | null; place: string | null };

const pad = (n: number) => String(n).padStart(2, '0');

function isYear(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1800 && y <= 2200 ? y : null;
}

function isDay(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return null;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : null;
}

export function findDate(tokens: readonly Token[], c: CompiledPack, fallbackYear: number | null): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const month = c.months.get(tokens[i]!.norm);
    if (month === undefined) continue;
    // English "May" is also a modal verb: require a day or a year next to it.
    let day = isDay(tokens[i + 1]);
    let year: number | null = null;
    if (day !== null) {
      year = isYear(tokens[i + 2]) ?? (tokens[i + 2]?.text === ',' ? isYear(tokens[i + 3]) : null);
    } else {
      const before = tokens[i - 1]?.norm === 'de' || tokens[i - 1]?.norm === 'of' ? i - 2 : i - 1;
      day = isDay(tokens[before]);
      const after = tokens[i + 1]?.norm === 'de' || tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
      year = isYear(tokens[after]);
    }
    if (day === null && year === null) continue;
    const y = year ?? fallbackYear;
    if (y === null) continue;
    return day === null ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/** A place's name as its tokens spell it, one space where the text had any ("San Telmo de Arriba"). */
export function placeName(tokens: readonly Token[]): string {
  return tokens.map((t, k) => (k > 0 && t.start > tokens[k - 1]!.end ? ' ' : '') + t.text).join('');
}

export function findPlace(tokens: readonly Token[], c: CompiledPack, allCaps: boolean): string | null {
  if (allCaps) return null;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!c.connectives.placePrepositions.has(tokens[i]!.norm)) continue;
    let j = i + 1;
    if (tokens[i]!.norm === 'cerca' && tokens[j]?.norm === 'de') j++;
    if (tokens[j]?.norm === 'the') j++;
    const start = j;
    let end = -1;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !c.months.has(t.norm)) end = j + 1;
      // "in Loma Verde and La Quebrada" names two places: the first is the sentence's.
      else if (c.connectives.coordinators.has(t.norm)) break;
      else if (!(t.kind === 'word' && c.connectives.nameJoiners.has(t.norm) && end > 0)) break;
    }
    // A headline in capitals ("EMBOSCADA EN LA VÍA A LOS TILOS") says nothing about names.
    const shouting = tokens.slice(start, end).every((t) => t.kind !== 'word' || t.text.length < 3 || t.text === t.text.toUpperCase());
    if (end > start && !shouting) return placeName(tokens.slice(start, end));
  }
  return null;
}

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/**
 * More than 80% of the letters (counted in UTF-16 units, as `String.length` counts them) are capitals.
 * One pass over the text: two Unicode-class `replace` calls over 5,000 characters were a tenth of
 * the pipeline's time; ASCII is classified by code, other code points by the same `\p{L}`/`\p{Lu}`
 * classes, so the counts are those the replacements gave.
 */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) letters++;
      else if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      }
      continue;
    }
    const point = text.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!LETTER.test(char)) continue;
    letters += char.length;
    if (UPPER.test(char)) upper += char.length;
  }
  if (letters < 20) return false;
  return upper / letters > 0.8;
}
