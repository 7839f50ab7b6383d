/** Spanish words that may stand between a number and its cue, words that break the link, subgroup markers. */
import type { LanguagePackInput } from '../schema.js';

export const fillers: string[] = [
  'fueron', 'fue', 'son', 'es', 'han', 'ha', 'habían', 'había', 'sido', 'resultaron', 'resultó', 'quedaron',
  'quedó', 'están', 'está', 'estaban', 'siguen', 'permanecen', 'se', 'encuentran', 'hallaron', 'también',
  'todos', 'todas', 'presuntamente', 'supuestamente', 'ya', 'aún', 'al', 'parecer', 'que', 'quienes',
  'de', 'del', 'ellos', 'ellas', 'los', 'las', 'el', 'la', 'gravemente', 'levemente', 'de gravedad',
  'y', 'o', 'más', 'otros', 'otras', 'personas', 'a', 'en', 'hasta', 'ahora', 'asciende', 'ascendió',
  'eleva', 'elevó', 'llega', 'llegó', 'alcanza', 'alcanzó', 'sube', 'subió', 'aumentó', 'total', 'un',
  'una', 'cifra', 'por', 'sus', 'su', 'como', 'entre', 'oficialmente', 'confirmados', 'confirmadas',
  'dejó', 'dejaron', 'deja', 'dejando', 'hubo', 'hay', 'habría', 'habrían',
  'registraron', 'registró', 'contabilizan', 'tiroteados', 'baleados', 'acribillados',
];

export const breakers: string[] = [
  'pero', 'mientras', 'aunque', 'cuando', 'después', 'antes', 'desde', 'porque', 'si', 'año',
  'años', 'anterior', 'pasado', 'hace',
];

export const subgroups: LanguagePackInput['subgroups'] = [
  { id: 'es.subgroup.entre-ellos', phrase: 'entre ellos', example: 'murieron 350 civiles, entre ellos 90 mujeres' },
  { id: 'es.subgroup.entre-ellas', phrase: 'entre ellas', example: 'murieron 350 personas, entre ellas 41 niñas' },
  { id: 'es.subgroup.entre-los-que', phrase: 'entre los que', example: 'murieron 350 civiles, entre los que había 90 mujeres' },
  { id: 'es.subgroup.entre-las-cuales', phrase: 'entre las cuales', example: 'murieron 350 personas, entre las cuales 90 mujeres' },
  { id: 'es.subgroup.de-los-cuales', phrase: 'de los cuales', example: 'murieron 350 civiles, de los cuales 90 eran mujeres' },
  { id: 'es.subgroup.de-las-cuales', phrase: 'de las cuales', example: 'murieron 350 personas, de las cuales 90 eran mujeres' },
  { id: 'es.subgroup.incluidos', phrase: 'incluidos', example: 'murieron 350 civiles, incluidos 41 niños' },
  { id: 'es.subgroup.incluidas', phrase: 'incluidas', example: 'murieron 350 personas, incluidas 90 mujeres' },
  { id: 'es.subgroup.entre-los-muertos', phrase: 'entre los muertos hay', example: 'murieron 350 personas; entre los muertos hay 41 niños' },
  { id: 'es.subgroup.de-ellos', phrase: 'de ellos', position: 'after', example: 'murieron 350 civiles, 90 de ellos mujeres' },
  { id: 'es.subgroup.de-ellas', phrase: 'de ellas', position: 'after', example: 'murieron 350 personas, 90 de ellas mujeres' },
];

/** "uno de los muertos": the number picks a member out of the people the cue names. */
export const members: LanguagePackInput['members'] = [
  { id: 'es.member.de-los', phrase: 'de los', example: 'La policía dijo que Tomás Ugarte era uno de los muertos.' },
  { id: 'es.member.de-las', phrase: 'de las', example: 'La policía dijo que Ana Ugarte era una de las heridas.' },
];
