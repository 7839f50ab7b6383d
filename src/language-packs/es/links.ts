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

/** A comma listing one more group of people before the cue they share (each group with its person noun). */
export const groupLists: LanguagePackInput['groupLists'] = [
  { id: 'es.group-list.coma', phrase: ',', example: 'Dos soldados, un policía y un niño murieron en Valle Hondo.' },
];

/**
 * Palabras justo antes de un lugar que lo hacen destino, no el sitio de lo ocurrido: "la emboscada en
 * la vía A Los Tilos". El lugar es el de la vía, o el que la precede.
 */
export const destinations: string[] = [
  'camino a', 'vía a', 'carretera a', 'autopista a', 'ruta a', 'rumbo a', 'con destino a', 'hacia',
  'huyeron a', 'evacuados a', 'trasladados a', 'trasladado a', 'trasladada a', 'llevados a',
];

/** Words that add one more group to those a cue counts, as a conjunction does. */
export const groupJoiners: LanguagePackInput['groupJoiners'] = [
  { id: 'es.group-joiner.asi-como', phrase: 'así como', example: 'Dos soldados así como tres civiles murieron en Valle Hondo.' },
  { id: 'es.group-joiner.junto-con', phrase: 'junto con', example: 'El alcalde de Valle Hondo fue asesinado cerca de su casa, junto con dos de sus escoltas.' },
  { id: 'es.group-joiner.junto-a', phrase: 'junto a', example: 'Hombres armados mataron a dos campesinos junto a tres de sus hijos en Valle Hondo.' },
];

/**
 * Frases que dicen que un lugar está dentro de otro ("{inner}" en "{outer}"), para agrupar eventos; las
 * más simples ("Y, X", "Y (X)", "Y en X", "Y de X") las lee pipeline/events/find-containment.ts. Un
 * barrio es `part` de su ciudad: un evento allí lleva el nombre de la ciudad.
 */
export const containments: LanguagePackInput['containments'] = [
  { id: 'es.containment.en-la-ciudad-de', phrase: '{inner}, en la ciudad de {outer}', part: true, example: 'El alud sepultó los barrios Loma Alta y El Bajo, en la ciudad de Villa Sur.' },
  { id: 'es.containment.barrio-de', phrase: 'barrio {inner} de {outer}', part: true, example: 'Un incendio arrasó el barrio Loma Alta de Villa Sur.' },
  { id: 'es.containment.barrios-de', phrase: 'barrios {inner} de {outer}', part: true, example: 'La crecida inundó los barrios Loma Alta y El Bajo de Villa Sur.' },
  { id: 'es.containment.barrios-del-municipio', phrase: 'barrios {inner} del municipio de {outer}', part: true, example: 'La crecida inundó los barrios Loma Alta y El Bajo del municipio de Villa Sur.' },
  { id: 'es.containment.barrio-del-municipio', phrase: 'barrio {inner} del municipio de {outer}', part: true, example: 'Hubo tres muertos en el barrio Loma Alta del municipio de Villa Sur.' },
  { id: 'es.containment.un-barrio-de', phrase: '{inner}, un barrio de {outer}', part: true, example: 'Loma Alta, un barrio de Villa Sur, quedó sin agua.' },
  { id: 'es.containment.una-comuna-de', phrase: '{inner}, una comuna de {outer}', part: true, example: 'Loma Alta, una comuna de Villa Sur, quedó sin agua.' },
  { id: 'es.containment.del-municipio-de', phrase: '{inner}, del municipio de {outer}', example: 'La vereda Loma Alta, del municipio de Villa Sur, fue atacada.' },
  { id: 'es.containment.en-el-municipio-de', phrase: '{inner}, en el municipio de {outer}', example: 'El ataque ocurrió en Loma Alta, en el municipio de Villa Sur.' },
];
