/** Spanish modality markers: possible, reported/alleged, denied. Asserted is the default. */
import type { ModalityRule } from '../schema.js';

export const modality: ModalityRule[] = [
  { id: 'es.modality.es-posible-que', modality: 'possible', phrase: 'es posible que', example: 'es posible que murieran 600 personas' },
  { id: 'es.modality.podrian', modality: 'possible', phrase: 'podrían', example: 'podrían haber muerto 600 personas' },
  { id: 'es.modality.podria', modality: 'possible', phrase: 'podría', example: 'la cifra de muertos podría llegar a 900' },
  { id: 'es.modality.posiblemente', modality: 'possible', phrase: 'posiblemente', example: 'posiblemente 600 muertos' },
  { id: 'es.modality.probablemente', modality: 'possible', phrase: 'probablemente', example: 'probablemente murieron 600 personas' },
  { id: 'es.modality.podria-ser', modality: 'possible', phrase: 'podría ser', example: 'la cifra de muertos podría ser de 900' },
  { id: 'es.modality.quizas', modality: 'possible', phrase: 'quizás', example: 'quizás 200 personas murieron' },
  { id: 'es.modality.tal-vez', modality: 'possible', phrase: 'tal vez', example: 'tal vez 200 personas murieron' },
  { id: 'es.modality.habrian', modality: 'possible', phrase: 'habrían', example: '50 personas habrían muerto' },
  { id: 'es.modality.se-teme', modality: 'possible', phrase: 'se teme', example: 'se teme que 30 mineros hayan muerto' },
  { id: 'es.modality.presuntamente', modality: 'reported', phrase: 'presuntamente', example: '40 presos presuntamente ejecutados' },
  { id: 'es.modality.supuestamente', modality: 'reported', phrase: 'supuestamente', example: '40 presos supuestamente ejecutados' },
  { id: 'es.modality.al-parecer', modality: 'reported', phrase: 'al parecer', example: 'al parecer murieron 12 soldados' },
  { id: 'es.modality.segun-versiones', modality: 'reported', phrase: 'según versiones', example: 'según versiones no confirmadas murieron 40 personas' },
  { id: 'es.modality.nego', modality: 'denied', phrase: 'negó', example: 'el ejército negó que murieran 40 civiles' },
  { id: 'es.modality.niega', modality: 'denied', phrase: 'niega', example: 'el ejército niega que murieran 40 civiles' },
  { id: 'es.modality.desmintio', modality: 'denied', phrase: 'desmintió', example: 'el gobierno desmintió que hubiera 40 muertos' },
  { id: 'es.modality.rechazo', modality: 'denied', phrase: 'rechazó que', example: 'el ejército rechazó que murieran 40 civiles' },
];
