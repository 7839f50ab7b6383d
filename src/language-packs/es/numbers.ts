/** Spanish number vocabulary: words the recogniser misses, vague quantities, indefinites, ranges, hedges. */
import type {
  HedgeRule,
  LanguagePackInput,
  NumberWordRule,
  RangeRule,
  VagueRule,
} from '../schema.js';

type In<T> = Omit<T, 'approximate' | 'position' | 'unlessPrecededBy' | 'reads' | 'after'> & Partial<T>;

export const scales: LanguagePackInput['scales'] = [
  { phrase: 'mil', value: 1_000 },
  { phrase: 'millón', value: 1_000_000 },
  { phrase: 'millones', value: 1_000_000 },
];

export const numberWords: In<NumberWordRule>[] = [
  { id: 'es.number.una-docena', phrase: 'una docena', value: 12, example: 'una docena de campesinos murieron' },
  { id: 'es.number.media-docena', phrase: 'media docena', value: 6, example: 'media docena de soldados resultaron heridos' },
  { id: 'es.number.una-decena', phrase: 'una decena', value: 10, approximate: true, example: 'una decena de personas murieron' },
  { id: 'es.number.una-veintena', phrase: 'una veintena', value: 20, approximate: true, example: 'una veintena de personas resultaron heridas' },
  { id: 'es.number.una-treintena', phrase: 'una treintena', value: 30, approximate: true, example: 'una treintena de personas murieron' },
  { id: 'es.number.una-cuarentena', phrase: 'una cuarentena', value: 40, approximate: true, example: 'una cuarentena de personas murieron' },
  { id: 'es.number.una-cincuentena', phrase: 'una cincuentena', value: 50, approximate: true, example: 'una cincuentena de personas murieron' },
  { id: 'es.number.un-centenar', phrase: 'un centenar', value: 100, approximate: true, example: 'un centenar de personas murieron' },
  { id: 'es.number.un-millar', phrase: 'un millar', value: 1000, approximate: true, example: 'un millar de familias fueron desplazadas' },
  { id: 'es.number.ambos', phrase: 'ambos', value: 2, example: 'ambos policías murieron' },
  { id: 'es.number.ambas', phrase: 'ambas', value: 2, example: 'ambas mujeres resultaron heridas' },
  { id: 'es.number.mil', phrase: 'mil', value: 1000, example: 'mil personas fueron desplazadas' },
];

/** "una" counts only before a member phrase ("una de las heridas"); see recognize-number-words.ts. */
export const numberWordTriggers: string[] = [
  'uno', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce',
  'trece', 'catorce', 'quince', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte',
  'veintiuno', 'veintiuna', 'veintiun', 'veintidos', 'veintitres', 'veinticuatro', 'veinticinco', 'veintiseis', 'veintisiete',
  'veintiocho', 'veintinueve', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta',
  'noventa', 'cien', 'ciento', 'doscientos', 'doscientas', 'trescientos', 'trescientas', 'cuatrocientos',
  'cuatrocientas', 'quinientos', 'quinientas', 'seiscientos', 'seiscientas', 'setecientos', 'setecientas',
  'ochocientos', 'ochocientas', 'novecientos', 'novecientas', 'mil', 'millon', 'millones',
];

export const vague: VagueRule[] = [
  { id: 'es.vague.decenas', phrase: 'decenas', low: 24, high: 99, example: 'decenas de muertos' },
  { id: 'es.vague.docenas', phrase: 'docenas', low: 24, high: 99, example: 'docenas de personas resultaron heridas' },
  { id: 'es.vague.cientos', phrase: 'cientos', low: 200, high: 999, example: 'cientos de familias desplazadas' },
  { id: 'es.vague.centenares', phrase: 'centenares', low: 200, high: 999, example: 'centenares de personas desaparecidas' },
  { id: 'es.vague.miles', phrase: 'miles', low: 2000, high: 9999, example: 'miles de desplazados' },
  { id: 'es.vague.millares', phrase: 'millares', low: 2000, high: 9999, example: 'millares de desplazados' },
  { id: 'es.vague.decenas-de-miles', phrase: 'decenas de miles', low: 20000, high: 99999, example: 'decenas de miles de desplazados' },
  { id: 'es.vague.cientos-de-miles', phrase: 'cientos de miles', low: 200000, high: 999999, example: 'cientos de miles de desplazados' },
];

export const indefinites: LanguagePackInput['indefinites'] = [
  { id: 'es.indefinite.un', phrase: 'un', example: 'un policía murió' },
  { id: 'es.indefinite.una', phrase: 'una', example: 'una mujer resultó herida' },
  { id: 'es.indefinite.otro', phrase: 'otro', example: 'otro soldado resultó herido' },
  { id: 'es.indefinite.otra', phrase: 'otra', example: 'otra mujer murió' },
  // "al menos un hombre": the hedge bounds the article's one as it would a number.
  { id: 'es.indefinite.al-menos-un', phrase: 'al menos un', bound: 'lower', example: 'al menos un hombre murió en Valle Hondo' },
  { id: 'es.indefinite.al-menos-una', phrase: 'al menos una', bound: 'lower', example: 'al menos una mujer resultó herida en Valle Hondo' },
  { id: 'es.indefinite.por-lo-menos-un', phrase: 'por lo menos un', bound: 'lower', example: 'por lo menos un policía murió en Valle Hondo' },
  { id: 'es.indefinite.por-lo-menos-una', phrase: 'por lo menos una', bound: 'lower', example: 'por lo menos una persona murió en Valle Hondo' },
  { id: 'es.indefinite.mas-de-un', phrase: 'más de un', bound: 'lower-exclusive', example: 'más de un soldado resultó herido en Valle Hondo' },
  { id: 'es.indefinite.mas-de-una', phrase: 'más de una', bound: 'lower-exclusive', example: 'más de una persona resultó herida en Valle Hondo' },
];

/**
 * Verbs of change right before "en 12 a 742" or "de 12 a 742": after one of these the two numbers
 * are a change and a new total, not a range, and "hasta" after them is "reached", not "up to".
 */
const changeVerbs = [
  'subió', 'sube', 'subido', 'aumentó', 'aumenta', 'aumentado', 'ascendió', 'asciende', 'ascendido',
  'elevó', 'eleva', 'elevado', 'creció', 'crece', 'crecido', 'pasó', 'pasa', 'pasado', 'saltó', 'salta',
  'bajó', 'baja', 'bajado', 'disminuyó', 'disminuye', 'descendió', 'desciende', 'redujo', 'reduce', 'corrigió',
];

export const hedges: In<HedgeRule>[] = [
  { id: 'es.hedge.alrededor-de', phrase: 'alrededor de', bound: 'approximate', example: 'alrededor de 300 personas murieron' },
  { id: 'es.hedge.unos', phrase: 'unos', bound: 'approximate', example: 'unos 40 muertos' },
  { id: 'es.hedge.unas', phrase: 'unas', bound: 'approximate', example: 'unas 8.400 personas desplazadas' },
  { id: 'es.hedge.cerca-de', phrase: 'cerca de', bound: 'approximate', example: 'cerca de 100 muertos' },
  { id: 'es.hedge.aproximadamente', phrase: 'aproximadamente', bound: 'approximate', example: 'aproximadamente 90 personas murieron' },
  { id: 'es.hedge.casi', phrase: 'casi', bound: 'approximate', example: 'casi 50 personas murieron' },
  { id: 'es.hedge.aproximadamente-unos', phrase: 'aproximadamente unos', bound: 'approximate', example: 'aproximadamente unos 90 heridos' },
  { id: 'es.hedge.en-torno-a', phrase: 'en torno a', bound: 'approximate', example: 'en torno a 200 desaparecidos' },
  { id: 'es.hedge.un-estimado-de', phrase: 'un estimado de', bound: 'approximate', example: 'un estimado de 5.000 desplazados' },
  { id: 'es.hedge.al-menos', phrase: 'al menos', bound: 'lower', example: 'al menos 300 muertos' },
  { id: 'es.hedge.por-lo-menos', phrase: 'por lo menos', bound: 'lower', example: 'por lo menos 12 personas murieron' },
  { id: 'es.hedge.como-minimo', phrase: 'como mínimo', bound: 'lower', example: 'como mínimo 20 heridos' },
  { id: 'es.hedge.mas-de', phrase: 'más de', bound: 'lower-exclusive', example: 'más de 40 heridos' },
  { id: 'es.hedge.hasta', phrase: 'hasta', bound: 'upper', unlessPrecededBy: changeVerbs, example: 'hasta 50 personas podrían haber muerto' },
  { id: 'es.hedge.como-maximo', phrase: 'como máximo', bound: 'upper', example: 'como máximo 15 heridos' },
  { id: 'es.hedge.menos-de', phrase: 'menos de', bound: 'upper-exclusive', example: 'menos de 20 heridos' },
  { id: 'es.hedge.o-mas', phrase: 'o más', position: 'after', bound: 'lower', example: '300 o más personas murieron' },
];

export const ranges: In<RangeRule>[] = [
  { id: 'es.range.cambio-en-a', pattern: 'en {a} a {b}', reads: 'change', after: changeVerbs, example: 'La cifra de muertos en Puerto Lobos subió en 12 a 742.' },
  { id: 'es.range.cambio-en-hasta', pattern: 'en {a} hasta {b}', reads: 'change', after: changeVerbs, example: 'La cifra de muertos en Puerto Lobos aumentó en 12 hasta 742.' },
  { id: 'es.range.cambio-de-a', pattern: 'de {a} a {b}', reads: 'change', after: changeVerbs, example: 'La cifra de muertos en Puerto Lobos pasó de 730 a 742.' },
  { id: 'es.range.cambio-de-hasta', pattern: 'de {a} hasta {b}', reads: 'change', after: changeVerbs, example: 'La cifra de muertos en Puerto Lobos subió de 730 hasta 742.' },
  { id: 'es.range.entre-y', pattern: 'entre {a} y {b}', example: 'entre 600 y 900 civiles murieron' },
  { id: 'es.range.de-a', pattern: 'de {a} a {b}', example: 'de 600 a 900 civiles murieron' },
  { id: 'es.range.a', pattern: '{a} a {b}', example: '600 a 900 civiles murieron' },
  { id: 'es.range.dash', pattern: '{a} - {b}', example: '600-900 civiles murieron' },
  { id: 'es.range.o', pattern: '{a} o {b}', example: 'dos o tres personas resultaron heridas' },
];
