/** English number vocabulary: words the recogniser misses, vague quantities, indefinites, ranges, hedges. */
import type {
  HedgeRule,
  LanguagePackInput,
  NumberWordRule,
  RangeRule,
  VagueRule,
} from '../schema.js';

type In<T> = Omit<T, 'approximate' | 'position' | 'unlessPrecededBy' | 'reads' | 'after'> & Partial<T>;

export const scales: LanguagePackInput['scales'] = [
  { phrase: 'thousand', value: 1_000 },
  { phrase: 'million', value: 1_000_000 },
  { phrase: 'millions', value: 1_000_000 },
];

export const numberWords: In<NumberWordRule>[] = [
  { id: 'en.number.a-dozen', phrase: 'a dozen', value: 12, example: 'a dozen villagers were killed' },
  { id: 'en.number.half-a-dozen', phrase: 'half a dozen', value: 6, example: 'half a dozen soldiers were wounded' },
  { id: 'en.number.a-hundred', phrase: 'a hundred', value: 100, example: 'a hundred people were killed' },
  { id: 'en.number.a-thousand', phrase: 'a thousand', value: 1000, example: 'a thousand families were displaced' },
  { id: 'en.number.a-couple-of', phrase: 'a couple of', value: 2, example: 'a couple of officers were injured' },
  { id: 'en.number.both', phrase: 'both', value: 2, example: 'both men were killed' },
  { id: 'en.number.twin', phrase: 'twin', value: 2, example: 'twin brothers were wounded' },
];

/** Lower case tokens that can open a spelled-out number; sentences with one go to the recogniser. */
export const numberWordTriggers: string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'dozen',
];

export const vague: VagueRule[] = [
  { id: 'en.vague.dozens', phrase: 'dozens', low: 24, high: 99, example: 'dozens of people were killed' },
  { id: 'en.vague.scores', phrase: 'scores', low: 40, high: 99, example: 'scores of civilians were injured' },
  { id: 'en.vague.hundreds', phrase: 'hundreds', low: 200, high: 999, example: 'hundreds of people were displaced' },
  { id: 'en.vague.thousands', phrase: 'thousands', low: 2000, high: 9999, example: 'thousands of families fled their homes and are displaced' },
  { id: 'en.vague.tens-of-thousands', phrase: 'tens of thousands', low: 20000, high: 99999, example: 'tens of thousands of people were displaced' },
  { id: 'en.vague.hundreds-of-thousands', phrase: 'hundreds of thousands', low: 200000, high: 999999, example: 'hundreds of thousands were displaced' },
];

export const indefinites: LanguagePackInput['indefinites'] = [
  { id: 'en.indefinite.a', phrase: 'a', example: 'a man was killed' },
  { id: 'en.indefinite.an', phrase: 'an', example: 'an officer was wounded' },
  { id: 'en.indefinite.another', phrase: 'another', example: 'another soldier was wounded' },
  // "at least a man": the hedge bounds the article's one as it would a number ("at least one man").
  { id: 'en.indefinite.at-least-a', phrase: 'at least a', bound: 'lower', example: 'at least a man was killed in Valle Hondo' },
  { id: 'en.indefinite.at-least-an', phrase: 'at least an', bound: 'lower', example: 'at least an officer was wounded in Valle Hondo' },
];

export const hedges: In<HedgeRule>[] = [
  { id: 'en.hedge.about', phrase: 'about', bound: 'approximate', example: 'about 300 people were killed' },
  { id: 'en.hedge.around', phrase: 'around', bound: 'approximate', example: 'around 40 people were injured' },
  { id: 'en.hedge.some', phrase: 'some', bound: 'approximate', example: 'some 8,400 people were displaced' },
  { id: 'en.hedge.roughly', phrase: 'roughly', bound: 'approximate', example: 'roughly 200 people are missing' },
  { id: 'en.hedge.approximately', phrase: 'approximately', bound: 'approximate', example: 'approximately 90 people were killed' },
  { id: 'en.hedge.an-estimated', phrase: 'an estimated', bound: 'approximate', example: 'an estimated 5,000 people were displaced' },
  { id: 'en.hedge.nearly', phrase: 'nearly', bound: 'approximate', example: 'nearly 50 people died' },
  { id: 'en.hedge.almost', phrase: 'almost', bound: 'approximate', example: 'almost 70 soldiers were killed' },
  { id: 'en.hedge.close-to', phrase: 'close to', bound: 'approximate', example: 'close to 100 people were killed' },
  { id: 'en.hedge.at-least', phrase: 'at least', bound: 'lower', example: 'at least 300 people were killed' },
  { id: 'en.hedge.no-fewer-than', phrase: 'no fewer than', bound: 'lower', example: 'no fewer than 12 people were killed' },
  { id: 'en.hedge.a-minimum-of', phrase: 'a minimum of', bound: 'lower', example: 'a minimum of 20 people died' },
  { id: 'en.hedge.more-than', phrase: 'more than', bound: 'lower-exclusive', example: 'more than 40 people were injured' },
  { id: 'en.hedge.over', phrase: 'over', bound: 'lower-exclusive', example: 'over 100 people were killed' },
  { id: 'en.hedge.upwards-of', phrase: 'upwards of', bound: 'lower-exclusive', example: 'upwards of 200 people were displaced' },
  { id: 'en.hedge.up-to', phrase: 'up to', bound: 'upper', example: 'up to 50 people may have been killed' },
  { id: 'en.hedge.as-many-as', phrase: 'as many as', bound: 'upper', example: 'as many as 60 people were killed' },
  { id: 'en.hedge.at-most', phrase: 'at most', bound: 'upper', example: 'at most 15 people were injured' },
  { id: 'en.hedge.fewer-than', phrase: 'fewer than', bound: 'upper-exclusive', example: 'fewer than 20 people were injured' },
  { id: 'en.hedge.less-than', phrase: 'less than', bound: 'upper-exclusive', example: 'less than 10 people were killed' },
  { id: 'en.hedge.under', phrase: 'under', bound: 'upper-exclusive', example: 'under 30 people were injured' },
  { id: 'en.hedge.or-more', phrase: 'or more', position: 'after', bound: 'lower', example: '300 or more people were killed' },
  { id: 'en.hedge.plus', phrase: 'plus', position: 'after', bound: 'lower', example: 'the attack left 40 plus people dead' },
  { id: 'en.hedge.or-so', phrase: 'or so', position: 'after', bound: 'approximate', example: '20 or so people were injured' },
];

/**
 * Verbs of change, and the adverbs that may follow them, right before "by 12 to 742" or "from 12 to
 * 742": after one of these the two numbers are a change and a new total, not a range.
 */
const changeVerbs = [
  'rose', 'risen', 'rises', 'rising', 'increased', 'increases', 'increasing', 'climbed', 'climbs', 'climbing',
  'jumped', 'jumps', 'grew', 'grown', 'grows', 'soared', 'surged', 'fell', 'fallen', 'falls', 'dropped',
  'decreased', 'declined', 'revised', 'raised', 'lowered', 'up', 'upward', 'upwards', 'down', 'downward',
];

export const ranges: In<RangeRule>[] = [
  { id: 'en.range.change-by', pattern: 'by {a} to {b}', reads: 'change', after: changeVerbs, example: 'The death toll in Puerto Lobos rose by 12 to 742.' },
  { id: 'en.range.change-from', pattern: 'from {a} to {b}', reads: 'change', after: changeVerbs, example: 'The death toll in Puerto Lobos climbed from 730 to 742.' },
  { id: 'en.range.between-and', pattern: 'between {a} and {b}', example: 'between 600 and 900 people were killed' },
  { id: 'en.range.to', pattern: '{a} to {b}', example: '600 to 900 civilians were killed' },
  { id: 'en.range.dash', pattern: '{a} - {b}', example: '600-900 civilians were killed' },
  { id: 'en.range.or', pattern: '{a} or {b}', example: 'two or three people were injured' },
];
