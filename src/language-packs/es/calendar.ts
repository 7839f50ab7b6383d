/** Spanish month names (for date hints and to keep day numbers out of tolls) and abbreviations. */
import type { RecallRule } from '../schema.js';
export const months = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
  'noviembre', 'diciembre',
];

/** Tokens after which a full stop does not end a sentence ("EE. UU.", "Sr.", "Dra."). */
export const abbreviations = [
  'sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ing', 'arq', 'gral', 'gen', 'cnel', 'tte', 'sgto', 'cap',
  'ee', 'uu', 'ee.uu', 'núm', 'n', 'pág', 'págs', 'art', 'etc', 'av', 'avda', 'c', 'cía', 'dpto', 'depto',
  'prov', 'mun', 'aprox', 'ud', 'uds', 'vs', 'p', 'fdo', 'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago',
  'sept', 'oct', 'nov', 'dic', 'sto', 'sta', 'pdte', 'presid', 'min', 'km',
];

const r = (name: string, phrase: string, days: number | null, example: string): RecallRule => ({ id: `es.recall.${name}`, phrase, days, example });

/**
 * Cues, al comienzo de un título o una frase, de que recuerda un hecho anterior ("un mes después"):
 * sus cifras son de aquel hecho, no de uno nuevo el día en que se escribió. `days`: cuánto antes, si
 * el giro lo dice.
 */
export const recalls: RecallRule[] = [
  r('hace-un-mes', 'hace un mes', 30, 'Hace un mes, 40 personas murieron en el ataque a San Lucas de Abajo.'),
  r('un-mes-despues', 'un mes después', 30, 'Un mes después de la masacre de San Lucas de Abajo, las cifras siguen lejos.'),
  r('a-un-mes', 'a un mes', 30, 'A un mes de la masacre de San Lucas de Abajo, 12 personas siguen desaparecidas.'),
  r('una-semana-despues', 'una semana después', 7, 'Una semana después de la crecida en Vado Alto, 12 personas siguen desaparecidas.'),
  r('dias-despues', 'días después', null, 'Ocho días después del ataque a San Lucas de Abajo, el gimnasio sigue lleno.'),
  r('semanas-despues', 'semanas después', null, 'Tres semanas después de la crecida en Vado Alto, 12 personas siguen desaparecidas.'),
  r('meses-despues', 'meses después', null, 'Seis meses después del ataque a San Lucas de Abajo, 40 familias no han vuelto.'),
  r('un-ano-despues', 'un año después', 365, 'Un año después del ataque a San Lucas de Abajo, 40 familias no han vuelto.'),
  r('a-un-ano', 'a un año', 365, 'A un año de la masacre de San Lucas de Abajo, 40 familias no han vuelto.'),
  r('desde-la-masacre', 'desde la masacre', null, 'Desde la masacre de San Lucas de Abajo, 300 familias se han ido.'),
  r('desde-el-ataque', 'desde el ataque', null, 'Desde el ataque a San Lucas de Abajo, 300 familias se han ido.'),
];

/** Palabras que hacen de un pasaje que empieza recordando el relato de un hecho nuevo ("atacaron DE NUEVO"). */
export const renewals = ['de nuevo', 'nuevamente', 'otra vez', 'nuevo ataque', 'otro ataque', 'volvieron a atacar', 'volvió a atacar'];
